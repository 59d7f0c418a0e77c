using Microsoft.Extensions.Logging;

namespace SpecGen.Runtime.Telemetry;

/// <summary>
/// The log events of generated clients (source-generated, allocation-free when disabled). Event IDs are
/// stable and documented in <c>docs/telemetry.md</c>; every URL and message is scrubbed of credentials first.
/// </summary>
internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 3100, EventName = "AttemptSucceeded", Level = LogLevel.Debug,
        Message = "{Gateway} {Operation}: {Method} {Url} attempt {Attempt} -> {StatusCode} in {ElapsedMs} ms")]
    public static partial void AttemptSucceeded(ILogger logger, string gateway, string operation, string method, string url, int attempt, int statusCode, long elapsedMs);

    [LoggerMessage(EventId = 3101, EventName = "AttemptFailed", Level = LogLevel.Warning,
        Message = "{Gateway} {Operation}: {Method} {Url} attempt {Attempt} -> {StatusCode} in {ElapsedMs} ms: {ErrorKind} {ErrorMessage}")]
    public static partial void AttemptFailed(ILogger logger, string gateway, string operation, string method, string url, int attempt, int? statusCode, long elapsedMs, string errorKind, string errorMessage);

    [LoggerMessage(EventId = 3102, EventName = "Retrying", Level = LogLevel.Information,
        Message = "{Gateway} {Operation}: retry {Retry} in {DelayMs} ms after {ErrorKind}")]
    public static partial void Retrying(ILogger logger, string gateway, string operation, int retry, long delayMs, string errorKind);

    [LoggerMessage(EventId = 3103, EventName = "RequestRefused", Level = LogLevel.Warning,
        Message = "{Gateway} {Operation}: not sent, {ViolationCount} rule(s) broken")]
    public static partial void RequestRefused(ILogger logger, string gateway, string operation, int violationCount);

    [LoggerMessage(EventId = 3104, EventName = "RedirectRefused", Level = LogLevel.Warning,
        Message = "{Gateway} {Operation}: the server redirected the call to {Location}; redirects are not followed")]
    public static partial void RedirectRefused(ILogger logger, string gateway, string operation, string location);

    [LoggerMessage(EventId = 3105, EventName = "Cancelled", Level = LogLevel.Debug,
        Message = "{Gateway} {Operation}: {Method} {Url} attempt {Attempt} cancelled by the caller after {ElapsedMs} ms")]
    public static partial void Cancelled(ILogger logger, string gateway, string operation, string method, string url, int attempt, long elapsedMs);
}
