using System;
using System.Linq;
using System.Threading.Tasks;
using SpecGen.Runtime.Http;
using SpecGen.Testing.Gateway;
using Xunit;

namespace SpecGen.Clients.Tests;

/// <summary>
/// A success is a body of the documented shape: wrong JSON/XML types, out-of-range numbers, a missing
/// msgid or an error status inside a 2xx body are never reported as success (issue 9).
/// </summary>
public sealed class ResponseShapeTests : IClassFixture<GatewayFixture>
{
    private readonly GatewayFixture _f;

    public ResponseShapeTests(GatewayFixture fixture)
    {
        _f = fixture;
        _f.Gateway.ClearFaults();
    }

    private static Mocean.V2.SendSmsRequest Sms() => new() { From = "SPECGEN", To = ["60123456789", "60198765432"], Text = "Hello" };

    [Theory]
    [InlineData("{\"messages\":[{\"status\":\"abc\",\"receiver\":\"60123456789\",\"msgid\":\"m-1\"}]}", "messages[0].status")]
    [InlineData("{\"messages\":{}}", "messages")]
    [InlineData("{\"messages\":[{\"status\":1e400,\"receiver\":\"60123456789\",\"msgid\":\"m-1\"}]}", "messages[0].status")]
    [InlineData("{\"messages\":[{\"status\":0,\"receiver\":\"60123456789\"}]}", "messages[0].msgid")]
    [InlineData("{\"messages\":[{\"status\":0,\"receiver\":\"60123456789\",\"msgid\":\"\"}]}", "messages[0].msgid")]
    [InlineData("{}", "messages")]
    [InlineData("{\"messages\":[{\"receiver\":\"60123456789\",\"msgid\":\"m-1\"}]}", "messages[0].status")]
    public async Task Wrong_typed_or_incomplete_2xx_send_is_MalformedResponse_with_the_raw_body(string body, string path)
    {
        _f.Gateway.Inject(Fault.Raw(202, "application/json", body), "mocean/v2/send_sms", times: 1);
        using var result = await _f.MoceanV2().SendSmsAsync(Sms());
        Assert.False(result.IsSuccess);
        Assert.Equal(ApiErrorKind.MalformedResponse, result.Error.Kind);
        var malformed = Assert.IsType<MalformedBody>(result.Error.Body);
        Assert.Equal(body, malformed.Raw);
        Assert.Equal(path, malformed.Path);
        Assert.Contains(path, result.Error.Message);
    }

    [Theory]
    [InlineData("{\"status\":0,\"value\":1e400}")]
    [InlineData("{\"status\":0,\"value\":\"lots\"}")]
    [InlineData("{\"status\":0,\"value\":[1]}")]
    [InlineData("{\"status\":99999999999,\"value\":1}")]
    public async Task Out_of_range_or_wrong_typed_numbers_are_MalformedResponse(string body)
    {
        _f.Gateway.Inject(Fault.Raw(200, "application/json", body), "mocean/v2/balance", times: 1);
        using var result = await _f.MoceanV2().BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.Equal(ApiErrorKind.MalformedResponse, result.Error!.Kind);
    }

    [Fact]
    public async Task Numbers_sent_as_numeric_strings_are_still_read()
    {
        // Real servers send "0" for 0 (SDK fixtures); that is drift the readers accept, not a wrong type.
        _f.Gateway.Inject(Fault.Raw(200, "application/json", "{\"status\":\"0\",\"value\":\"12.5\"}"), "mocean/v2/balance", times: 1);
        using var result = await _f.MoceanV2().BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(12.5m, result.Value.Value);
    }

    [Fact]
    public async Task Wrong_typed_XML_is_MalformedResponse()
    {
        _f.Gateway.Inject(Fault.Raw(200, "application/xml", "<result><status>abc</status><value>1</value></result>"), "mocean/v2/balance", times: 1);
        using var result = await _f.MoceanV2(o => o.ResponseFormat = WireFormat.Xml).BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.Equal(ApiErrorKind.MalformedResponse, result.Error!.Kind);
        Assert.Equal("status", Assert.IsType<MalformedBody>(result.Error.Body).Path);
    }

    [Fact]
    public async Task Html_page_with_200_is_MalformedResponse()
    {
        _f.Gateway.Inject(Fault.Raw(202, "text/html", "<html><body>Please log in to the hotel Wi-Fi</body></html>"), "mocean/v2/send_sms", times: 1);
        using var result = await _f.MoceanV2().SendSmsAsync(Sms());
        Assert.False(result.IsSuccess);
        Assert.Equal(ApiErrorKind.MalformedResponse, result.Error.Kind);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(77, false)]
    public async Task Voice_dial_with_an_error_call_status_is_never_Success(int status, bool listed)
    {
        var body = "{\"calls\":[{\"status\":" + status + ",\"receiver\":\"60123456789\",\"session_uuid\":\"s-1\",\"call_uuid\":\"c-1\"}]}";
        _f.Gateway.Inject(Fault.Raw(200, "application/json", body), "mocean/v2/voice_dial", times: 1);
        using var result = await _f.MoceanV2().VoiceDialAsync(new Mocean.V2.VoiceDialRequest
        {
            To = ["60123456789"],
            Command = [new Mocean.V2.SayAction { Language = Mocean.V2.SayLanguage.EnUS, Text = "Hello" }],
        });
        Assert.False(result.IsSuccess, result.ToString());
        Assert.Equal(ApiErrorKind.Rejected, result.Error.Kind);
        Assert.Equal(status.ToString(), result.Error.Code!.Raw);
        Assert.Equal(listed, result.Error.Code.IsKnown);
        Assert.False(result.Error.Code.IsSuccess);
    }

    [Fact]
    public async Task Voice_dial_accepted_call_carries_its_outcome()
    {
        var body = "{\"calls\":[{\"status\":0,\"receiver\":\"60123456789\",\"session_uuid\":\"s-1\",\"call_uuid\":\"c-1\"},{\"status\":3,\"receiver\":\"60198765432\"}]}";
        _f.Gateway.Inject(Fault.Raw(200, "application/json", body), "mocean/v2/voice_dial", times: 1);
        using var result = await _f.MoceanV2().VoiceDialAsync(new Mocean.V2.VoiceDialRequest
        {
            To = ["60123456789", "60198765432"],
            Command = [new Mocean.V2.SayAction { Language = Mocean.V2.SayLanguage.EnUS, Text = "Hello" }],
        });
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(Acceptance.Some, result.Value.Outcomes.Acceptance);
        Assert.Equal("c-1", result.Value.Outcomes.Accepted[0].Item.CallUuid);
        Assert.Equal("3", result.Value.Outcomes.Rejected[0].Code!.Raw);
    }

    [Theory]
    [InlineData("mocean-sdk-dotnet/voice.json")]
    [InlineData("mocean-sdk-dart/voice.json")]
    public async Task Voice_dial_answered_as_the_official_SDKs_record_it_is_a_success(string fixture)
    {
        // The SDKs' recorded answer spells the call's id call-uuid, an alias of call_uuid: the accepted call carries it.
        var body = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoFiles.Root, "tests", "SpecGen.Generator.Tests", "Fixtures", fixture));
        _f.Gateway.Inject(Fault.Raw(200, "application/json", body), "mocean/v2/voice_dial", times: 1);
        using var result = await _f.MoceanV2().VoiceDialAsync(new Mocean.V2.VoiceDialRequest
        {
            To = ["60123456789"],
            Command = [new Mocean.V2.SayAction { Language = Mocean.V2.SayLanguage.EnUS, Text = "Hello" }],
        });
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal("xxx-xxx-xxx-xxx", result.Value.Calls![0].CallUuid);
    }

    [Theory]
    [InlineData("{\"calls\":[{\"status\":0,\"call-uuid\":\"  \"}]}")]
    [InlineData("{\"calls\":[{\"status\":0,\"session-uuid\":\"s\"}]}")]
    [InlineData("{\"calls\":[{\"status\":0,\"call_uuid\":null,\"call-uuid\":null}]}")]
    public async Task Voice_dial_whose_accepted_call_has_its_id_under_no_name_is_malformed(string body)
    {
        _f.Gateway.Inject(Fault.Raw(200, "application/json", body), "mocean/v2/voice_dial", times: 1);
        using var result = await _f.MoceanV2().VoiceDialAsync(new Mocean.V2.VoiceDialRequest
        {
            To = ["60123456789"],
            Command = [new Mocean.V2.SayAction { Language = Mocean.V2.SayLanguage.EnUS, Text = "Hello" }],
        });
        Assert.False(result.IsSuccess);
        Assert.Equal(ApiErrorKind.MalformedResponse, result.Error!.Kind);
        Assert.Contains("call_uuid", result.Error.Message);
    }

    [Fact]
    public async Task Oca_list_returns_its_records()
    {
        var body = "[{\"phone_number\":\"628123\",\"message_body\":\"a\",\"created_at\":\"2024-01-02T03:04:05Z\",\"status\":\"sent\",\"msg_uid\":\"u-1\",\"total_sms\":1},"
            + "{\"phone_number\":\"628456\",\"message_body\":\"b\",\"status\":\"queued\",\"msg_uid\":\"u-2\",\"total_sms\":2}]";
        _f.Gateway.Inject(Fault.Raw(200, "application/json", body), "oca/v1/list_sms", times: 1);
        using var result = await _f.OcaV1().ListSmsAsync(new Oca.V1.ListSmsRequest());
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(new[] { "u-1", "u-2" }, result.Value.Select(r => r.MsgUid).ToArray());
        Assert.Equal(2, result.Value[1].TotalSms);
    }

    [Theory]
    [InlineData("{\"phone_number\":\"628123\"}")]
    [InlineData("[{\"total_sms\":\"many\"}]")]
    [InlineData("[1,2]")]
    public async Task Oca_list_of_the_wrong_shape_is_MalformedResponse(string body)
    {
        _f.Gateway.Inject(Fault.Raw(200, "application/json", body), "oca/v1/list_sms", times: 1);
        using var result = await _f.OcaV1().ListSmsAsync(new Oca.V1.ListSmsRequest());
        Assert.Equal(ApiErrorKind.MalformedResponse, result.Error!.Kind);
    }

    [Theory]
    [InlineData("{\"code\":17,\"message\":\"Invalid Authentication Credentials\"}")]
    [InlineData("{\"code\":\"17\",\"text\":\"Invalid Authentication Credentials\"}")]
    public async Task Oca_error_body_gives_a_real_code(string body)
    {
        _f.Gateway.Inject(Fault.Raw(401, "application/json", body), "oca/v1/send_sms", times: 1);
        using var result = await _f.OcaV1().SendSmsAsync(new Oca.V1.SendSmsRequest { Phone = "628123456789", Message = "Hello" });
        Assert.Equal(ApiErrorKind.Unauthorized, result.Error!.Kind);
        Assert.Equal("17", result.Error.Code!.Raw);
        Assert.True(result.Error.Code.IsKnown);
        Assert.Equal(Oca.V1.ErrorCode.InvalidAuthenticationCredentials, result.Error.Code.As<Oca.V1.ErrorCode>());
        Assert.Equal("Invalid Authentication Credentials", result.Error.Message);
    }

    [Theory]
    [InlineData(DateTimeKind.Utc, "2024-01-01 08:30:00")]
    [InlineData(DateTimeKind.Unspecified, "2024-01-01 00:30:00")]
    public async Task Schedule_is_written_in_the_documented_GMT_plus_8(DateTimeKind kind, string expected)
    {
        _f.Gateway.ClearRecords();
        var at = new DateTime(2024, 1, 1, 0, 30, 0, kind);
        using var result = await _f.MoceanV2().SendSmsAsync(Sms() with { Schedule = at });
        Assert.True(result.IsSuccess, result.ToString());
        var sent = _f.Gateway.Requests.Last(r => r.Operation == "send_sms" && r.SpecId == "mocean/v2");
        Assert.Equal(expected, sent.Parameters["mocean-schedule"]);
    }

    [Fact]
    public void Schedule_form_of_an_offset_time_is_converted()
    {
        var request = new Mocean.V2.SendSmsRequest { From = "X", To = ["60123456789"], Text = "t", Schedule = new DateTimeOffset(2024, 1, 1, 10, 0, 0, TimeSpan.FromHours(-5)).UtcDateTime };
        Assert.Contains("mocean-schedule=2024-01-01+23%3A00%3A00", request.ToForm());
    }
}
