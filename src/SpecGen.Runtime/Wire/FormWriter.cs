using System.Buffers;
using System.Globalization;
using System.Text;

namespace SpecGen.Runtime.Wire;

/// <summary>
/// Writes <c>application/x-www-form-urlencoded</c> bodies and query strings directly, in order,
/// without an intermediate dictionary.
/// </summary>
public sealed class FormWriter
{
    // The encoded text is ASCII: it is written as bytes, straight into the body the transport sends.
    private byte[] _bytes;
    private int _length;
    private readonly bool _pooled;
    private readonly List<KeyValuePair<string, string>>? _pairs;

    /// <summary>Creates a writer that also keeps the pairs (<see cref="Pairs"/>).</summary>
    public FormWriter()
        : this(512, keepPairs: true)
    {
    }

    /// <summary>A writer sized for its use; without <paramref name="keepPairs"/>, <see cref="Pairs"/> stays empty (the transport's bodies need only the text).</summary>
    internal FormWriter(int capacity, bool keepPairs)
    {
        // The transport's writers live for one request: their buffer comes from the pool and goes back in Release.
        _pooled = !keepPairs;
        _bytes = _pooled ? ArrayPool<byte>.Shared.Rent(capacity) : new byte[capacity];
        _pairs = keepPairs ? new List<KeyValuePair<string, string>>(16) : null;
    }

    /// <summary>The name/value pairs written so far.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Pairs => (IReadOnlyList<KeyValuePair<string, string>>?)_pairs ?? Array.Empty<KeyValuePair<string, string>>();

    /// <summary>Adds a field unless the value is null.</summary>
    public FormWriter Add(string name, string? value)
    {
        if (value is null) return this;
        if (_length > 0) Append((byte)'&');
        Encode(name);
        Append((byte)'=');
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
    public FormWriter Add(string name, IReadOnlyList<string>? values, string separator)
    {
        if (values is null) return this;
        // A writer that keeps pairs needs the joined text; the transport's writers encode the items as they are
        // (with no separator, two items could join into one surrogate pair: the joined text is encoded then too).
        if (_pairs is not null || separator.Length == 0) return Add(name, string.Join(separator, values));
        if (_length > 0) Append((byte)'&');
        Encode(name);
        Append((byte)'=');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0) Encode(separator);
            Encode(values[i] ?? string.Empty);
        }
        return this;
    }

    // The characters form encoding keeps as they are (what HTML's application/x-www-form-urlencoded serializer keeps).
    private static readonly SearchValues<char> Unreserved = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.*");

    /// <summary>Appends pairs that are already encoded (<c>a=1&amp;b=2</c>, ASCII), after a separator when needed.</summary>
    internal void AddEncoded(ReadOnlySpan<byte> pairs)
    {
        if (pairs.IsEmpty) return;
        if (_length > 0) Append((byte)'&');
        if (_length + pairs.Length > _bytes.Length) Grow(pairs.Length);
        pairs.CopyTo(_bytes.AsSpan(_length));
        _length += pairs.Length;
    }

    private void Encode(string value)
    {
        // Runs of unreserved characters (most of a message) are found and copied vectorized; the rest is escaped.
        Span<byte> bytes = stackalloc byte[4];
        var i = 0;
        while (i < value.Length)
        {
            var run = value.AsSpan(i).IndexOfAnyExcept(Unreserved);
            if (run < 0) run = value.Length - i;
            if (run > 0) Append(value.AsSpan(i, run));
            i += run;
            if (i >= value.Length) break;
            if (value[i] == ' ')
            {
                Append((byte)'+');
                i++;
                continue;
            }
            if (!Rune.TryGetRuneAt(value, i, out var rune)) rune = Rune.ReplacementChar;
            var length = rune.EncodeToUtf8(bytes);
            for (var b = 0; b < length; b++)
            {
                Append((byte)'%');
                Append((byte)"0123456789ABCDEF"[bytes[b] >> 4]);
                Append((byte)"0123456789ABCDEF"[bytes[b] & 0xF]);
            }
            i += char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) ? 2 : 1;
        }
    }

    /// <summary>The encoded text as UTF-8 bytes, without an intermediate string (the text is ASCII: everything else is escaped).</summary>
    public byte[] ToUtf8Bytes() => _bytes.AsSpan(0, _length).ToArray();

    /// <summary>The encoded text (<c>a=1&amp;b=2</c>).</summary>
    public override string ToString() => Encoding.Latin1.GetString(_bytes, 0, _length);

    /// <summary>Gives a pooled buffer back; the writer must not be used afterwards.</summary>
    internal void Release()
    {
        if (!_pooled) return;
        var bytes = _bytes;
        _bytes = Array.Empty<byte>();
        _length = 0;
        ArrayPool<byte>.Shared.Return(bytes);
    }

    private void Append(byte b)
    {
        if (_length == _bytes.Length) Grow(1);
        _bytes[_length++] = b;
    }

    /// <summary>Appends unreserved (ASCII) characters.</summary>
    private void Append(ReadOnlySpan<char> ascii)
    {
        if (_length + ascii.Length > _bytes.Length) Grow(ascii.Length);
        Ascii.FromUtf16(ascii, _bytes.AsSpan(_length, ascii.Length), out _);
        _length += ascii.Length;
    }

    private void Grow(int more)
    {
        var size = Math.Max(_bytes.Length * 2, _length + more);
        var larger = _pooled ? ArrayPool<byte>.Shared.Rent(size) : new byte[size];
        _bytes.AsSpan(0, _length).CopyTo(larger);
        if (_pooled) ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = larger;
    }
}
