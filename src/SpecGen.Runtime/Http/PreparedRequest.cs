using System.Net.Http.Headers;

namespace SpecGen.Runtime.Http;

/// <summary>
/// Everything one call sends, decided once before the first attempt: each attempt only turns it into a
/// fresh <see cref="HttpRequestMessage"/> (a message cannot be sent twice).
/// </summary>
/// <remarks>Not a record: a record's generated <c>ToString</c> would print <see cref="AuthorizationValue"/>.</remarks>
internal sealed class PreparedRequest(Uri url, HttpMethod method, ReadOnlyMemory<byte>? body, bool jsonBody, string? authorizationHeader, string? authorizationValue, string accept)
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");
    private static readonly MediaTypeHeaderValue FormType = new("application/x-www-form-urlencoded") { CharSet = "utf-8" };

    /// <summary>The full URL, query included (it may hold credentials: log it only through the scrubber).</summary>
    public Uri Url { get; } = url;

    /// <summary>The method on the wire (GET when the spec's method override tunnels another method).</summary>
    public HttpMethod Method { get; } = method;

    public ReadOnlyMemory<byte>? Body { get; } = body;

    public bool JsonBody { get; } = jsonBody;

    /// <summary>The header that carries a bearer or Basic credential, or null.</summary>
    public string? AuthorizationHeader { get; } = authorizationHeader;

    public string? AuthorizationValue { get; } = authorizationValue;

    public string Accept { get; } = accept;

    /// <summary>A message for one attempt; its body refuses to be sent twice (see <see cref="OnceContent"/>).</summary>
    public HttpRequestMessage CreateMessage(string? userAgent, out OnceContent? content)
    {
        var request = new HttpRequestMessage(Method, Url);
        request.Headers.TryAddWithoutValidation("Accept", Accept);
        if (userAgent is not null) request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        if (AuthorizationHeader is { } header)
        {
            if (string.Equals(header, "Authorization", StringComparison.OrdinalIgnoreCase))
            {
                var space = AuthorizationValue!.IndexOf(' ');
                request.Headers.Authorization = new AuthenticationHeaderValue(AuthorizationValue.Substring(0, space), AuthorizationValue.Substring(space + 1));
            }
            else
            {
                request.Headers.TryAddWithoutValidation(header, AuthorizationValue);
            }
        }
        content = null;
        if (Body is { } body)
        {
            content = new OnceContent(body, request);
            content.Headers.ContentType = JsonBody ? JsonType : FormType;
            request.Content = content;
        }
        return request;
    }
}
