using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using SpecGen.Runtime.Telemetry;

namespace SpecGen.Runtime.Http;

/// <summary>
/// Writes what happened to each attempt to the configured <see cref="ILogger"/> (events 3100-3105) and to the
/// plain <see cref="GatewayClientOptions.Log"/> line, scrubbed. With neither configured it does nothing,
/// and builds no scrubber.
/// </summary>
internal sealed class AttemptLog
{
    private readonly GatewayClientOptions _options;
    private readonly ScrubberCache _scrubbers;
    private readonly string _gateway;

    public AttemptLog(GatewayClientOptions options, ScrubberCache scrubbers, string gateway)
    {
        _options = options;
        _scrubbers = scrubbers;
        _gateway = gateway;
    }

    private SecretScrubber Scrubber => _scrubbers.For(_options.Credentials);

    /// <summary>
    /// The start of an attempt, for the durations its log lines report; 0 (no clock read) when nothing logs. A log
    /// configured while the attempt runs then reports 0 ms.
    /// </summary>
    public long Start() => _options.Logger is null && _options.Log is null ? 0 : Stopwatch.GetTimestamp();

    public static long Elapsed(long started) => started == 0 ? 0 : (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    public void Refused(OperationInfo op, int violations)
    {
        if (_options.Logger is { } logger) GatewayLog.RequestRefused(logger, _gateway, op.Name, violations);
    }

    public void Attempt(OperationInfo op, PreparedRequest request, int attempt, int? status, long started, ApiError? error)
    {
        if (_options.Logger is { } logger)
        {
            if (error is null)
            {
                if (logger.IsEnabled(LogLevel.Debug)) GatewayLog.AttemptSucceeded(logger, _gateway, op.Name, request.Method.Method, Scrubber.Url(request.Url), attempt, status ?? 0, Elapsed(started));
            }
            else if (error.Kind == ApiErrorKind.Redirect)
            {
                GatewayLog.RedirectRefused(logger, _gateway, op.Name, error.Location ?? "(unknown)");
            }
            else if (logger.IsEnabled(LogLevel.Warning))
            {
                GatewayLog.AttemptFailed(logger, _gateway, op.Name, request.Method.Method, Scrubber.Url(request.Url), attempt, status, Elapsed(started), GatewayTelemetry.OutcomeOf(error.Kind), error.Message);
            }
        }
        _options.Log?.Invoke(Line(request, attempt, status, started, error, null));
    }

    public void Cancelled(OperationInfo op, PreparedRequest request, int attempt, long started)
    {
        if (_options.Logger is { } logger) GatewayLog.Cancelled(logger, _gateway, op.Name, request.Method.Method, Scrubber.Url(request.Url), attempt, Elapsed(started));
        _options.Log?.Invoke(Line(request, attempt, null, started, null, "cancelled"));
    }

    public void Retry(OperationInfo op, int attempts, TimeSpan delay, ApiError error)
    {
        if (_options.Logger is { } logger) GatewayLog.Retrying(logger, _gateway, op.Name, attempts, (long)delay.TotalMilliseconds, GatewayTelemetry.OutcomeOf(error.Kind));
        _options.Log?.Invoke(Scrubber.Text(op.Name + " retry " + attempts.ToString(CultureInfo.InvariantCulture) + " in " + ((long)delay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " ms after " + error.Kind));
    }

    private string Line(PreparedRequest request, int attempt, int? status, long started, ApiError? error, string? note)
    {
        var sb = new StringBuilder(request.Method.Method).Append(' ').Append(Scrubber.Url(request.Url))
            .Append(" attempt ").Append(attempt.ToString(CultureInfo.InvariantCulture))
            .Append(" -> ").Append(status?.ToString(CultureInfo.InvariantCulture) ?? "no answer")
            .Append(" in ").Append(Elapsed(started).ToString(CultureInfo.InvariantCulture)).Append(" ms");
        if (error is not null) sb.Append(": ").Append(error.Kind).Append(' ').Append(error.Message);
        if (note is not null) sb.Append(" (").Append(note).Append(')');
        return Scrubber.Text(sb.ToString());
    }
}
