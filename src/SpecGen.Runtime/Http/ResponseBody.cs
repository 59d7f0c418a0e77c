using System.Buffers;
using System.Text;
using System.Text.Json;

namespace SpecGen.Runtime.Http;

/// <summary>
/// A response body read once into a pooled buffer, up to a size limit. Readers get the bytes
/// (<see cref="Received"/>, until <see cref="Dispose"/>); the text is decoded once, and only when something needs it
/// (an error to describe, a log, XML), so a successful JSON answer is never copied into a string.
/// </summary>
internal sealed class ResponseBody : IDisposable, Wire.ITopLevelNamesHolder
{
    private static readonly UTF8Encoding Utf8 = new(false, false);
    private byte[]? _buffer;
    private readonly int _start;
    private readonly int _length;

    private string? _text;
    private Wire.TopLevelNames? _names;

    private ResponseBody(byte[]? buffer, int start, int length, bool tooLarge)
    {
        _buffer = buffer;
        _start = start;
        _length = length;
        TooLarge = tooLarge;
    }

    /// <summary>The body as text (a UTF-8 byte-order mark removed), decoded on first use.</summary>
    public string Text => _text ??= _length == 0 ? string.Empty : Utf8.GetString(Bytes);

    /// <summary>True when the body has no bytes (after a byte-order mark).</summary>
    public bool IsEmpty => _length == 0;

    /// <summary>The body as the generated readers take it: its bytes.</summary>
    public Wire.ReceivedBody Received => Wire.ReceivedBody.FromUtf8(_buffer is null ? ReadOnlyMemory<byte>.Empty : _buffer.AsMemory(_start, _length), this);

    /// <summary>True when the body was larger than the limit (then it is empty).</summary>
    public bool TooLarge { get; }

    public ReadOnlySpan<byte> Bytes => _buffer is null ? ReadOnlySpan<byte>.Empty : _buffer.AsSpan(_start, _length);

    public static async ValueTask<ResponseBody> ReadAsync(HttpContent content, long limit, CancellationToken token)
    {
        if (limit <= 0) limit = long.MaxValue;
        var declared = content.Headers.ContentLength;
        if (declared is { } d && d > limit) return new ResponseBody(null, 0, 0, true);
        if (declared == 0) return new ResponseBody(null, 0, 0, false);
        using var stream = await content.ReadAsStreamAsync(token).ConfigureAwait(false);
        // A declared length sizes the buffer at once (one byte more shows a body longer than declared).
        var buffer = ArrayPool<byte>.Shared.Rent(declared is { } size && size < int.MaxValue - 1 ? (int)size + 1 : 4096);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = await stream.ReadAsync(buffer.AsMemory(length), token).ConfigureAwait(false);
                if (read == 0) break;
                length += read;
                if (length > limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return new ResponseBody(null, 0, 0, true);
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
        var start = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        return new ResponseBody(buffer, start, length - start, false);
    }

    /// <summary>
    /// True when the JSON object in the body has a top-level member named one of <paramref name="names"/>;
    /// null when the body is not a readable JSON object. The names are scanned once per body (tokens only, no
    /// document), however many documented cases ask.
    /// </summary>
    public bool? HasAnyTopLevelKey(System.Collections.Generic.IReadOnlyList<string> names) => Names.HasAny(Bytes, names);

    /// <summary>True when the body is a JSON object with members, none of them named one of <paramref name="known"/>.</summary>
    public bool HasOnlyOtherTopLevelKeys(System.Collections.Generic.IReadOnlyList<string> known) => Names.OnlyOthers(Bytes, known);

    /// <summary>Adds the top-level member names of a JSON object body to <paramref name="keys"/> (nothing for anything else).</summary>
    public void CollectTopLevelKeys(System.Collections.Generic.HashSet<string> keys) => Names.CollectInto(Bytes, keys);

    private Wire.TopLevelNames Names => _names ??= Wire.TopLevelNames.Scan(Bytes);

    /// <summary>The names, when a read's status scan has already noted them.</summary>
    Wire.TopLevelNames? Wire.ITopLevelNamesHolder.Names
    {
        get => _names;
        set => _names ??= value;
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
        Interlocked.Exchange(ref _names, null)?.Release();
    }
}
