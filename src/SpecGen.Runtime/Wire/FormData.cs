namespace SpecGen.Runtime.Wire;

/// <summary>Reads form-encoded bodies and query strings into name/value pairs. First value of a repeated name wins.</summary>
public static class FormData
{
    /// <summary>Maximum accepted input length (characters); longer input is refused, not parsed.</summary>
    public const int MaxLength = 1 << 20;

    /// <summary>Parses <c>a=1&amp;b=2</c> (a leading '?' is ignored). Returns null when the input is too long.</summary>
    public static Dictionary<string, string>? Parse(string? text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text)) return result;
        if (text.Length > MaxLength) return null;
        var span = text.AsSpan();
        if (span[0] == '?') span = span[1..];
        while (span.Length > 0)
        {
            var amp = span.IndexOf('&');
            var pair = amp < 0 ? span : span[..amp];
            span = amp < 0 ? ReadOnlySpan<char>.Empty : span[(amp + 1)..];
            if (pair.Length == 0) continue;
            var eq = pair.IndexOf('=');
            var name = Decode(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? string.Empty : Decode(pair[(eq + 1)..]);
            result.TryAdd(name, value);
        }
        return result;
    }

    private static string Decode(ReadOnlySpan<char> text)
    {
        var replaced = text.ToString().Replace('+', ' ');
        try
        {
            return Uri.UnescapeDataString(replaced);
        }
        catch (UriFormatException)
        {
            return replaced;
        }
    }
}
