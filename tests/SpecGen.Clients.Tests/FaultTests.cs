using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SpecGen.Runtime.Http;
using SpecGen.Testing.Gateway;
using Xunit;

namespace SpecGen.Clients.Tests;

/// <summary>Every injected fault yields its documented typed outcome, and a send is never repeated.</summary>
public sealed class FaultTests : IClassFixture<GatewayFixture>
{
    private readonly GatewayFixture _f;

    public FaultTests(GatewayFixture fixture)
    {
        _f = fixture;
        _f.Gateway.ClearFaults();
    }

    private static Mocean.V2.SendSmsRequest Sms() => new() { From = "SPECGEN", To = ["60123456789"], Text = "Hello" };

    private static RetryPolicy FastRetry(int retries = 3) => new() { MaxRetries = retries, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromSeconds(2) };

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Server_error_on_a_send_is_a_typed_ServerError_and_is_sent_once_even_with_a_retry_policy(int status)
    {
        _f.Gateway.Inject(Fault.ServerError(status), "mocean/v2/send_sms");
        var before = _f.Gateway.Count("mocean/v2/send_sms");
        using var result = await _f.MoceanV2(o => o.Retry = FastRetry()).SendSmsAsync(Sms());
        Assert.False(result.IsSuccess);
        Assert.Equal(ApiErrorKind.ServerError, result.Error.Kind);
        Assert.Equal(status, result.Error.StatusCode);
        Assert.Equal(1, result.Attempts);
        Assert.Equal(before + 1, _f.Gateway.Count("mocean/v2/send_sms"));
    }

    [Fact]
    public async Task Server_error_on_a_GET_is_retried_by_the_policy_and_then_succeeds()
    {
        _f.Gateway.Inject(Fault.ServerError(503), "mocean/v2/balance", times: 2);
        var before = _f.Gateway.Count("mocean/v2/balance");
        using var result = await _f.MoceanV2(o => o.Retry = FastRetry()).BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(3, result.Attempts);
        Assert.Equal(before + 3, _f.Gateway.Count("mocean/v2/balance"));
    }

    [Fact]
    public async Task Server_error_on_a_GET_without_a_policy_is_not_retried()
    {
        _f.Gateway.Inject(Fault.ServerError(500), "mocean/v2/pricing", times: 1);
        var before = _f.Gateway.Count("mocean/v2/pricing");
        using var result = await _f.MoceanV2().PricingAsync(new Mocean.V2.PricingRequest());
        Assert.Equal(ApiErrorKind.ServerError, result.Error!.Kind);
        Assert.Equal(before + 1, _f.Gateway.Count("mocean/v2/pricing"));
    }

    [Fact]
    public async Task Retries_stop_after_MaxRetries()
    {
        _f.Gateway.Inject(Fault.ServerError(500), "oca/v1/list_sms");
        var before = _f.Gateway.Count("oca/v1/list_sms");
        using var result = await _f.OcaV1(o => o.Retry = FastRetry(2)).ListSmsAsync(new Oca.V1.ListSmsRequest());
        Assert.Equal(ApiErrorKind.ServerError, result.Error!.Kind);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(before + 3, _f.Gateway.Count("oca/v1/list_sms"));
    }

    [Fact]
    public async Task Rate_limit_carries_Retry_After_and_the_documented_code_and_a_send_is_not_retried()
    {
        _f.Gateway.Inject(Fault.RateLimited(7), "mocean/v2/send_sms", times: 1);
        var before = _f.Gateway.Count("mocean/v2/send_sms");
        using var result = await _f.MoceanV2(o => o.Retry = FastRetry()).SendSmsAsync(Sms());
        Assert.Equal(ApiErrorKind.RateLimited, result.Error!.Kind);
        Assert.Equal(429, result.Error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), result.Error.RetryAfter);
        Assert.Equal(Mocean.V2.SmsStatusCode.MessageThrottled, result.Error.Code!.As<Mocean.V2.SmsStatusCode>());
        Assert.Equal("Message throttled", result.Error.Message);
        Assert.Equal(before + 1, _f.Gateway.Count("mocean/v2/send_sms"));
    }

    [Fact]
    public async Task Rate_limit_on_a_GET_waits_Retry_After_then_retries()
    {
        _f.Gateway.Inject(Fault.RateLimited(1), "mocean/v2/message_status", times: 1);
        var watch = Stopwatch.StartNew();
        using var result = await _f.MoceanV2(o => o.Retry = FastRetry()).MessageStatusAsync(new Mocean.V2.MessageStatusRequest { Msgid = "m-1" });
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(2, result.Attempts);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.9), watch.Elapsed.ToString());
    }

    [Fact]
    public async Task Rate_limit_with_a_Retry_After_beyond_MaxDelay_is_returned_not_waited()
    {
        _f.Gateway.Inject(Fault.RateLimited(120), "mobtexting/v2/balance", times: 1);
        using var result = await _f.MobtextingV2(o => o.Retry = FastRetry()).BalanceAsync(new Mobtexting.V2.BalanceRequest());
        Assert.Equal(ApiErrorKind.RateLimited, result.Error!.Kind);
        Assert.Equal(TimeSpan.FromSeconds(120), result.Error.RetryAfter);
        Assert.Equal(1, result.Attempts);
    }

    [Fact]
    public async Task Slow_answer_past_the_timeout_is_a_typed_Timeout_and_the_send_is_not_repeated()
    {
        _f.Gateway.Inject(Fault.Slow(TimeSpan.FromSeconds(5)), "mocean/v2/send_whatsapp", times: 1);
        var before = _f.Gateway.Count("mocean/v2/send_whatsapp");
        var watch = Stopwatch.StartNew();
        using var result = await _f.MoceanV2(o => { o.Timeout = TimeSpan.FromMilliseconds(300); o.Retry = FastRetry(); }).SendWhatsappAsync(new Mocean.V2.SendWhatsappRequest
        {
            From = "60123456789",
            To = "60198765432",
            Content = new Mocean.V2.TextContent { Text = "hi" },
        });
        Assert.Equal(ApiErrorKind.Timeout, result.Error!.Kind);
        Assert.Null(result.Error.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), watch.Elapsed.ToString());
        Assert.Equal(1, result.Attempts);
        Assert.Equal(before + 1, _f.Gateway.Count("mocean/v2/send_whatsapp"));
    }

    [Fact]
    public async Task Slow_GET_is_retried_after_a_timeout_when_the_policy_allows()
    {
        _f.Gateway.Inject(Fault.Slow(TimeSpan.FromSeconds(30)), "oca/v1/sms_status", times: 1);
        using var result = await _f.OcaV1(o => { o.Timeout = TimeSpan.FromSeconds(2); o.Retry = FastRetry(); }).SmsStatusAsync(new Oca.V1.SmsStatusRequest { SmsId = "s-1" });
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(2, result.Attempts);
    }

    [Fact]
    public async Task Callers_cancellation_throws_and_is_not_a_timeout()
    {
        _f.Gateway.Inject(Fault.Slow(TimeSpan.FromSeconds(5)), "mocean/v2/verify_check", times: 1);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _f.MoceanV2().VerifyCheckAsync(new Mocean.V2.VerifyCheckRequest { Reqid = "r", Code = "1" }, cts.Token));
    }

    [Fact]
    public async Task Connection_dropped_mid_body_is_a_Transport_error_sent_once()
    {
        _f.Gateway.Inject(Fault.TruncatedConnection(), "mocean/v2/send_sms", times: 1);
        var before = _f.Gateway.Count("mocean/v2/send_sms");
        using var result = await _f.MoceanV2(o => o.Retry = FastRetry()).SendSmsAsync(Sms());
        Assert.Equal(ApiErrorKind.Transport, result.Error!.Kind);
        Assert.Equal(before + 1, _f.Gateway.Count("mocean/v2/send_sms"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Truncated_body_is_a_MalformedResponse(bool xml)
    {
        _f.Gateway.Inject(Fault.TruncatedBody(), "mocean/v2/verify_request", times: 1);
        using var result = await _f.MoceanV2(o => o.ResponseFormat = xml ? WireFormat.Xml : WireFormat.Json).VerifyRequestAsync(new Mocean.V2.VerifyRequest { To = "60123456789", Brand = "B" });
        Assert.Equal(ApiErrorKind.MalformedResponse, result.Error!.Kind);
        Assert.Contains(xml ? "XML" : "JSON", result.Error.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Malformed_body_is_a_MalformedResponse(bool xml)
    {
        _f.Gateway.Inject(Fault.MalformedBody(), "mocean/v1/send_sms", times: 1);
        using var result = await _f.MoceanV1(o => o.ResponseFormat = xml ? WireFormat.Xml : WireFormat.Json).SendSmsAsync(new Mocean.V1.SendSmsRequest { From = "A", To = ["60123456789"], Text = "x" });
        Assert.Equal(ApiErrorKind.MalformedResponse, result.Error!.Kind);
    }

    [Fact]
    public async Task A_json_body_that_is_not_an_object_is_a_MalformedResponse()
    {
        _f.Gateway.Inject(Fault.Raw(200, "application/json", "[1,2,3]"), "oca/v1/send_sms", times: 1);
        using var result = await _f.OcaV1().SendSmsAsync(new Oca.V1.SendSmsRequest { Phone = "62812", Message = "m" });
        Assert.Equal(ApiErrorKind.MalformedResponse, result.Error!.Kind);
    }

    [Theory]
    [InlineData(299)]
    [InlineData(418)]
    [InlineData(451)]
    [InlineData(304)]
    public async Task Undocumented_status_is_UnexpectedStatus(int status)
    {
        _f.Gateway.Inject(Fault.UnknownStatus(status), "oca/v1/send_sms", times: 1);
        using var result = await _f.OcaV1().SendSmsAsync(new Oca.V1.SendSmsRequest { Phone = "62812", Message = "m" });
        Assert.Equal(ApiErrorKind.UnexpectedStatus, result.Error!.Kind);
        Assert.Equal(status, result.Error.StatusCode);
    }

    [Fact]
    public async Task Undocumented_success_status_of_an_endpoint_with_a_documented_one_is_UnexpectedStatus()
    {
        _f.Gateway.Inject(Fault.UnknownStatus(299), "mocean/v2/send_whatsapp", times: 1);
        using var result = await _f.MoceanV2().SendWhatsappAsync(new Mocean.V2.SendWhatsappRequest { From = "60123456789", To = "60123456788", Content = new Mocean.V2.TextContent { Text = "t" } });
        Assert.Equal(ApiErrorKind.UnexpectedStatus, result.Error!.Kind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Extra_fields_are_ignored(bool xml)
    {
        _f.Gateway.Inject(Fault.ExtraFields(), "mocean/v2/send_sms", times: 1);
        using var result = await _f.MoceanV2(o => o.ResponseFormat = xml ? WireFormat.Xml : WireFormat.Json).SendSmsAsync(Sms());
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Empty(JsonEquivalence.Differences(_f.Gateway.LastSuccessBodies["mocean/v2/send_sms"], result.Value.ToJson()));
    }

    public static TheoryData<string> EndpointsWithCodeTables()
    {
        var data = new TheoryData<string>();
        foreach (var key in EndpointCalls.All.Keys.OrderBy(k => k, StringComparer.Ordinal)) data.Add(key);
        return data;
    }

    /// <summary>
    /// For every endpoint: a documented error code comes back with its code-table entry and the server's
    /// message (or, for error bodies the spec does not describe, the HTTP status and the raw text).
    /// </summary>
    [Theory]
    [MemberData(nameof(EndpointsWithCodeTables))]
    public async Task Documented_error_code_is_typed_with_its_table_entry_and_message(string key)
    {
        var spec = _f.Gateway.Specs.Single(s => key.StartsWith(s.Id + "/", StringComparison.Ordinal));
        var op = spec.Operations.Single(o => spec.Id + "/" + o.Name == key);
        var table = spec.CodeTables.Single(t => t.Name == op.CodeTable);
        var entry = table.Codes.First(c => c.Code != "0" && c.Code != "200" && !string.Equals(c.Meaning, "OK", StringComparison.OrdinalIgnoreCase));
        _f.Gateway.Inject(Fault.Error(entry.Code), key, times: 1);
        var before = _f.Gateway.Count(key);
        var outcome = await EndpointCalls.All[key](_f, null);
        Assert.False(outcome.Success, outcome.ToString());
        Assert.Equal(before + 1, _f.Gateway.Count(key));
        var error = outcome.Error!;
        var errorCases = op.Responses.Where(r => r.Outcome == "error").ToList();
        var bodyCarriesCode = errorCases.Any(r => r.Body is { } b && spec.Schemas.Single(s => s.Name == b).Fields.Count > 0);
        if (bodyCarriesCode)
        {
            Assert.NotNull(error.Code);
            Assert.Equal(entry.Code.TrimStart('0').PadLeft(1, '0'), error.Code!.Raw.TrimStart('0').PadLeft(1, '0'));
            Assert.True(error.Code.IsKnown);
            Assert.False(error.Code.IsSuccess);
            Assert.StartsWith(entry.Meaning!, error.Code.Description);
            Assert.Equal(entry.Meaning, error.Message);
            Assert.NotNull(error.Body);
        }
        else if (errorCases.All(r => r.Body is null))
        {
            // Body-less errors: the code table is keyed by HTTP status.
            Assert.Equal(int.Parse(entry.Code), error.StatusCode);
            Assert.Equal(entry.Code, error.Code?.Raw);
        }
        else
        {
            // The error body's fields are not documented: the HTTP status and the raw text are what is known.
            Assert.NotNull(error.StatusCode);
            Assert.NotEqual(ApiErrorKind.UnexpectedStatus, error.Kind);
            Assert.False(string.IsNullOrEmpty(error.Message));
        }
    }

    [Theory]
    [InlineData(200)]
    [InlineData(202)]
    [InlineData(400)]
    public async Task Peer_sdk_error_fixture_is_a_typed_error_whatever_the_HTTP_status(int status)
    {
        // The official SDKs' error fixture, served with the statuses their tests use.
        _f.Gateway.Inject(Fault.Raw(status, "application/json", "{\"status\":1,\"err_msg\":\"Authorization failed\"}"), "mocean/v2/send_sms", times: 1);
        using var result = await _f.MoceanV2().SendSmsAsync(Sms());
        Assert.Equal(ApiErrorKind.Rejected, result.Error!.Kind);
        Assert.Equal(Mocean.V2.SmsStatusCode.AuthorizationFailed, result.Error.Code!.As<Mocean.V2.SmsStatusCode>());
        Assert.Equal("Authorization failed", result.Error.Message);
        Assert.Equal("flat", result.Error.Variant);
        Assert.IsType<Mocean.V2.ErrorResponse>(result.Error.Body);
    }

    [Fact]
    public async Task Peer_sdk_xml_error_fixture_with_a_bom_is_a_typed_error()
    {
        _f.Gateway.Inject(Fault.Raw(200, "text/xml", "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?><result><status>1</status><err_msg>Authorization failed</err_msg></result>"), "mocean/v2/balance", times: 1);
        using var result = await _f.MoceanV2(o => o.ResponseFormat = WireFormat.Xml).BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.Equal(ApiErrorKind.Rejected, result.Error!.Kind);
        Assert.Equal(1, result.Error.Code!.As<Mocean.V2.BalanceErrorCode>()!.Value.Value);
        Assert.Equal("Authorization failed", result.Error.Message);
    }

    [Fact]
    public async Task Partial_multi_receiver_send_is_a_success_with_per_receiver_outcomes()
    {
        // Two receivers, the second refused with code 28 (Invalid destination number): the first was sent.
        var body = "{\"messages\":[{\"status\":0,\"receiver\":\"60123456789\",\"msgid\":\"m-1\"},{\"status\":28,\"receiver\":\"60198765432\",\"err_msg\":\"Invalid destination number\"}]}";
        _f.Gateway.Inject(Fault.Raw(202, "application/json", body), "mocean/v2/send_sms", times: 1);
        using var result = await _f.MoceanV2().SendSmsAsync(Sms());
        Assert.True(result.IsSuccess, result.ToString());
        var outcomes = result.Value.Outcomes;
        Assert.Equal(Acceptance.Some, outcomes.Acceptance);
        Assert.Equal(2, outcomes.Count);
        var accepted = Assert.Single(outcomes.Accepted);
        Assert.Equal("m-1", accepted.Item.Msgid);
        Assert.True(accepted.Code!.IsSuccess);
        var rejected = Assert.Single(outcomes.Rejected);
        Assert.Equal("60198765432", rejected.Item.Receiver);
        Assert.Equal(Mocean.V2.SmsStatusCode.InvalidDestinationNumber, rejected.Code!.As<Mocean.V2.SmsStatusCode>());
        Assert.True(rejected.Code.IsKnown);
        Assert.Equal("Invalid destination number", rejected.Message);
        // Re-sending only the failures: the accepted receiver is not in the retry.
        var retry = Sms() with { To = outcomes.Rejected.Select(o => o.Item.Receiver!).ToArray() };
        Assert.Equal(new[] { "60198765432" }, retry.To);
    }

    [Fact]
    public async Task Send_where_every_receiver_is_refused_is_Rejected_with_the_first_code_and_the_outcomes()
    {
        var body = "{\"messages\":[{\"status\":28,\"receiver\":\"1\",\"err_msg\":\"Invalid destination number\"},{\"status\":5,\"receiver\":\"2\"}]}";
        _f.Gateway.Inject(Fault.Raw(202, "application/json", body), "mocean/v2/send_sms", times: 1);
        using var result = await _f.MoceanV2().SendSmsAsync(Sms());
        Assert.Equal(ApiErrorKind.Rejected, result.Error!.Kind);
        Assert.Equal("28", result.Error.Code!.Raw);
        Assert.Equal("per_receiver", result.Error.Variant);
        var typed = Assert.IsType<Mocean.V2.SmsSendResult>(result.Error.Body);
        Assert.Equal(Acceptance.None, typed.Outcomes.Acceptance);
        Assert.Equal(2, typed.Outcomes.Rejected.Count);
    }

    [Fact]
    public async Task Send_all_accepted_reports_All()
    {
        using var result = await _f.MoceanV2().SendSmsAsync(Sms());
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(Acceptance.All, result.Value.Outcomes.Acceptance);
        Assert.All(result.Value.Outcomes, o => Assert.False(string.IsNullOrEmpty(o.Item.Msgid)));
    }

    [Fact]
    public async Task Wrong_credentials_are_Unauthorized_with_the_documented_code()
    {
        var client = _f.MoceanV2(o => o.Credentials = Mocean.V2.MoceanV2Client.CreateCredentials("wrong-key", "wrong-secret"));
        using var result = await client.SendSmsAsync(Sms());
        Assert.Equal(ApiErrorKind.Unauthorized, result.Error!.Kind);
        Assert.Equal(401, result.Error.StatusCode);
        Assert.Equal(Mocean.V2.SmsStatusCode.AuthorizationFailed, result.Error.Code!.As<Mocean.V2.SmsStatusCode>());
    }

    [Theory]
    [InlineData("oca", 401, ApiErrorKind.Unauthorized)]
    [InlineData("oca", 404, ApiErrorKind.NotFound)]
    [InlineData("oca", 406, ApiErrorKind.NotAcceptable)]
    [InlineData("oca", 500, ApiErrorKind.ServerError)]
    [InlineData("mobtexting", 403, ApiErrorKind.Forbidden)]
    [InlineData("mobtexting", 409, ApiErrorKind.Rejected)]
    [InlineData("mobtexting", 422, ApiErrorKind.Rejected)]
    public async Task Documented_HTTP_statuses_map_to_typed_errors(string provider, int status, ApiErrorKind kind)
    {
        if (provider == "oca")
        {
            _f.Gateway.Inject(Fault.Error("41", status), "oca/v1/sms_status", times: 1);
            using var result = await _f.OcaV1().SmsStatusAsync(new Oca.V1.SmsStatusRequest { SmsId = "x" });
            Assert.Equal(kind, result.Error!.Kind);
            Assert.Equal(status, result.Error.StatusCode);
        }
        else
        {
            _f.Gateway.Inject(Fault.Error(status.ToString(), status), "mobtexting/v2/balance", times: 1);
            using var result = await _f.MobtextingV2().BalanceAsync(new Mobtexting.V2.BalanceRequest());
            Assert.Equal(kind, result.Error!.Kind);
            Assert.Equal(status, result.Error.StatusCode);
            Assert.Equal(status.ToString(), result.Error.Code!.Raw);
            Assert.True(result.Error.Code.IsKnown);
            Assert.NotNull(result.Error.Code.As<Mobtexting.V2.HttpStatusCode>());
        }
    }

    [Fact]
    public async Task An_error_body_whose_status_is_a_word_takes_its_code_from_the_code_field()
    {
        _f.Gateway.Inject(Fault.Raw(401, "application/json", "{\"status\":\"error\",\"code\":401,\"message\":\"Unauthenticated.\"}"), "mobtexting/v2/balance", times: 1);
        using var result = await _f.MobtextingV2().BalanceAsync(new Mobtexting.V2.BalanceRequest());
        Assert.Equal(ApiErrorKind.Unauthorized, result.Error!.Kind);
        Assert.Equal("401", result.Error.Code!.Raw);
        Assert.True(result.Error.Code.IsKnown);
        Assert.Equal("Unauthenticated.", result.Error.Message);
    }

    [Fact]
    public async Task Whatsapp_media_errors_without_body_are_typed_by_HTTP_status()
    {
        _f.Gateway.Inject(Fault.Error("404"), "mocean/v2/whatsapp_media", times: 1);
        using var result = await _f.MoceanV2().WhatsappMediaAsync(new Mocean.V2.WhatsappMediaRequest { From = "60123456789", MediaId = "gone" });
        Assert.Equal(ApiErrorKind.NotFound, result.Error!.Kind);
        Assert.Equal(Mocean.V2.WhatsappMediaStatusCode.MediaNotFound, result.Error.Code!.As<Mocean.V2.WhatsappMediaStatusCode>());
        Assert.Equal(Mocean.V2.WhatsappMediaStatusCode.MediaNotFound.Description, result.Error.Message);
    }

    [Fact]
    public async Task Number_lookup_answers_pick_their_documented_shape()
    {
        _f.Gateway.Inject(Fault.SuccessShape(1), "mocean/v2/number_lookup", times: 1);
        using var asyncResult = await _f.MoceanV2().NumberLookupAsync(new Mocean.V2.NumberLookupRequest { To = "60123456789", NlUrl = new Uri("https://example.com/nl") });
        Assert.True(asyncResult.IsSuccess, asyncResult.ToString());
        Assert.NotNull(asyncResult.Value.Async);
        Assert.Null(asyncResult.Value.Sync);
        using var syncResult = await _f.MoceanV2().NumberLookupAsync(new Mocean.V2.NumberLookupRequest { To = "60123456789" });
        Assert.NotNull(syncResult.Value!.Sync);
        Assert.NotNull(syncResult.Value.Sync!.CurrentCarrier);
    }

    [Fact]
    public async Task Voice_recording_json_answer_is_the_documented_json_shape()
    {
        _f.Gateway.Inject(Fault.SuccessShape(1), "mocean/v2/voice_recording", times: 1);
        using var result = await _f.MoceanV2().VoiceRecordingAsync(new Mocean.V2.VoiceRecordingRequest { CallUuid = "c-1" });
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Null(result.Value.Recording);
        Assert.NotNull(result.Value.Json);
    }

    [Fact]
    public async Task Concurrent_sends_each_reach_the_gateway_exactly_once()
    {
        var client = _f.MoceanV2();
        var before = _f.Gateway.Count("mocean/v2/send_sms");
        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => client.SendSmsAsync(new Mocean.V2.SendSmsRequest { From = "SPECGEN", To = ["60123456789"], Text = "n" + i })));
        Assert.All(results, r => Assert.True(r.IsSuccess, r.ToString()));
        Assert.Equal(before + 40, _f.Gateway.Count("mocean/v2/send_sms"));
        var texts = _f.Gateway.Requests.Where(r => r.SpecId == "mocean/v2" && r.Operation == "send_sms").Select(r => r.Parameters["mocean-text"]).Where(t => t.StartsWith('n')).ToList();
        Assert.Equal(40, texts.Distinct().Count());
    }
}
