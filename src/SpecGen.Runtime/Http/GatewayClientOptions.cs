namespace SpecGen.Runtime.Http;

/// <summary>Settings of a generated gateway client.</summary>
public sealed class GatewayClientOptions
{
    /// <summary>
    /// The base URL (e.g. a test server). When null, the <c>HttpClient.BaseAddress</c> is used if set,
    /// else the spec's <c>base_url</c>. Endpoint paths are appended to it (its own path is kept).
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The credentials, of the scheme the spec declares.</summary>
    public Credentials? Credentials { get; set; }

    /// <summary>
    /// The response body format asked for when the spec lets the caller choose (its
    /// <c>response_format</c> parameter): JSON by default. A request that sets the parameter itself wins.
    /// </summary>
    public WireFormat ResponseFormat { get; set; } = WireFormat.Json;

    /// <summary>
    /// For the bearer scheme: send the token as the spec's query parameter (e.g. <c>access_token</c>)
    /// instead of the header. Off by default; use it only when a header cannot be sent.
    /// </summary>
    public bool SendTokenInQuery { get; set; }

    /// <summary>Time allowed for one attempt, up to the end of the body (headers for downloads). Default 100 s; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> disables it.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Retries for idempotent calls (GET) only; null (the default) never retries. A send is never retried.</summary>
    public RetryPolicy? Retry { get; set; }

    /// <summary>Largest response body read as text (bytes); larger bodies are a <see cref="ApiErrorKind.MalformedResponse"/>. Default 16 MiB.</summary>
    public long MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// Receives one line per attempt (method, URL, status, elapsed time). Credential values are
    /// replaced by <c>***</c> before the line is written.
    /// </summary>
    public Action<string>? Log { get; set; }

    /// <summary>
    /// Receives the client's log events (IDs 3100-3105, see <c>docs/telemetry.md</c>), credentials scrubbed.
    /// Null (the default) logs nothing. Traces and metrics need no setting: see <see cref="Telemetry.GatewayTelemetry"/>.
    /// </summary>
    public Microsoft.Extensions.Logging.ILogger? Logger { get; set; }

    /// <summary>
    /// For specs that declare a <c>method_override</c> parameter (e.g. <c>_method</c>): send every call that
    /// is not a GET as a GET, with the declared method in that query parameter and the parameters in the
    /// query string, for callers that cannot send POST or DELETE. Off by default; the declared method still
    /// decides retries (a tunnelled send is never repeated). Ignored when the spec declares no override.
    /// </summary>
    public bool UseMethodOverride { get; set; }
}

/// <summary>
/// Retries of idempotent (GET) calls after a 5xx, a 429, a timeout or a connection failure, with
/// exponential back-off and respect for <c>Retry-After</c>. The transport never applies it to any
/// other method: retrying a send could deliver the message twice.
/// </summary>
public sealed class RetryPolicy
{
    /// <summary>Retries after the first attempt (default 2).</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Delay before the first retry; doubled for each further one (default 200 ms).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest delay waited, including a server's <c>Retry-After</c> (default 30 s). A longer Retry-After ends the retries.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retry after HTTP 429 (default true).</summary>
    public bool RetryOnRateLimit { get; set; } = true;

    /// <summary>Retry after a timeout (default true).</summary>
    public bool RetryOnTimeout { get; set; } = true;

    internal bool ShouldRetry(ApiError error) => error.Kind switch
    {
        ApiErrorKind.ServerError => true,
        ApiErrorKind.Transport => true,
        ApiErrorKind.RateLimited => RetryOnRateLimit,
        ApiErrorKind.Timeout => RetryOnTimeout,
        _ => false,
    };

    internal TimeSpan? DelayBefore(int retry, ApiError error)
    {
        var delay = TimeSpan.FromTicks(BaseDelay.Ticks * (1L << Math.Min(retry, 20)));
        if (error.RetryAfter is { } after)
        {
            if (after > MaxDelay) return null;
            if (after > delay) delay = after;
        }
        return delay > MaxDelay ? MaxDelay : delay;
    }
}
