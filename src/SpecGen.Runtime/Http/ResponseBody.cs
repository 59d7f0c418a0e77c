using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace SpecGen.Runtime.Http;

/// <summary>
/// A response body read once into a pooled buffer, up to a size limit, and decoded once to text. The bytes
/// stay available (until <see cref="Dispose"/>) for a cheap scan of the top-level JSON keys.
/// </summary>
internal sealed class ResponseBody : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false, false);
    private byte[]? _buffer;
    private readonly int _start;
    private readonly int _length;

    private ResponseBody(byte[]? buffer, int start, int length, string text, bool tooLarge)
    {
        _buffer = buffer;
        _start = start;
        _length = length;
        Text = text;
        TooLarge = tooLarge;
    }

    /// <summary>The body as text (a UTF-8 byte-order mark removed).</summary>
    public string Text { get; }

    /// <summary>True when the body was larger than the limit (then <see cref="Text"/> is empty).</summary>
    public bool TooLarge { get; }

    public ReadOnlySpan<byte> Bytes => _buffer is null ? ReadOnlySpan<byte>.Empty : _buffer.AsSpan(_start, _length);

    public static async ValueTask<ResponseBody> ReadAsync(HttpContent content, long limit, CancellationToken token)
    {
        if (limit <= 0) limit = long.MaxValue;
        var declared = content.Headers.ContentLength;
        if (declared is { } d && d > limit) return new ResponseBody(null, 0, 0, string.Empty, true);
        if (declared == 0) return new ResponseBody(null, 0, 0, string.Empty, false);
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
                    return new ResponseBody(null, 0, 0, string.Empty, true);
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
        var start = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        var text = Utf8.GetString(buffer, start, length - start);
        return new ResponseBody(buffer, start, length - start, text, false);
    }

    /// <summary>
    /// True when the JSON object in the body has a top-level member named one of <paramref name="names"/>;
    /// null when the body is not a readable JSON object. Reads tokens only: no document, no strings.
    /// </summary>
    public bool? HasAnyTopLevelKey(System.Collections.Generic.IReadOnlyList<string> names)
    {
        try
        {
            var reader = new Utf8JsonReader(Bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject) return false;
                if (reader.TokenType != JsonTokenType.PropertyName) return null;
                for (var i = 0; i < names.Count; i++)
                {
                    if (Wire.JsonRead.NameIs(ref reader, names[i])) return true;
                }
                if (!reader.Read()) return null;
                reader.Skip();
            }
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Adds the top-level member names of a JSON object body to <paramref name="keys"/> (nothing for anything else).</summary>
    public void CollectTopLevelKeys(System.Collections.Generic.HashSet<string> keys)
    {
        try
        {
            var reader = new Utf8JsonReader(Bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                keys.Add(reader.GetString()!);
                if (!reader.Read()) return;
                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
    }
}
