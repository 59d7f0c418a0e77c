using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SpecGen.Runtime.Wire;

/// <summary>
/// A string's UTF-8 bytes in a pooled buffer, for a streaming read (what <see cref="System.Text.Json.JsonDocument"/>
/// does internally for a string). Text that is not valid UTF-16 (a lone surrogate) is not transcoded:
/// <see cref="IsValid"/> is false and the caller takes the document path, which reports it as before.
/// </summary>
internal ref struct Utf8Text
{
    private byte[]? _rented;

    private Utf8Text(byte[]? rented, ReadOnlySpan<byte> span, bool valid)
    {
        _rented = rented;
        Span = span;
        IsValid = valid;
    }

    /// <summary>The bytes.</summary>
    public ReadOnlySpan<byte> Span { get; }

    /// <summary>False when the text could not be transcoded.</summary>
    public bool IsValid { get; }

    /// <summary>The longest text callers transcode on the stack (<see cref="From(string, Span{byte})"/>; 1 KB at the most).</summary>
    public const int MaxScratchChars = 340;

    /// <summary>The stack buffer that surely holds <paramref name="length"/> characters as UTF-8.</summary>
    public static int ScratchFor(int length) => (length + 1) * 3;

    /// <summary>
    /// Transcodes into <paramref name="scratch"/> (a caller's stack buffer) when the text surely fits, so a short body
    /// costs no pool round trip; longer text goes to a rented buffer.
    /// </summary>
    public static Utf8Text From(string text, Span<byte> scratch)
    {
        if ((text.Length + 1) * 3 > scratch.Length) return From(text);
        var status = Utf8.FromUtf16(text, scratch, out _, out var written, replaceInvalidSequences: false);
        return new Utf8Text(null, scratch.Slice(0, written), status == System.Buffers.OperationStatus.Done);
    }

    public static Utf8Text From(string text)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        var status = Utf8.FromUtf16(text, rented, out _, out var written, replaceInvalidSequences: false);
        return new Utf8Text(rented, rented.AsSpan(0, written), status == System.Buffers.OperationStatus.Done);
    }

    /// <summary>The bytes of a received body: the body itself when it came as UTF-8 (nothing rented), else its text transcoded.</summary>
    public static Utf8Text From(ReceivedBody body) => body.IsUtf8 ? new Utf8Text(null, body.Utf8Bytes, true) : From(body.Text);

    public void Dispose()
    {
        if (_rented is not null) ArrayPool<byte>.Shared.Return(_rented);
        _rented = null;
    }
}
