namespace SpecGen.Runtime.Http;

/// <summary>
/// A downloaded body (a recording, a media file): a readable stream with the server's content
/// type and file name. The stream reads from the network as it is consumed; dispose this object
/// (or the <see cref="ApiResult{T}"/> holding it) when done.
/// </summary>
public sealed class BinaryContent : IDisposable, IAsyncDisposable
{
    private readonly IDisposable? _owner;

    /// <summary>Wraps a stream; <paramref name="owner"/> (the HTTP response) is disposed with it.</summary>
    public BinaryContent(Stream content, string? contentType, string? fileName, long? length, IDisposable? owner = null)
    {
        Content = content ?? throw new ArgumentNullException(nameof(content));
        ContentType = contentType;
        FileName = fileName;
        Length = length;
        _owner = owner;
    }

    /// <summary>The body.</summary>
    public Stream Content { get; }

    /// <summary>The media type from <c>Content-Type</c> (parameters such as <c>codecs=opus</c> kept), if sent.</summary>
    public string? ContentType { get; }

    /// <summary>The file name from <c>Content-Disposition</c>, if sent.</summary>
    public string? FileName { get; }

    /// <summary>The length from <c>Content-Length</c>, if sent.</summary>
    public long? Length { get; }

    /// <summary>Reads the whole body.</summary>
    public async Task<byte[]> ReadAllBytesAsync(System.Threading.CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await Content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Content.Dispose();
        _owner?.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        _owner?.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => "BinaryContent { ContentType = " + ContentType + ", FileName = " + FileName + ", Length = " + Length + " }";
}
