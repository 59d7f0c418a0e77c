using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SpecGen.Runtime.Http;
using SpecGen.Testing.Gateway;
using Xunit;

namespace SpecGen.Clients.Tests;

/// <summary>A success needs a body of the documented media type: a portal page is never a sent message.</summary>
public sealed class ResponseTruthTests : IClassFixture<GatewayFixture>
{
    private const string Portal = "<!DOCTYPE html><html><head><title>Hotel Wi-Fi</title></head><body><form action=\"/login\">Accept the terms</form></body></html>";

    private readonly GatewayFixture _f;

    public ResponseTruthTests(GatewayFixture fixture)
    {
        _f = fixture;
        _f.Gateway.ClearFaults();
    }

    [Theory]
    [InlineData(200, "text/html")]
    [InlineData(202, "text/html; charset=utf-8")]
    [InlineData(202, "application/xhtml+xml")]
    [InlineData(202, null)]
    [InlineData(200, "text/plain")]
    public async Task An_HTML_page_with_a_success_status_is_a_MalformedResponse_with_the_raw_body_kept(int status, string? contentType)
    {
        _f.Gateway.Inject(Fault.Raw(status, contentType, Portal), "mocean/v2/send_sms", times: 1);
        var before = _f.Gateway.Count("mocean/v2/send_sms");
        using var result = await _f.MoceanV2(o => o.Retry = new RetryPolicy { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1) })
            .SendSmsAsync(new Mocean.V2.SendSmsRequest { From = "SPECGEN", To = ["60123456789"], Text = "portal" });
        Assert.False(result.IsSuccess);
        Assert.Equal(ApiErrorKind.MalformedResponse, result.Error!.Kind);
        Assert.Equal(status, result.Error.StatusCode);
        Assert.Equal(Portal, result.Error.RawBody);
        Assert.Equal(before + 1, _f.Gateway.Count("mocean/v2/send_sms"));
    }

    [Fact]
    public async Task An_HTML_page_on_a_GET_is_a_MalformedResponse_too()
    {
        _f.Gateway.Inject(Fault.Raw(200, "text/html", Portal), "mobtexting/v2/balance", times: 1);
        using var result = await _f.MobtextingV2().BalanceAsync(new Mobtexting.V2.BalanceRequest());
        Assert.Equal(ApiErrorKind.MalformedResponse, result.Error!.Kind);
        Assert.Contains("text/html", result.Error.Message);
    }

    [Fact]
    public async Task A_JSON_body_with_a_json_media_type_suffix_is_read()
    {
        _f.Gateway.Inject(Fault.Raw(202, "application/vnd.gateway+json; charset=utf-8", "{\"messages\":[{\"status\":0,\"receiver\":\"60123456789\",\"msgid\":\"m-9\"}]}"), "mocean/v2/send_sms", times: 1);
        using var result = await _f.MoceanV2().SendSmsAsync(new Mocean.V2.SendSmsRequest { From = "SPECGEN", To = ["60123456789"], Text = "t" });
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal("m-9", result.Value.Messages![0].Msgid);
    }

    [Fact]
    public async Task A_documented_failure_status_inside_a_202_body_is_never_a_success()
    {
        _f.Gateway.Inject(Fault.Raw(202, "application/json", "{\"messages\":[{\"status\":28,\"receiver\":\"60123456789\",\"err_msg\":\"x\"}]}"), "mocean/v2/send_sms", times: 1);
        using var result = await _f.MoceanV2().SendSmsAsync(new Mocean.V2.SendSmsRequest { From = "SPECGEN", To = ["60123456789"], Text = "t" });
        Assert.False(result.IsSuccess);
        Assert.Equal(ApiErrorKind.Rejected, result.Error!.Kind);
        Assert.Equal("28", result.Error.Code!.Raw);
    }

    [Fact]
    public async Task A_malformed_JSON_body_keeps_its_raw_text()
    {
        _f.Gateway.Inject(Fault.Raw(202, "application/json", "{\"messages\": [ {\"msgid\": }"), "mocean/v2/send_sms", times: 1);
        using var result = await _f.MoceanV2().SendSmsAsync(new Mocean.V2.SendSmsRequest { From = "SPECGEN", To = ["60123456789"], Text = "t" });
        Assert.Equal(ApiErrorKind.MalformedResponse, result.Error!.Kind);
        Assert.Equal("{\"messages\": [ {\"msgid\": }", result.Error.RawBody);
    }

    [Fact]
    public async Task An_undocumented_status_keeps_the_raw_body()
    {
        _f.Gateway.Inject(Fault.Raw(418, "text/plain", "I'm a teapot"), "oca/v1/send_sms", times: 1);
        using var result = await _f.OcaV1().SendSmsAsync(new Oca.V1.SendSmsRequest { Phone = "62812", Message = "m" });
        Assert.Equal(ApiErrorKind.UnexpectedStatus, result.Error!.Kind);
        Assert.Equal("I'm a teapot", result.Error.RawBody);
    }

    [Fact]
    public async Task A_JSON_send_carries_the_credentials_and_the_request_in_one_valid_object()
    {
        using var result = await _f.MoceanV2().SendWhatsappAsync(new Mocean.V2.SendWhatsappRequest
        {
            From = "60123456789",
            To = "60198765432",
            Content = new Mocean.V2.TextContent { Text = "hi \"there\"" },
        });
        Assert.True(result.IsSuccess, result.ToString());
        var sent = _f.Gateway.Requests.Last(r => r.SpecId == "mocean/v2" && r.Operation == "send_whatsapp");
        using var body = JsonDocument.Parse(sent.Body);
        var names = body.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.Equal(_f.Gateway.Options.ExpectedField("mocean-api-key"), body.RootElement.GetProperty("mocean-api-key").GetString());
        Assert.Equal(_f.Gateway.Options.ExpectedField("mocean-api-secret"), body.RootElement.GetProperty("mocean-api-secret").GetString());
        Assert.Equal("60198765432", body.RootElement.GetProperty("mocean-to").GetString());
    }

    [Fact]
    public async Task Requests_name_the_library_and_its_version_in_the_User_Agent()
    {
        using var result = await _f.MoceanV2().BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.True(result.IsSuccess, result.ToString());
        var sent = _f.Gateway.Requests.Last(r => r.SpecId == "mocean/v2" && r.Operation == "balance");
        Assert.Equal("SpecGen/" + SpecGen.Runtime.Telemetry.GatewayTelemetry.LibraryVersion, sent.Headers["User-Agent"]);
        Assert.Matches(@"^\d+\.\d+\.\d+", SpecGen.Runtime.Telemetry.GatewayTelemetry.LibraryVersion);

        using var own = new System.Net.Http.HttpClient();
        own.DefaultRequestHeaders.UserAgent.ParseAdd("MyApp/2.1");
        using var mine = await new Mocean.V2.MoceanV2Client(own, _f.Options("mocean", "v2")).BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.Equal("MyApp/2.1", _f.Gateway.Requests.Last(r => r.SpecId == "mocean/v2" && r.Operation == "balance").Headers["User-Agent"]);
    }
}

/// <summary>Each client has its own options and credentials types (issue 9): they cannot be mixed up.</summary>
public sealed class TypedClientOptionsTests : IClassFixture<GatewayFixture>
{
    private readonly GatewayFixture _f;

    public TypedClientOptionsTests(GatewayFixture fixture) => _f = fixture;

    [Fact]
    public async Task A_client_built_from_its_typed_options_authenticates()
    {
        var options = new Oca.V1.OcaV1ClientOptions { Credentials = Oca.V1.OcaV1Credentials.Create(_f.Gateway.Options.User, _f.Gateway.Options.Password) };
        options.Gateway.BaseAddress = _f.Gateway.BaseAddress("oca", "v1");
        var client = Oca.V1.OcaV1Client.Create(new System.Net.Http.HttpClient(), options);
        using var result = await client.ListSmsAsync(new Oca.V1.ListSmsRequest());
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(2, result.Value.Count);
    }

    [Fact]
    public void Credentials_of_one_spec_do_not_convert_to_another_specs_credentials()
    {
        // What the compiler checks: OcaV1ClientOptions.Credentials is OcaV1Credentials, and nothing converts Mocean credentials to it.
        Assert.Equal(typeof(Oca.V1.OcaV1Credentials), Nullable.GetUnderlyingType(typeof(Oca.V1.OcaV1ClientOptions).GetProperty("Credentials")!.PropertyType) ?? typeof(Oca.V1.OcaV1ClientOptions).GetProperty("Credentials")!.PropertyType);
        Assert.Equal(typeof(Mocean.V2.MoceanV2Credentials), typeof(Mocean.V2.MoceanV2ClientOptions).GetProperty("Credentials")!.PropertyType);
        var conversions = typeof(Mocean.V2.MoceanV2Credentials).GetMethods().Where(m => m.Name is "op_Implicit" or "op_Explicit").Select(m => m.ReturnType).ToList();
        Assert.DoesNotContain(typeof(Oca.V1.OcaV1Credentials), conversions);
        Assert.Empty(typeof(Oca.V1.OcaV1Credentials).GetConstructors());
        // The only factory takes this spec's own parameters (user and password for Basic).
        Assert.Equal(new[] { "user", "password" }, typeof(Oca.V1.OcaV1Credentials).GetMethod("Create")!.GetParameters().Select(p => p.Name).ToArray());
        Assert.Equal(new[] { "apiKey", "apiSecret" }, typeof(Mocean.V2.MoceanV2Credentials).GetMethod("Create")!.GetParameters().Select(p => p.Name).ToArray());
    }

    [Fact]
    public async Task Mocean_credentials_forced_into_an_OCA_client_are_refused_before_sending()
    {
        var before = _f.Gateway.Count("oca/v1/list_sms");
        var client = new Oca.V1.OcaV1Client(new System.Net.Http.HttpClient(), new GatewayClientOptions
        {
            BaseAddress = _f.Gateway.BaseAddress("oca", "v1"),
            Credentials = Mocean.V2.MoceanV2Credentials.Create("key", "secret"),
        });
        using var result = await client.ListSmsAsync(new Oca.V1.ListSmsRequest());
        Assert.Equal(ApiErrorKind.InvalidRequest, result.Error!.Kind);
        Assert.Equal(0, result.Attempts);
        Assert.Equal(before, _f.Gateway.Count("oca/v1/list_sms"));
    }
}
