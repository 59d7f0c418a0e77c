using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading.Tasks;
using SpecGen.Runtime.Http;
using SpecGen.Runtime.Telemetry;
using SpecGen.Testing.Gateway;
using Xunit;

namespace SpecGen.Clients.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry (alone: listeners are process-wide)";
}

/// <summary>
/// One span per operation call and the call metrics, with the documented names and tags, and no secret or
/// message text in any of them. Runs alone so that the process-wide listeners see only these calls.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests : IClassFixture<GatewayFixture>
{
    private readonly GatewayFixture _f;

    public TelemetryTests(GatewayFixture fixture)
    {
        _f = fixture;
        _f.Gateway.ClearFaults();
    }

    private sealed class Recorder : IDisposable
    {
        private readonly ActivityListener _activities;
        private readonly MeterListener _meters = new();

        public Recorder()
        {
            _activities = new ActivityListener
            {
                ShouldListenTo = s => s.Name == GatewayTelemetry.ActivitySourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = a => { lock (Spans) Spans.Add(a); },
            };
            ActivitySource.AddActivityListener(_activities);
            _meters.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == GatewayTelemetry.MeterName) listener.EnableMeasurementEvents(instrument);
            };
            _meters.SetMeasurementEventCallback<long>((i, v, tags, _) => Add(i, v, tags));
            _meters.SetMeasurementEventCallback<double>((i, v, tags, _) => Add(i, v, tags));
            _meters.Start();
        }

        public List<Activity> Spans { get; } = new();

        public List<(string Instrument, string? Unit, double Value, Dictionary<string, object?> Tags)> Measurements { get; } = new();

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = new Dictionary<string, object?>();
            foreach (var t in tags) copy[t.Key] = t.Value;
            lock (Measurements) Measurements.Add((instrument.Name, instrument.Unit, value, copy));
        }

        public void Dispose()
        {
            _activities.Dispose();
            _meters.Dispose();
        }
    }

    [Fact]
    public async Task A_successful_send_gives_one_span_and_the_call_metrics()
    {
        using var recorder = new Recorder();
        using var result = await _f.MoceanV2().SendSmsAsync(new Mocean.V2.SendSmsRequest { From = "SPECGEN", To = ["60123456789"], Text = "telemetry" });
        Assert.True(result.IsSuccess, result.ToString());

        var span = Assert.Single(recorder.Spans);
        Assert.Equal("send_sms", span.OperationName);
        Assert.Equal("mocean/v2 send_sms", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Equal("mocean/v2", span.GetTagItem(GatewayTelemetry.GatewayTag));
        Assert.Equal("send_sms", span.GetTagItem(GatewayTelemetry.OperationTag));
        Assert.Equal("POST", span.GetTagItem(GatewayTelemetry.HttpMethodTag));
        Assert.Equal(202, span.GetTagItem(GatewayTelemetry.HttpStatusTag));
        Assert.Equal("success", span.GetTagItem(GatewayTelemetry.OutcomeTag));
        Assert.Equal(1, span.GetTagItem(GatewayTelemetry.AttemptsTag));
        Assert.Null(span.GetTagItem(GatewayTelemetry.ErrorTypeTag));

        var call = Assert.Single(recorder.Measurements, m => m.Instrument == GatewayTelemetry.CallsInstrument);
        Assert.Equal(1, call.Value);
        Assert.Equal("{call}", call.Unit);
        Assert.Equal("success", call.Tags[GatewayTelemetry.OutcomeTag]);
        Assert.Equal("send_sms", call.Tags[GatewayTelemetry.OperationTag]);
        var duration = Assert.Single(recorder.Measurements, m => m.Instrument == GatewayTelemetry.DurationInstrument);
        Assert.Equal("s", duration.Unit);
        Assert.InRange(duration.Value, 0, 10);
        Assert.DoesNotContain(recorder.Measurements, m => m.Instrument == GatewayTelemetry.FailuresInstrument);
    }

    [Fact]
    public async Task A_rejected_send_is_tagged_with_its_kind_and_documented_code_and_no_secret_or_message()
    {
        using var recorder = new Recorder();
        var secret = _f.Gateway.Options.ExpectedField("mocean-api-secret");
        var message = "Rejected because " + secret;
        _f.Gateway.Inject(Fault.Raw(202, "application/json", "{\"messages\":[{\"status\":28,\"receiver\":\"60123456789\",\"err_msg\":\"" + message + "\"}]}"), "mocean/v2/send_sms", times: 1);
        using var result = await _f.MoceanV2().SendSmsAsync(new Mocean.V2.SendSmsRequest { From = "SPECGEN", To = ["60123456789"], Text = "telemetry" });
        Assert.Equal(ApiErrorKind.Rejected, result.Error!.Kind);

        var span = Assert.Single(recorder.Spans);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Null(span.StatusDescription);
        Assert.Equal("rejected", span.GetTagItem(GatewayTelemetry.OutcomeTag));
        Assert.Equal("rejected", span.GetTagItem(GatewayTelemetry.ErrorTypeTag));
        Assert.Equal("28", span.GetTagItem(GatewayTelemetry.ErrorCodeTag));
        var failure = Assert.Single(recorder.Measurements, m => m.Instrument == GatewayTelemetry.FailuresInstrument);
        Assert.Equal("rejected", failure.Tags[GatewayTelemetry.ErrorTypeTag]);
        Assert.Equal("28", failure.Tags[GatewayTelemetry.ErrorCodeTag]);

        var everything = string.Join("\n", span.TagObjects.Select(t => t.Key + "=" + t.Value)
            .Concat(new[] { span.DisplayName, span.OperationName, span.StatusDescription ?? string.Empty })
            .Concat(span.Events.Select(e => e.Name))
            .Concat(recorder.Measurements.SelectMany(m => m.Tags.Select(t => t.Key + "=" + t.Value))));
        Assert.DoesNotContain(secret, everything);
        Assert.DoesNotContain(_f.Gateway.Options.ExpectedField("mocean-api-key"), everything);
        Assert.DoesNotContain("Rejected because", everything);
        Assert.DoesNotContain("telemetry", everything); // no parameter value
    }

    [Fact]
    public async Task A_refused_request_and_a_retried_GET_are_each_one_span()
    {
        using var recorder = new Recorder();
        using var invalid = await _f.MoceanV2(o => o.Credentials = null).SendSmsAsync(new Mocean.V2.SendSmsRequest { From = "SPECGEN", To = ["60123456789"], Text = "x" });
        Assert.Equal(ApiErrorKind.InvalidRequest, invalid.Error!.Kind);
        _f.Gateway.Inject(Fault.ServerError(503), "mocean/v2/balance", times: 2);
        using var retried = await _f.MoceanV2(o => o.Retry = new RetryPolicy { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1) }).BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.True(retried.IsSuccess, retried.ToString());

        Assert.Equal(2, recorder.Spans.Count);
        Assert.Equal("invalid_request", recorder.Spans[0].GetTagItem(GatewayTelemetry.OutcomeTag));
        Assert.Null(recorder.Spans[0].GetTagItem(GatewayTelemetry.HttpStatusTag));
        Assert.Equal(3, recorder.Spans[1].GetTagItem(GatewayTelemetry.AttemptsTag));
        Assert.Equal("success", recorder.Spans[1].GetTagItem(GatewayTelemetry.OutcomeTag));
        Assert.Equal(2, recorder.Measurements.Count(m => m.Instrument == GatewayTelemetry.CallsInstrument));
    }

    [Fact]
    public async Task Log_events_have_their_documented_ids_and_no_secret()
    {
        var logger = new ListLogger();
        _f.Gateway.Inject(Fault.ServerError(503), "mocean/v2/balance", times: 1);
        using var result = await _f.MoceanV2(o => { o.Logger = logger; o.Retry = new RetryPolicy { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(1) }; }).BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.True(result.IsSuccess, result.ToString());
        using var invalid = await _f.MoceanV2(o => { o.Logger = logger; o.Credentials = null; }).SendSmsAsync(new Mocean.V2.SendSmsRequest { From = "SPECGEN", To = ["60123456789"], Text = "x" });
        Assert.Equal(ApiErrorKind.InvalidRequest, invalid.Error!.Kind);
        var ids = logger.Entries.Select(e => (e.Id.Id, e.Id.Name)).ToList();
        Assert.Equal(new[] { (3101, "AttemptFailed"), (3102, "Retrying"), (3100, "AttemptSucceeded"), (3103, "RequestRefused") }, ids.Select(i => (i.Id, i.Name!)).ToArray());
        var text = string.Join("\n", logger.Entries.Select(e => e.Text));
        Assert.Contains("mocean-api-secret=***", text);
        Assert.DoesNotContain(_f.Gateway.Options.ExpectedField("mocean-api-secret"), text);
        Assert.DoesNotContain(_f.Gateway.Options.ExpectedField("mocean-api-key"), text);
    }
}
