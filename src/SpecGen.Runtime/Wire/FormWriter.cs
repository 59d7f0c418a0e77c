using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SpecGen.Runtime.Wire;

/// <summary>
/// Writes <c>application/x-www-form-urlencoded</c> bodies and query strings directly, in order,
/// without an intermediate dictionary.
/// </summary>
public sealed class FormWriter
{
    private readonly StringBuilder _text;
    private readonly List<KeyValuePair<string, string>>? _pairs;

    /// <summary>Creates a writer that also keeps the pairs (<see cref="Pairs"/>).</summary>
    public FormWriter()
        : this(512, keepPairs: true)
    {
    }

    /// <summary>A writer sized for its use; without <paramref name="keepPairs"/>, <see cref="Pairs"/> stays empty (the transport's bodies need only the text).</summary>
    internal FormWriter(int capacity, bool keepPairs)
    {
        _text = new StringBuilder(capacity);
        _pairs = keepPairs ? new List<KeyValuePair<string, string>>(16) : null;
    }

    /// <summary>The name/value pairs written so far.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Pairs => (IReadOnlyList<KeyValuePair<string, string>>?)_pairs ?? Array.Empty<KeyValuePair<string, string>>();

    /// <summary>Adds a field unless the value is null.</summary>
    public FormWriter Add(string name, string? value)
    {
        if (value is null) return this;
        if (_text.Length > 0) _text.Append('&');
        Encode(name);
        _text.Append('=');
        Encode(value);
        _pairs?.Add(new(name, value));
        return this;
    }

    /// <summary>Adds an integer field unless null.</summary>
    public FormWriter Add(string name, long? value) => value is { } v ? Add(name, v.ToString(CultureInfo.InvariantCulture)) : this;

    /// <summary>Adds a decimal field unless null.</summary>
    public FormWriter Add(string name, decimal? value) => value is { } v ? Add(name, v.ToString(CultureInfo.InvariantCulture)) : this;

    /// <summary>Adds a boolean field (<c>true</c>/<c>false</c>) unless null.</summary>
    public FormWriter Add(string name, bool? value) => value is { } v ? Add(name, v ? "true" : "false") : this;

    /// <summary>Adds a URL field unless null.</summary>
    public FormWriter Add(string name, Uri? value) => value is null ? this : Add(name, value.OriginalString);

    /// <summary>Adds a date-time field in <paramref name="pattern"/> unless null.</summary>
    public FormWriter Add(string name, DateTime? value, string pattern) => value is { } v ? Add(name, v.ToString(pattern, CultureInfo.InvariantCulture)) : this;

    /// <summary>Adds a delimited list field unless null.</summary>
    public FormWriter Add(string name, IReadOnlyList<string>? values, string separator) => values is null ? this : Add(name, string.Join(separator, values));

    private static bool IsUnreserved(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '*';

    private void Encode(string value)
    {
        // Runs of unreserved characters (most of a message) are appended at once; the rest is escaped.
        Span<byte> bytes = stackalloc byte[4];
        var i = 0;
        while (i < value.Length)
        {
            var start = i;
            while (i < value.Length && IsUnreserved(value[i])) i++;
            if (i > start) _text.Append(value, start, i - start);
            if (i >= value.Length) break;
            if (value[i] == ' ')
            {
                _text.Append('+');
                i++;
                continue;
            }
            if (!Rune.TryGetRuneAt(value, i, out var rune)) rune = Rune.ReplacementChar;
            var length = rune.EncodeToUtf8(bytes);
            for (var b = 0; b < length; b++)
            {
                _text.Append('%').Append("0123456789ABCDEF"[bytes[b] >> 4]).Append("0123456789ABCDEF"[bytes[b] & 0xF]);
            }
            i += char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) ? 2 : 1;
        }
    }

    /// <summary>The encoded text as UTF-8 bytes, without an intermediate string (the text is ASCII: everything else is escaped).</summary>
    public byte[] ToUtf8Bytes()
    {
        var bytes = new byte[_text.Length];
        var at = 0;
        foreach (var chunk in _text.GetChunks())
        {
            var span = chunk.Span;
            for (var i = 0; i < span.Length; i++) bytes[at++] = (byte)span[i];
        }
        return bytes;
    }

    /// <summary>The encoded text (<c>a=1&amp;b=2</c>).</summary>
    public override string ToString() => _text.ToString();
}
