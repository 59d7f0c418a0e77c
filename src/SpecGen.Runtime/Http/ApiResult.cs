using System.Globalization;
using System.Text;
using SpecGen.Runtime.Validation;

namespace SpecGen.Runtime.Http;

/// <summary>
/// The typed answer of a gateway call: the success value, or a typed <see cref="ApiError"/>. A
/// result never hides a secret and is never an exception (only the caller's own cancellation throws).
/// Dispose it when the value is a download (<see cref="BinaryContent"/>).
/// </summary>
public sealed class ApiResult<T> : IDisposable where T : class
{
    private ApiResult()
    {
    }

    /// <summary>The success value; null on error.</summary>
    public T? Value { get; private init; }

    /// <summary>Why the call failed; null on success.</summary>
    public ApiError? Error { get; private init; }

    /// <summary>True on success (then <see cref="Value"/> is set).</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Value))]
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null && Value is not null;

    /// <summary>The HTTP status of the last answer; null when nothing was answered (not sent, timeout, network failure).</summary>
    public int? StatusCode { get; private init; }

    /// <summary>How many HTTP requests were sent (0 when the request was refused before sending).</summary>
    public int Attempts { get; private init; }

    /// <summary>A success.</summary>
    public static ApiResult<T> Ok(T value, int statusCode, int attempts) => new() { Value = value ?? throw new ArgumentNullException(nameof(value)), StatusCode = statusCode, Attempts = attempts };

    /// <summary>A failure.</summary>
    public static ApiResult<T> Fail(ApiError error, int attempts) => new() { Error = error ?? throw new ArgumentNullException(nameof(error)), StatusCode = error.StatusCode, Attempts = attempts };

    /// <summary>A request refused before sending: every violation, nothing sent.</summary>
    public static ApiResult<T> Invalid(IReadOnlyList<Violation> violations) =>
        new() { Error = ApiError.Invalid(violations) };

    /// <summary>The value, or an <see cref="ApiException"/> describing the error (no secrets).</summary>
    public T GetValueOrThrow() => IsSuccess ? Value : throw new ApiException(Error!);

    /// <summary>Disposes a downloaded stream (or any disposable value).</summary>
    public void Dispose() => (Value as IDisposable)?.Dispose();

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? "Success (HTTP " + StatusCode?.ToString(CultureInfo.InvariantCulture) + ")" : Error!.ToString();
}

/// <summary>What went wrong with a call.</summary>
public enum ApiErrorKind
{
    /// <summary>The request broke a spec rule (or lacked credentials); it was not sent. See <see cref="ApiError.Violations"/>.</summary>
    InvalidRequest,

    /// <summary>The gateway answered with a documented error (an error code in the body, or a documented error status not covered below).</summary>
    Rejected,

    /// <summary>HTTP 401: missing or wrong credentials.</summary>
    Unauthorized,

    /// <summary>HTTP 403.</summary>
    Forbidden,

    /// <summary>HTTP 404.</summary>
    NotFound,

    /// <summary>HTTP 406.</summary>
    NotAcceptable,

    /// <summary>HTTP 429: rate limited; see <see cref="ApiError.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>HTTP 5xx.</summary>
    ServerError,

    /// <summary>An HTTP status the spec does not document for this call.</summary>
    UnexpectedStatus,

    /// <summary>The body could not be read as any documented shape (truncated, malformed, wrong format, too large).</summary>
    MalformedResponse,

    /// <summary>No answer within the configured timeout.</summary>
    Timeout,

    /// <summary>The connection failed or broke before a complete answer arrived.</summary>
    Transport,

    /// <summary>
    /// The server redirected the call (3xx with a <c>Location</c>). The transport never follows a redirect:
    /// following would resend the credentials and the body (a send twice). See <see cref="ApiError.Location"/>.
    /// </summary>
    Redirect,
}

/// <summary>
/// A typed error: its kind, the HTTP status, the gateway's code with its code-table entry, the
/// server's message, the typed error body, <c>Retry-After</c> for 429, or the violations of a
/// request that was not sent.
/// </summary>
public sealed class ApiError
{
    private ApiError(ApiErrorKind kind, int? statusCode, string message)
    {
        Kind = kind;
        StatusCode = statusCode;
        Message = message ?? string.Empty;
    }

    /// <summary>A request refused before sending: every broken rule, nothing sent.</summary>
    public static ApiError Invalid(IReadOnlyList<Violation>? violations) =>
        new(ApiErrorKind.InvalidRequest, null, "the request is invalid; nothing was sent") { Violations = violations ?? Array.Empty<Violation>() };

    /// <summary>A failure code the spec documents, carried in a body (of any status).</summary>
    public static ApiError Rejected(int statusCode, GatewayCode code, string message, object? body, string? variant, TimeSpan? retryAfter = null) =>
        new(ApiErrorKind.Rejected, statusCode, message) { Code = code, Body = body, Variant = variant, RetryAfter = retryAfter };

    /// <summary>
    /// An answer whose HTTP status tells the failure (<paramref name="kind"/> from the status: 401, 404, 429,
    /// 5xx, a documented error status, or <see cref="ApiErrorKind.UnexpectedStatus"/>), with whatever the body
    /// told: its code, its typed body, or (when no documented body could be read) the scrubbed raw text.
    /// </summary>
    public static ApiError FromStatus(ApiErrorKind kind, int statusCode, string message, GatewayCode? code = null, object? body = null, string? variant = null, TimeSpan? retryAfter = null, string? rawBody = null) =>
        new(kind, statusCode, message) { Code = code, Body = body, Variant = variant, RetryAfter = retryAfter, RawBody = rawBody };

    /// <summary>A body that is not of a documented shape or media type; <paramref name="rawBody"/> is kept (already scrubbed) for diagnosis.</summary>
    public static ApiError Malformed(int statusCode, string message, string? rawBody, string? variant = null, MalformedBody? body = null) =>
        new(ApiErrorKind.MalformedResponse, statusCode, message) { RawBody = rawBody, Variant = variant, Body = body };

    /// <summary>A redirect that was not followed; <paramref name="location"/> is where the server pointed (scrubbed).</summary>
    public static ApiError Redirected(int? statusCode, string? location) =>
        new(ApiErrorKind.Redirect, statusCode, "the server redirected the call" + (location is null ? string.Empty : " to " + location) + "; redirects are never followed (credentials and the body would be sent again)") { Location = location };

    /// <summary>No complete answer within <paramref name="timeout"/>.</summary>
    public static ApiError TimedOut(TimeSpan timeout, int? statusCode) =>
        new(ApiErrorKind.Timeout, statusCode, "no complete answer within " + timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s");

    /// <summary>The connection failed or broke; <paramref name="message"/> is already scrubbed.</summary>
    public static ApiError TransportFailed(string message, int? statusCode) => new(ApiErrorKind.Transport, statusCode, message);

    /// <summary>The kind of failure.</summary>
    public ApiErrorKind Kind { get; }

    /// <summary>The HTTP status, when the server answered.</summary>
    public int? StatusCode { get; }

    /// <summary>The gateway's status code and its code-table entry, when known.</summary>
    public GatewayCode? Code { get; private init; }

    /// <summary>The server's message (or a description of the failure), with every configured secret masked.</summary>
    public string Message { get; }

    /// <summary>The parsed error body (a generated schema type), when there was one; read from the scrubbed text.</summary>
    public object? Body { get; private init; }

    /// <summary>
    /// The raw body of an answer that could not be read as documented (or of an undocumented status), with
    /// every configured secret masked; null otherwise. Kept for diagnosis; never parse it for data.
    /// </summary>
    public string? RawBody { get; private init; }

    /// <summary>The <c>Retry-After</c> delay of a 429 (or 503) answer.</summary>
    public TimeSpan? RetryAfter { get; private init; }

    /// <summary>Where a redirect pointed (scrubbed), for <see cref="ApiErrorKind.Redirect"/>.</summary>
    public string? Location { get; private init; }

    /// <summary>The broken rules of a request that was not sent.</summary>
    public IReadOnlyList<Violation> Violations { get; private init; } = Array.Empty<Violation>();

    /// <summary>The spec's variant label of the error response that matched, if any.</summary>
    public string? Variant { get; private init; }

    /// <summary>The typed error body, or null when the body is of another type.</summary>
    public TBody? BodyAs<TBody>() where TBody : class => Body as TBody;

    /// <summary>One line: kind, status, code and meaning, message.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(Kind.ToString());
        if (StatusCode is { } s) sb.Append(" (HTTP ").Append(s.ToString(CultureInfo.InvariantCulture)).Append(')');
        if (Code is { } c) sb.Append(": code ").Append(c);
        if (Message.Length > 0) sb.Append(": ").Append(Message);
        if (RetryAfter is { } r) sb.Append(" (retry after ").Append(((int)r.TotalSeconds).ToString(CultureInfo.InvariantCulture)).Append(" s)");
        foreach (var v in Violations) sb.Append("; ").Append(v);
        return sb.ToString();
    }
}

/// <summary>
/// A gateway status code and its entry in the operation's code table. <see cref="Value"/> holds the
/// generated code struct (e.g. an <c>XxxStatusCode</c>); use <see cref="As{TCode}"/> to get it typed.
/// </summary>
public sealed class GatewayCode(string raw, object value, bool isKnown, string? description, bool isSuccess)
{
    /// <summary>The code as received.</summary>
    public string Raw { get; } = raw ?? string.Empty;

    /// <summary>The generated code struct, boxed.</summary>
    public object Value { get; } = value;

    /// <summary>True when the code table lists the code.</summary>
    public bool IsKnown { get; } = isKnown;

    /// <summary>The code table's meaning and description, or null for an unlisted code.</summary>
    public string? Description { get; } = description;

    /// <summary>True when the code means success (0, or the entry whose meaning is OK).</summary>
    public bool IsSuccess { get; } = isSuccess;

    /// <summary>The typed code struct, or null when the code belongs to another table.</summary>
    public TCode? As<TCode>() where TCode : struct => Value is TCode typed ? typed : null;

    /// <inheritdoc />
    public override string ToString() => Description is null ? Raw : Raw + " (" + Description.Replace('\n', ' ') + ")";
}

/// <summary>Thrown by <see cref="ApiResult{T}.GetValueOrThrow"/>; carries the typed error and never a secret.</summary>
public sealed class ApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ApiException(ApiError error) : base(error?.ToString()) => Error = error ?? throw new ArgumentNullException(nameof(error));

    /// <summary>The typed error.</summary>
    public ApiError Error { get; }
}

/// <summary>The value of a success that has no body.</summary>
public sealed class NoContent
{
    private NoContent()
    {
    }

    /// <summary>The one instance.</summary>
    public static NoContent Instance { get; } = new();

    /// <inheritdoc />
    public override string ToString() => "no content";
}
