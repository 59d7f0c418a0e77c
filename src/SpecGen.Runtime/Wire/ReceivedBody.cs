using System.Text;

namespace SpecGen.Runtime.Wire;

/// <summary>
/// A response body as a documented response's reader gets it: the UTF-8 bytes as received (a byte-order mark
/// removed), or text (an error body after secrets were scrubbed from it). JSON is read from the bytes; text is
/// decoded only when something needs it (XML, a problem to describe), so a successful answer builds no copy of
/// its body. Valid only while the reader runs: the bytes may be a pooled buffer that is reused afterwards.
/// </summary>
public readonly struct ReceivedBody
{
    // Invalid bytes become U+FFFD, as the transport always decoded bodies.
    private static readonly UTF8Encoding Utf8 = new(false, false);

    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly string? _text;

    private ReceivedBody(ReadOnlyMemory<byte> utf8, string? text, ITopLevelNamesHolder? names)
    {
        _utf8 = utf8;
        _text = text;
        Names = names;
    }

    /// <summary>A body received as UTF-8.</summary>
    public static ReceivedBody FromUtf8(ReadOnlyMemory<byte> utf8) => new(utf8, null, null);

    /// <summary>A body given as text.</summary>
    public static ReceivedBody FromText(string? text) => new(default, text ?? string.Empty, null);

    /// <summary>A received body whose owner keeps its top-level names (the read of a success body notes them there).</summary>
    internal static ReceivedBody FromUtf8(ReadOnlyMemory<byte> utf8, ITopLevelNamesHolder names) => new(utf8, null, names);

    /// <summary>The owner's place for the body's top-level names, if it keeps them.</summary>
    internal ITopLevelNamesHolder? Names { get; }

    /// <summary>True when the body is held as UTF-8 bytes (<see cref="Utf8Bytes"/> is then the body itself).</summary>
    public bool IsUtf8 => _text is null;

    /// <summary>The bytes of a body received as UTF-8; empty for a body given as text.</summary>
    public ReadOnlySpan<byte> Utf8Bytes => _utf8.Span;

    /// <summary>The body as text: decoded from the bytes on each call (cheap callers read <see cref="Utf8Bytes"/>).</summary>
    public string Text => _text ?? (_utf8.IsEmpty ? string.Empty : Utf8.GetString(_utf8.Span));

    /// <summary>True when the body has nothing but white space (as <see cref="string.IsNullOrWhiteSpace"/> sees it).</summary>
    public bool IsBlank
    {
        get
        {
            if (_text is not null) return string.IsNullOrWhiteSpace(_text);
            foreach (var b in _utf8.Span)
            {
                // An ASCII byte is its own character; other bytes need the decoder's view.
                if (b >= 0x80) return string.IsNullOrWhiteSpace(Text);
                if (!char.IsWhiteSpace((char)b)) return false;
            }
            return true;
        }
    }

    /// <summary>
    /// The text, for readers that take a string (a union's <c>FromJson</c>, a hand-built response case): the
    /// generated lambdas are the same whether the body arrives as bytes or as text.
    /// </summary>
    public static implicit operator string(ReceivedBody body) => body.Text;

    /// <inheritdoc />
    public override string ToString() => Text;
}
