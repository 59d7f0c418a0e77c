namespace SpecGen.Testing.Gateway;

/// <summary>What the fake gateway does wrong on purpose.</summary>
public enum FaultKind
{
    /// <summary>Answer a 5xx (with an HTML body).</summary>
    ServerError,

    /// <summary>Answer 429 with a Retry-After header.</summary>
    RateLimited,

    /// <summary>Wait before answering (normally).</summary>
    Slow,

    /// <summary>Announce a Content-Length, send half the body and drop the connection.</summary>
    TruncatedConnection,

    /// <summary>A complete HTTP answer whose body is the first half of the documented body.</summary>
    TruncatedBody,

    /// <summary>A success status with a body that is not JSON (or XML).</summary>
    MalformedBody,

    /// <summary>An HTTP status the spec does not document.</summary>
    UnknownStatus,

    /// <summary>The documented success body plus unknown fields (top level and nested).</summary>
    ExtraFields,

    /// <summary>A documented error: the given code in the documented error body.</summary>
    DocumentedError,

    /// <summary>A raw answer given by the test.</summary>
    Raw,

    /// <summary>The documented success body of the given success variant (index among success responses).</summary>
    SuccessVariant,

    /// <summary>A redirect (the status given) to the URL in <see cref="Fault.Body"/>.</summary>
    Redirect,

    /// <summary>
    /// A mirror: the documented success status (or the one given) with the request's own body and content type, or its
    /// query string as a form when it had no body, as a misconfigured proxy or a test echo server answers.
    /// </summary>
    Echo,
}

/// <summary>One injected fault.</summary>
public sealed record Fault(FaultKind Kind, int Status = 0, TimeSpan Delay = default, string? Body = null, string? ContentType = null, string? Code = null, int? RetryAfterSeconds = null, int Variant = 0)
{
    public static Fault ServerError(int status = 500) => new(FaultKind.ServerError, status);

    public static Fault RateLimited(int retryAfterSeconds) => new(FaultKind.RateLimited, 429, RetryAfterSeconds: retryAfterSeconds);

    public static Fault Slow(TimeSpan delay) => new(FaultKind.Slow, Delay: delay);

    public static Fault TruncatedConnection() => new(FaultKind.TruncatedConnection);

    public static Fault TruncatedBody() => new(FaultKind.TruncatedBody);

    public static Fault MalformedBody() => new(FaultKind.MalformedBody);

    public static Fault UnknownStatus(int status) => new(FaultKind.UnknownStatus, status);

    public static Fault ExtraFields() => new(FaultKind.ExtraFields);

    /// <summary>A documented error with <paramref name="code"/>; <paramref name="status"/> 0 lets the gateway pick the documented HTTP status.</summary>
    public static Fault Error(string code, int status = 0) => new(FaultKind.DocumentedError, status, Code: code);

    public static Fault Raw(int status, string? contentType, string body) => new(FaultKind.Raw, status, Body: body, ContentType: contentType);

    public static Fault Redirect(int status, string location) => new(FaultKind.Redirect, status, Body: location);

    public static Fault SuccessShape(int index) => new(FaultKind.SuccessVariant, Variant: index);

    /// <summary>The request echoed back (see <see cref="FaultKind.Echo"/>); <paramref name="status"/> 0 uses the documented success status.</summary>
    public static Fault Echo(int status = 0) => new(FaultKind.Echo, status);
}
