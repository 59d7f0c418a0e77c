using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;
using SpecGen.Runtime.Http;

namespace SpecGen.Runtime.Telemetry;

/// <summary>
/// The names SpecGen clients publish traces and metrics under (documented in <c>docs/telemetry.md</c>).
/// Subscribe with OpenTelemetry (<c>AddSource(GatewayTelemetry.ActivitySourceName)</c>,
/// <c>AddMeter(GatewayTelemetry.MeterName)</c>) or an <see cref="ActivityListener"/>/<see cref="MeterListener"/>.
/// No tag ever holds a credential, a parameter value or a message text.
/// </summary>
public static class GatewayTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> name: one span per operation call (all its attempts).</summary>
    public const string ActivitySourceName = "SpecGen.Gateway";

    /// <summary>The <see cref="Meter"/> name.</summary>
    public const string MeterName = "SpecGen.Gateway";

    /// <summary>Counter of operation calls, by gateway, operation and outcome (unit <c>{call}</c>).</summary>
    public const string CallsInstrument = "specgen.gateway.calls";

    /// <summary>Counter of failed operation calls, by gateway, operation and <c>error.type</c> (unit <c>{call}</c>).</summary>
    public const string FailuresInstrument = "specgen.gateway.failures";

    /// <summary>Histogram of operation call duration in seconds, retries and waits included (unit <c>s</c>).</summary>
    public const string DurationInstrument = "specgen.gateway.call.duration";

    /// <summary>Tag: the spec's provider and version, e.g. <c>acme/v1</c>.</summary>
    public const string GatewayTag = "specgen.gateway";

    /// <summary>Tag: the spec's operation name, e.g. <c>send_sms</c>.</summary>
    public const string OperationTag = "specgen.operation";

    /// <summary>Tag: <c>success</c> or the <see cref="ApiErrorKind"/> in snake case (e.g. <c>rejected</c>).</summary>
    public const string OutcomeTag = "specgen.outcome";

    /// <summary>Tag: the documented gateway code of a failure (only codes the spec's code table lists).</summary>
    public const string ErrorCodeTag = "specgen.error.code";

    /// <summary>Tag: how many HTTP requests the call sent.</summary>
    public const string AttemptsTag = "specgen.attempts";

    /// <summary>OpenTelemetry semantic convention: the HTTP method sent.</summary>
    public const string HttpMethodTag = "http.request.method";

    /// <summary>OpenTelemetry semantic convention: the HTTP status of the last answer.</summary>
    public const string HttpStatusTag = "http.response.status_code";

    /// <summary>OpenTelemetry semantic convention: the failure class (the outcome of a failed call).</summary>
    public const string ErrorTypeTag = "error.type";

    /// <summary>OpenTelemetry semantic convention: the gateway's host name.</summary>
    public const string ServerAddressTag = "server.address";

    /// <summary>The library version (without build metadata), as sent in the User-Agent.</summary>
    public static string LibraryVersion { get; } = ReadVersion();

    internal static ActivitySource Source { get; } = new(ActivitySourceName, LibraryVersion);

    internal static Meter Meter { get; } = new(MeterName, LibraryVersion);

    internal static Counter<long> Calls { get; } = Meter.CreateCounter<long>(CallsInstrument, "{call}", "Gateway operation calls, by outcome.");

    internal static Counter<long> Failures { get; } = Meter.CreateCounter<long>(FailuresInstrument, "{call}", "Failed gateway operation calls, by error type.");

    internal static Histogram<double> Duration { get; } = Meter.CreateHistogram<double>(DurationInstrument, "s", "Duration of gateway operation calls, retries included.");

    /// <summary>The outcome tag value of a result: <c>success</c> or the error kind in snake case.</summary>
    public static string OutcomeOf(ApiErrorKind? kind) => kind switch
    {
        null => "success",
        ApiErrorKind.InvalidRequest => "invalid_request",
        ApiErrorKind.Rejected => "rejected",
        ApiErrorKind.Unauthorized => "unauthorized",
        ApiErrorKind.Forbidden => "forbidden",
        ApiErrorKind.NotFound => "not_found",
        ApiErrorKind.NotAcceptable => "not_acceptable",
        ApiErrorKind.RateLimited => "rate_limited",
        ApiErrorKind.ServerError => "server_error",
        ApiErrorKind.UnexpectedStatus => "unexpected_status",
        ApiErrorKind.MalformedResponse => "malformed_response",
        ApiErrorKind.Timeout => "timeout",
        ApiErrorKind.Transport => "transport",
        ApiErrorKind.Redirect => "redirect",
        _ => "other",
    };

    private static string ReadVersion()
    {
        var assembly = typeof(GatewayTelemetry).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus >= 0 ? version.Substring(0, plus) : version;
    }
}
