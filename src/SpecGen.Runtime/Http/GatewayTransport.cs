using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using SpecGen.Runtime.Telemetry;
using SpecGen.Runtime.Validation;

namespace SpecGen.Runtime.Http;

/// <summary>
/// The provider-agnostic HTTP engine of generated clients. A call is validated, built once
/// (<see cref="RequestBuilder"/>), sent by a thin attempt loop (retries only for calls the spec or HTTP
/// calls idempotent), and each answer is classified by <see cref="ResponseClassifier"/> into a typed
/// <see cref="ApiResult{T}"/>. It never throws for what the server does; only the caller's cancellation
/// surfaces as <see cref="OperationCanceledException"/>. Redirects are never followed.
/// </summary>
public sealed class GatewayTransport
{
    private static readonly string UserAgent = new ProductInfoHeaderValue("SpecGen", GatewayTelemetry.LibraryVersion).ToString();

    private readonly HttpClient _http;
    private readonly GatewayClientOptions _options;
    private readonly Uri? _defaultBaseAddress;
    private readonly AuthInfo _auth;
    private readonly ResponseFormatInfo? _format;
    private readonly string _gateway;
    private readonly ScrubberCache _scrubbers;
    private readonly ResponseClassifier _classifier;
    private readonly UrlCache _urls = new();
    private readonly AttemptLog _log;
    private CancellationTokenSource? _spareTimeout;
    private Credentials? _acceptedCredentials;

    /// <summary>Creates the transport of one client.</summary>
    /// <param name="http">The injected client (e.g. from <c>IHttpClientFactory</c>); never disposed here. Give it a handler that does not follow redirects (<see cref="CreateHandler"/>).</param>
    /// <param name="options">Settings, read on every call (changes apply to later calls).</param>
    /// <param name="defaultBaseAddress">The spec's <c>base_url</c>.</param>
    /// <param name="auth">The spec's auth scheme.</param>
    /// <param name="format">The spec's response-format parameter, if any.</param>
    /// <param name="gateway">The spec's provider and version (<c>acme/v1</c>), for logs and telemetry.</param>
    /// <param name="methodOverride">The spec's <c>method_override</c> query parameter, if it declares one.</param>
    public GatewayTransport(HttpClient http, GatewayClientOptions? options, Uri? defaultBaseAddress, AuthInfo? auth, ResponseFormatInfo? format, string? gateway = null, string? methodOverride = null)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _options = options ?? new GatewayClientOptions();
        _defaultBaseAddress = defaultBaseAddress;
        _auth = auth ?? AuthInfo.None;
        _format = format;
        _gateway = gateway ?? defaultBaseAddress?.Host ?? "gateway";
        MethodOverride = methodOverride;
        _scrubbers = new ScrubberCache(_auth);
        _classifier = new ResponseClassifier(_options, _scrubbers);
        _log = new AttemptLog(_options, _scrubbers, _gateway);
    }

    /// <summary>The settings in use.</summary>
    public GatewayClientOptions Options => _options;

    /// <summary>The base address calls go to.</summary>
    public Uri? BaseAddress => _options.BaseAddress ?? _http.BaseAddress ?? _defaultBaseAddress;

    /// <summary>The spec's provider and version, as logs and telemetry name the gateway.</summary>
    public string Gateway => _gateway;

    /// <summary>The spec's method-override query parameter (used when <see cref="GatewayClientOptions.UseMethodOverride"/> is set), or null.</summary>
    public string? MethodOverride { get; }

    /// <summary>
    /// The primary handler to give a gateway <see cref="HttpClient"/> (for example with
    /// <c>AddHttpClient&lt;TClient&gt;().ConfigurePrimaryHttpMessageHandler(GatewayTransport.CreateHandler)</c>):
    /// it never follows redirects, so credentials and a send's body never go anywhere twice. With a handler
    /// that follows redirects the transport still refuses to resend a body and never reports a redirected
    /// answer as a success, but a followed GET has then already been sent.
    /// </summary>
    public static HttpMessageHandler CreateHandler() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

    /// <summary>Validates, sends (with retries for idempotent calls when a policy is set) and maps the answer.</summary>
    public async Task<ApiResult<T>> SendAsync<T>(GatewayCall call, CancellationToken cancellationToken = default) where T : class
    {
        if (call is null) throw new ArgumentNullException(nameof(call));
        var op = call.Operation;
        var started = Stopwatch.GetTimestamp();
        using var activity = GatewayTelemetry.Source.StartActivity(op.Name, ActivityKind.Client);
        ApiResult<T>? result = null;
        int? status = null;
        try
        {
            if (Refused(call) is { } violations)
            {
                _log.Refused(op, violations.Count);
                return result = ApiResult<T>.Invalid(violations);
            }

            var request = RequestBuilder.Build(call, BaseAddress!, _options, _auth, _format, MethodOverride, _urls);
            var retry = op.IsIdempotent ? _options.Retry : null;
            var attempts = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                attempts++;
                var (outcome, answered) = await AttemptAsync(op, request, attempts, cancellationToken).ConfigureAwait(false);
                status = answered;
                if (outcome.Error is null) return result = ApiResult<T>.Ok((T)outcome.Value!, answered ?? 0, attempts);
                var error = outcome.Error;
                if (retry is not null && attempts <= retry.MaxRetries && retry.ShouldRetry(error) && retry.DelayBefore(attempts - 1, error) is { } delay)
                {
                    _log.Retry(op, attempts, delay, error);
                    await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                return result = ApiResult<T>.Fail(error, attempts);
            }
        }
        finally
        {
            CallTelemetry.Record(activity, _gateway, BaseAddress is { IsAbsoluteUri: true } address ? address.Host : null, op, result is not null, result?.Error, result?.Attempts ?? 0, status, started);
        }
    }

    private List<Violation>? Refused(GatewayCall call)
    {
        List<Violation>? violations = call.Validation.IsValid ? null : new List<Violation>(call.Validation.Violations);
        // Credentials are immutable and the auth scheme is fixed: an instance that passed once passes again.
        var credentials = _options.Credentials;
        if (credentials is null || !ReferenceEquals(credentials, Volatile.Read(ref _acceptedCredentials)))
        {
            var before = violations?.Count ?? 0;
            CredentialsCheck.Check(_auth, credentials, ref violations);
            if (credentials is not null && (violations?.Count ?? 0) == before) Volatile.Write(ref _acceptedCredentials, credentials);
        }
        var baseAddress = BaseAddress;
        if (baseAddress is null || !baseAddress.IsAbsoluteUri) (violations ??= new List<Violation>()).Add(new Violation("base_url", "required", "no base URL: set GatewayClientOptions.BaseAddress or HttpClient.BaseAddress"));
        return violations;
    }

    /// <summary>One HTTP exchange: send, classify, and turn every failure of the exchange into a typed error.</summary>
    private async ValueTask<(Classified Outcome, int? Status)> AttemptAsync(OperationInfo op, PreparedRequest request, int attempt, CancellationToken cancellationToken)
    {
        var started = _log.Start();
        var timeout = _options.Timeout;
        var timed = timeout > TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan;
        CancellationTokenSource? timer = null;
        CancellationTokenRegistration link = default;
        var token = cancellationToken;
        if (timed)
        {
            // One reusable source per transport (reset after each attempt) instead of a linked source per call.
            timer = Interlocked.Exchange(ref _spareTimeout, null) ?? new CancellationTokenSource();
            timer.CancelAfter(timeout);
            if (cancellationToken.CanBeCanceled) link = cancellationToken.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), timer);
            token = timer.Token;
        }
        HttpResponseMessage? response = null;
        OnceContent? content = null;
        var keepResponse = false;
        try
        {
            using var message = request.CreateMessage(_http.DefaultRequestHeaders.NonValidated.Contains("User-Agent") ? null : UserAgent, out content);
            response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            var outcome = await _classifier.ClassifyAsync(op, request, response, token).ConfigureAwait(false);
            keepResponse = outcome.KeepResponse;
            var status = (int)response.StatusCode;
            _log.Attempt(op, request, attempt, status, started, outcome.Error);
            return (outcome, status);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _log.Cancelled(op, request, attempt, started);
            throw;
        }
        catch (OperationCanceledException)
        {
            var error = ApiError.TimedOut(timeout, response is null ? null : (int)response.StatusCode);
            _log.Attempt(op, request, attempt, null, started, error);
            return (Classified.Fail(error), null);
        }
        catch (Exception e) when (e is HttpRequestException || e is IOException || e is InvalidOperationException || e is System.Net.Sockets.SocketException)
        {
            var error = content?.RefusedResendTo is { } resendTo
                ? content.RefusedRedirect
                    ? ApiError.Redirected(null, Scrubber.Url(resendTo))
                    : ApiError.TransportFailed("the HttpClient's handler tried to send the request body a second time (a connection retry); it was not resent", null)
                : ApiError.TransportFailed(Scrubber.Text(Describe(e)), response is null ? null : (int)response.StatusCode);
            _log.Attempt(op, request, attempt, null, started, error);
            return (Classified.Fail(error), null);
        }
        finally
        {
            if (!keepResponse) response?.Dispose();
            if (timer is not null)
            {
                link.Dispose();
                if (!timer.TryReset() || Interlocked.CompareExchange(ref _spareTimeout, timer, null) is not null) timer.Dispose();
            }
        }
    }

    private SecretScrubber Scrubber => _scrubbers.For(_options.Credentials);

    private static string Describe(Exception e)
    {
        var sb = new StringBuilder(e.Message);
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException) sb.Append(" -> ").Append(inner.Message);
        return sb.ToString();
    }

}
