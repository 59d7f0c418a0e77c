using System.Text;
using System.Text.Json;

namespace SpecGen.Runtime.Wire;

/// <summary>
/// The member names (or discriminator values) a generated reader knows, as UTF-8, found by index: one length
/// compare per name and one byte compare for the name of that length, instead of a string compare per branch.
/// An escaped name in the JSON is unescaped first (rare), so <c>"\u0074o"</c> still finds <c>to</c>.
/// </summary>
public sealed class JsonNames
{
    private readonly byte[][] _names;

    /// <summary>Creates the table; the index of a name is its position here.</summary>
    public JsonNames(params string[] names)
    {
        _names = new byte[names.Length][];
        for (var i = 0; i < names.Length; i++) _names[i] = Encoding.UTF8.GetBytes(names[i]);
    }

    /// <summary>The index of the current property name or value (string, number, boolean) of <paramref name="r"/>; -1 when it is none of them.</summary>
    public int IndexOf(ref Utf8JsonReader r)
    {
        if (r.ValueIsEscaped) return IndexOf(Encoding.UTF8.GetBytes(r.GetString()!));
        return r.TokenType switch
        {
            JsonTokenType.PropertyName or JsonTokenType.String or JsonTokenType.Number => IndexOf(r.ValueSpan),
            JsonTokenType.True => IndexOf("true"u8),
            JsonTokenType.False => IndexOf("false"u8),
            _ => -1,
        };
    }

    private int IndexOf(ReadOnlySpan<byte> value)
    {
        var names = _names;
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length == value.Length && value.SequenceEqual(names[i])) return i;
        }
        return -1;
    }
}
