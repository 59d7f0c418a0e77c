using System.Text;

namespace SpecGen.Runtime.Http;

/// <summary>
/// Replaces configured credential values by <c>***</c> in every text the library surfaces (error
/// messages, kept raw bodies, error bodies before they are parsed, log lines, URLs).
/// </summary>
/// <remarks>
/// A server that echoes a request gives the secret back in whatever encoding it saw or chose: raw,
/// form-encoded (<c>+</c> for a space, <c>%7E</c> or <c>~</c>, upper- or lower-case hex), percent-encoded
/// (UTF-8 bytes), or JSON-escaped (<c>\u00XX</c>, <c>\/</c>). Listing every spelling would explode
/// combinatorially (each character may be escaped or not), so the matcher instead walks the text and lets
/// each character of a secret match any of its spellings. The Basic credential is also a secret as a whole
/// (its base64 form), so an echoed <c>Authorization</c> header is caught too.
/// Built once per <see cref="Credentials"/> instance and only when there is something to scrub.
/// </remarks>
internal sealed class SecretScrubber
{
    private const string Mask = "***";

    // Shorter values would blank unrelated characters; they are still masked as parameters in URLs.
    private const int MinimumSecretLength = 3;

    private readonly string[] _secrets;
    private readonly HashSet<string> _parameterNames;

    public static SecretScrubber Empty { get; } = new(null, AuthInfo.None);

    public SecretScrubber(Credentials? credentials, AuthInfo auth)
    {
        Credentials = credentials;
        _parameterNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in auth.Fields) _parameterNames.Add(f.Name);
        if (auth.QueryParameter is { } q) _parameterNames.Add(q);
        var secrets = new List<string>();
        if (credentials is not null)
        {
            foreach (var name in credentials.FieldNames) _parameterNames.Add(name);
            foreach (var secret in credentials.SecretValues())
            {
                if (secret.Length >= MinimumSecretLength) secrets.Add(secret);
            }
        }
        _secrets = secrets.ToArray();
    }

    /// <summary>The credentials this instance was built for (compared by reference to reuse it).</summary>
    public Credentials? Credentials { get; }

    /// <summary>True when there is no secret to look for.</summary>
    public bool IsEmpty => _secrets.Length == 0;

    /// <summary>Masks credential values, in any of their encodings, in free text.</summary>
    public string Text(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (_secrets.Length == 0) return text!;
        StringBuilder? sb = null;
        var copied = 0;
        var i = 0;
        while (i < text!.Length)
        {
            var matched = 0;
            foreach (var secret in _secrets)
            {
                // Secrets are sorted longest first, so the first match is the longest.
                matched = MatchAt(text, i, secret);
                if (matched > 0) break;
            }
            if (matched == 0)
            {
                i++;
                continue;
            }
            sb ??= new StringBuilder(text.Length);
            sb.Append(text, copied, i - copied).Append(Mask);
            i += matched;
            copied = i;
        }
        if (sb is null) return text;
        return sb.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Masks the values of credential query parameters, then any secret left.</summary>
    public string Url(Uri url)
    {
        var text = url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        var query = url.Query;
        if (query.Length > 1)
        {
            var sb = new StringBuilder(text).Append('?');
            var first = true;
            foreach (var pair in query.Substring(1).Split('&'))
            {
                if (!first) sb.Append('&');
                first = false;
                var eq = pair.IndexOf('=');
                var name = eq < 0 ? pair : pair.Substring(0, eq);
                if (eq >= 0 && _parameterNames.Contains(Uri.UnescapeDataString(name.Replace('+', ' ')))) sb.Append(name).Append('=').Append(Mask);
                else sb.Append(pair);
            }
            text = sb.ToString();
        }
        return Text(text);
    }

    /// <summary>The length of text at <paramref name="start"/> that spells <paramref name="secret"/>, or 0.</summary>
    /// <remarks>
    /// Two layers are undone while matching, in any mix: JSON escapes (also doubly escaped, as when a JSON
    /// request is echoed inside a JSON string), then URL encoding (<c>%XX</c> of the UTF-8 bytes in either
    /// hex case, <c>+</c> for a space).
    /// </remarks>
    private static int MatchAt(string text, int start, string secret)
    {
        Span<byte> utf8 = stackalloc byte[4];
        var t = start;
        var s = 0;
        while (s < secret.Length)
        {
            var width = char.IsHighSurrogate(secret[s]) && s + 1 < secret.Length ? 2 : 1;

            // The character itself (possibly JSON-escaped).
            var p = t;
            var same = true;
            for (var k = 0; k < width && same; k++) same = ReadUnit(text, ref p, out var unit) && unit == secret[s + k];
            if (same)
            {
                t = p;
                s += width;
                continue;
            }

            // A space written as "+".
            p = t;
            if (secret[s] == ' ' && ReadUnit(text, ref p, out var plus) && plus == '+')
            {
                t = p;
                s++;
                continue;
            }

            // The character's UTF-8 bytes, percent-encoded.
            var scalar = width == 2 ? char.ConvertToUtf32(secret[s], secret[s + 1]) : secret[s];
            if (!System.Text.Rune.TryCreate(scalar, out var rune)) return 0;
            var count = rune.EncodeToUtf8(utf8);
            p = t;
            for (var b = 0; b < count; b++)
            {
                if (!ReadUnit(text, ref p, out var percent) || percent != '%') return 0;
                if (!ReadUnit(text, ref p, out var high) || !ReadUnit(text, ref p, out var low) || !TryHex(high, low, out var value) || value != utf8[b]) return 0;
            }
            t = p;
            s += width;
        }
        return t - start;
    }

    /// <summary>
    /// Reads one UTF-16 unit at <paramref name="p"/>, undoing a JSON escape: <c>\uXXXX</c>, <c>\/</c>,
    /// <c>\"</c>, <c>\n</c>… A run of backslashes before the escape letter (an escape escaped again) counts
    /// as one. A backslash that starts no escape is itself.
    /// </summary>
    private static bool ReadUnit(string text, ref int p, out char unit)
    {
        unit = '\0';
        if (p >= text.Length) return false;
        if (text[p] != '\\')
        {
            unit = text[p++];
            return true;
        }
        var q = p;
        while (q < text.Length && text[q] == '\\') q++;
        if (q < text.Length)
        {
            var letter = text[q];
            if (letter == 'u' && TryHex4(text, q + 1, out var value))
            {
                unit = value;
                p = q + 5;
                return true;
            }
            if (Unescaped(letter) is var plain && plain != '\0' && letter != '\\')
            {
                unit = plain;
                p = q + 1;
                return true;
            }
        }
        unit = '\\';
        p = q;
        return true;
    }

    private static char Unescaped(char escape) => escape switch
    {
        '/' => '/',
        '"' => '"',
        'b' => '\b',
        'f' => '\f',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        _ => '\0',
    };

    private static bool TryHex(char high, char low, out int value)
    {
        var h = HexValue(high);
        var l = HexValue(low);
        value = (h << 4) | l;
        return h >= 0 && l >= 0;
    }

    private static bool TryHex4(string text, int at, out char value)
    {
        value = '\0';
        if (at + 4 > text.Length) return false;
        var v = 0;
        for (var i = 0; i < 4; i++)
        {
            var h = HexValue(text[at + i]);
            if (h < 0) return false;
            v = (v << 4) | h;
        }
        value = (char)v;
        return true;
    }

    private static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}
