using System.Buffers;
using System.Text;
using System.Text.Json;

namespace SpecGen.Runtime.Wire;

/// <summary>
/// The names of a JSON object body's top-level members, found by one scan of its bytes (or noted by the generated reader
/// of the success body, which walks the same members) and shared by every question the transport asks about them (which
/// documented error cases the body may be, which success shape fits best). Names are kept as positions in the body;
/// only an escaped name is decoded.
/// </summary>
internal sealed class TopLevelNames
{
    // Rented: a body's names live as long as the body (Release gives them back).
    private Name[] _names = ArrayPool<Name>.Shared.Rent(8);
    private int _count;
    private bool _stopped;

    private TopLevelNames()
    {
    }

    /// <summary>An empty list for a walk of an object's members to fill (<see cref="Note"/>, then <see cref="End"/>).</summary>
    public static TopLevelNames ForObject() => new() { IsObject = true };

    /// <summary>
    /// Notes the member name <paramref name="r"/> is on (a top-level one). Never throws: an escaped name that is no
    /// text (a lone surrogate) ends the list there, incomplete, as it ends a scan.
    /// </summary>
    public void Note(ref Utf8JsonReader r)
    {
        if (_stopped) return;
        string? decoded = null;
        if (r.ValueIsEscaped)
        {
            try
            {
                decoded = r.GetString();
            }
            catch (InvalidOperationException)
            {
                _stopped = true;
                return;
            }
        }
        Add(new Name((int)r.TokenStartIndex + 1, r.ValueSpan.Length, decoded));
    }

    /// <summary>Marks the walk as having reached the object's end (unless a name stopped the list).</summary>
    public void End() => IsComplete = !_stopped;

    /// <summary>False when the body is not a JSON object (then no name is known).</summary>
    public bool IsObject { get; private set; }

    /// <summary>True when the scan reached the object's end (otherwise the names before the first unreadable token are known).</summary>
    public bool IsComplete { get; private set; }

    public static TopLevelNames Scan(ReadOnlySpan<byte> json)
    {
        var names = new TopLevelNames();
        try
        {
            var r = JsonRead.Reader(json);
            if (!r.Read() || r.TokenType != JsonTokenType.StartObject) return names;
            names.IsObject = true;
            while (r.Read())
            {
                if (r.TokenType == JsonTokenType.EndObject)
                {
                    names.End();
                    break;
                }
                if (r.TokenType != JsonTokenType.PropertyName) break;
                names.Note(ref r);
                if (names._stopped || !r.Read()) break;
                r.Skip();
            }
        }
        catch (JsonException)
        {
            // The names before the error stay known, as a streaming reader saw them.
        }
        return names;
    }

    /// <summary>
    /// True when a member is named one of <paramref name="wanted"/>; false when the whole object was read and none is;
    /// null when the body is not a readable JSON object.
    /// </summary>
    public bool? HasAny(ReadOnlySpan<byte> json, IReadOnlyList<string> wanted)
    {
        if (!IsObject) return null;
        for (var i = 0; i < _count; i++)
        {
            for (var w = 0; w < wanted.Count; w++)
            {
                if (_names[i].Is(json, wanted[w])) return true;
            }
        }
        return IsComplete ? false : null;
    }

    /// <summary>
    /// True when the whole object was read, has members, and none is named one of <paramref name="known"/>: a body of
    /// some other document (an echoed request, another API's answer), not a sparse one.
    /// </summary>
    public bool OnlyOthers(ReadOnlySpan<byte> json, IReadOnlyList<string> known) => IsObject && IsComplete && _count > 0 && HasAny(json, known) == false;

    /// <summary>Adds the names to <paramref name="keys"/>.</summary>
    public void CollectInto(ReadOnlySpan<byte> json, HashSet<string> keys)
    {
        for (var i = 0; i < _count; i++) keys.Add(_names[i].Text(json));
    }

    /// <summary>Gives the rented buffer back; no question may be asked afterwards.</summary>
    public void Release()
    {
        ArrayPool<Name>.Shared.Return(_names, clearArray: true);
        _names = Array.Empty<Name>();
        _count = 0;
    }

    private void Add(Name name)
    {
        if (_count == _names.Length)
        {
            var larger = ArrayPool<Name>.Shared.Rent(_count * 2);
            _names.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<Name>.Shared.Return(_names, clearArray: true);
            _names = larger;
        }
        _names[_count++] = name;
    }

    private readonly record struct Name(int Start, int Length, string? Decoded)
    {
        public bool Is(ReadOnlySpan<byte> json, string wanted)
        {
            if (Decoded is not null) return string.Equals(Decoded, wanted, StringComparison.Ordinal);
            var raw = json.Slice(Start, Length);
            // Same length: an ASCII compare answers. A longer name in bytes can only be a name with non-ASCII characters.
            if (raw.Length == wanted.Length) return Ascii.Equals(raw, wanted);
            return raw.Length > wanted.Length && !Ascii.IsValid(wanted) && raw.SequenceEqual(Encoding.UTF8.GetBytes(wanted));
        }

        public string Text(ReadOnlySpan<byte> json) => Decoded ?? Encoding.UTF8.GetString(json.Slice(Start, Length));
    }
}

/// <summary>Where the names of a received body are kept, so that whoever walks its top level first can leave them for the rest.</summary>
internal interface ITopLevelNamesHolder
{
    TopLevelNames? Names { get; set; }
}
