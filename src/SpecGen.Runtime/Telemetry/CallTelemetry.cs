using System.Diagnostics;
using SpecGen.Runtime.Http;

namespace SpecGen.Runtime.Telemetry;

/// <summary>
/// The span tags and the metrics of one operation call: names, statuses and documented codes only, never a
/// value, a credential or a message text. Costs nothing when no listener is attached.
/// </summary>
internal static class CallTelemetry
{
    /// <param name="activity">The call's span, or null when nobody listens.</param>
    /// <param name="gateway">The spec's provider and version.</param>
    /// <param name="host">The gateway host, when known.</param>
    /// <param name="op">The operation.</param>
    /// <param name="completed">False when the caller cancelled (no result).</param>
    /// <param name="error">The call's error, null on success.</param>
    /// <param name="attempts">HTTP requests sent.</param>
    /// <param name="status">The last HTTP status, when answered.</param>
    /// <param name="started">The call's start timestamp.</param>
    public static void Record(Activity? activity, string gateway, string? host, OperationInfo op, bool completed, ApiError? error, int attempts, int? status, long started)
    {
        var outcome = completed ? GatewayTelemetry.OutcomeOf(error?.Kind) : "cancelled";
        var failed = error is not null || !completed;
        var knownCode = error?.Code is { IsKnown: true } code ? code.Raw : null;
        if (activity is not null)
        {
            activity.DisplayName = gateway + " " + op.Name;
            activity.SetTag(GatewayTelemetry.GatewayTag, gateway);
            activity.SetTag(GatewayTelemetry.OperationTag, op.Name);
            activity.SetTag(GatewayTelemetry.HttpMethodTag, op.Method);
            if (host is not null) activity.SetTag(GatewayTelemetry.ServerAddressTag, host);
            if (status is { } s) activity.SetTag(GatewayTelemetry.HttpStatusTag, s);
            activity.SetTag(GatewayTelemetry.OutcomeTag, outcome);
            if (completed) activity.SetTag(GatewayTelemetry.AttemptsTag, attempts);
            if (failed)
            {
                activity.SetTag(GatewayTelemetry.ErrorTypeTag, outcome);
                if (knownCode is not null) activity.SetTag(GatewayTelemetry.ErrorCodeTag, knownCode);
                activity.SetStatus(ActivityStatusCode.Error);
            }
        }
        var calls = GatewayTelemetry.Calls;
        var failures = GatewayTelemetry.Failures;
        var duration = GatewayTelemetry.Duration;
        if (!calls.Enabled && !failures.Enabled && !duration.Enabled) return;
        var tags = new TagList
        {
            { GatewayTelemetry.GatewayTag, gateway },
            { GatewayTelemetry.OperationTag, op.Name },
            { GatewayTelemetry.HttpMethodTag, op.Method },
            { GatewayTelemetry.OutcomeTag, outcome },
        };
        if (status is { } answered) tags.Add(GatewayTelemetry.HttpStatusTag, answered);
        if (failed) tags.Add(GatewayTelemetry.ErrorTypeTag, outcome);
        calls.Add(1, tags);
        if (failed)
        {
            var failureTags = new TagList
            {
                { GatewayTelemetry.GatewayTag, gateway },
                { GatewayTelemetry.OperationTag, op.Name },
                { GatewayTelemetry.ErrorTypeTag, outcome },
            };
            if (knownCode is not null) failureTags.Add(GatewayTelemetry.ErrorCodeTag, knownCode);
            failures.Add(1, failureTags);
        }
        duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
    }
}
