using System.Net;

namespace SpecGen.Runtime.Http;

/// <summary>
/// A request body that can be written to the wire once. An injected <see cref="HttpClient"/> whose handler
/// follows redirects (the default <c>HttpClientHandler</c> does) re-sends a 307/308 request with its body,
/// to any origin: with <c>fields</c> credentials that body holds the API key and secret, and for a send it
/// is the message a second time. The second write fails instead, so neither ever leaves the process twice.
/// </summary>
internal sealed class OnceContent : HttpContent
{
    private readonly ReadOnlyMemory<byte> _body;
    private readonly HttpRequestMessage _request;
    private readonly Uri _originalUrl;
    private int _written;

    public OnceContent(ReadOnlyMemory<byte> body, HttpRequestMessage request)
    {
        _body = body;
        _request = request;
        _originalUrl = request.RequestUri!;
    }

    /// <summary>Set when the handler tried to write the body a second time; the URL it was going to.</summary>
    public Uri? RefusedResendTo { get; private set; }

    /// <summary>True when the second write was for another URL (a followed redirect), not a connection retry.</summary>
    public bool RefusedRedirect => RefusedResendTo is { } to && to != _originalUrl;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _written, 1) == 1)
        {
            RefusedResendTo = _request.RequestUri;
            throw new InvalidOperationException("SpecGen refused to send the request body a second time (a redirect or a handler retry)");
        }
        await stream.WriteAsync(_body, cancellationToken).ConfigureAwait(false);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Length;
        return true;
    }
}
