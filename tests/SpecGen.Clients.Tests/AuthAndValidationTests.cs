using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SpecGen.Runtime.Http;
using SpecGen.Testing.Gateway;
using Xunit;

namespace SpecGen.Clients.Tests;

/// <summary>Credentials per auth scheme, secrets kept out of text, validation before sending, base URL and HttpClient wiring.</summary>
public sealed class AuthAndValidationTests : IClassFixture<GatewayFixture>
{
    private readonly GatewayFixture _f;

    public AuthAndValidationTests(GatewayFixture fixture)
    {
        _f = fixture;
        _f.Gateway.ClearFaults();
    }

    private string Key => _f.Gateway.Options.ExpectedField("mocean-api-key");

    private string Secret => _f.Gateway.Options.ExpectedField("mocean-api-secret");

    [Fact]
    public async Task Field_credentials_travel_in_the_form_body_of_a_POST()
    {
        using var result = await _f.MoceanV2().SendSmsAsync(new Mocean.V2.SendSmsRequest { From = "SPECGEN", To = ["60123456789"], Text = "auth-form" });
        Assert.True(result.IsSuccess, result.ToString());
        var request = _f.Gateway.Requests.Last(r => r.Operation == "send_sms" && r.SpecId == "mocean/v2");
        Assert.StartsWith("application/x-www-form-urlencoded", request.ContentType);
        Assert.StartsWith("mocean-api-key=" + Key + "&mocean-api-secret=" + Secret + "&", request.Body);
        Assert.Equal(string.Empty, request.Query);
        Assert.False(request.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Field_credentials_travel_in_the_query_of_a_GET()
    {
        using var result = await _f.MoceanV1().BalanceAsync(new Mocean.V1.BalanceRequest());
        Assert.True(result.IsSuccess, result.ToString());
        var request = _f.Gateway.Requests.Last(r => r.Operation == "balance" && r.SpecId == "mocean/v1");
        Assert.Equal("GET", request.Method);
        Assert.Contains("mocean-api-key=" + Key, request.Query);
        Assert.Contains("mocean-resp-format=JSON", request.Query);
        Assert.Equal(string.Empty, request.Body);
    }

    [Fact]
    public async Task Field_credentials_travel_in_the_json_body_of_a_json_endpoint()
    {
        using var result = await _f.MoceanV2().SendWhatsappAsync(new Mocean.V2.SendWhatsappRequest
        {
            From = "60123456789",
            To = "60198765432",
            Content = new Mocean.V2.TextContent { Text = "json-auth" },
        });
        Assert.True(result.IsSuccess, result.ToString());
        var request = _f.Gateway.Requests.Last(r => r.Operation == "send_whatsapp");
        Assert.Equal("application/json", request.ContentType);
        using var doc = JsonDocument.Parse(request.Body);
        Assert.Equal(Key, doc.RootElement.GetProperty("mocean-api-key").GetString());
        Assert.Equal(Secret, doc.RootElement.GetProperty("mocean-api-secret").GetString());
        Assert.Equal("json-auth", doc.RootElement.GetProperty("mocean-content").GetProperty("text").GetString());
        Assert.False(doc.RootElement.TryGetProperty("mocean-resp-format", out _));
    }

    [Fact]
    public async Task Bearer_token_travels_in_the_Authorization_header_by_default()
    {
        using var result = await _f.MobtextingV2().BalanceAsync(new Mobtexting.V2.BalanceRequest());
        Assert.True(result.IsSuccess, result.ToString());
        var request = _f.Gateway.Requests.Last(r => r.SpecId == "mobtexting/v2");
        Assert.Equal("Bearer " + _f.Gateway.Options.Token, request.Headers["Authorization"]);
        Assert.DoesNotContain("access_token", request.Query);
    }

    [Fact]
    public async Task Bearer_token_travels_as_access_token_only_when_asked()
    {
        using var result = await _f.MobtextingV2(o => o.SendTokenInQuery = true).BalanceAsync(new Mobtexting.V2.BalanceRequest());
        Assert.True(result.IsSuccess, result.ToString());
        var request = _f.Gateway.Requests.Last(r => r.SpecId == "mobtexting/v2");
        Assert.Equal("?access_token=" + _f.Gateway.Options.Token, request.Query);
        Assert.False(request.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Basic_credentials_travel_in_the_Authorization_header()
    {
        using var result = await _f.OcaV1().SendSmsAsync(new Oca.V1.SendSmsRequest { Phone = "62812", Message = "basic" });
        Assert.True(result.IsSuccess, result.ToString());
        var request = _f.Gateway.Requests.Last(r => r.SpecId == "oca/v1" && r.Operation == "send_sms");
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(_f.Gateway.Options.User + ":" + _f.Gateway.Options.Password)), request.Headers["Authorization"]);
        using var doc = JsonDocument.Parse(request.Body);
        Assert.Equal(new[] { "phone", "message" }, doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public async Task Wrong_basic_credentials_are_Unauthorized()
    {
        using var result = await _f.OcaV1(o => o.Credentials = Oca.V1.OcaV1Client.CreateCredentials("user@example.com", "nope")).SendSmsAsync(new Oca.V1.SendSmsRequest { Phone = "62812", Message = "m" });
        Assert.Equal(ApiErrorKind.Unauthorized, result.Error!.Kind);
    }

    [Fact]
    public async Task Path_parameters_are_escaped()
    {
        using var result = await _f.OcaV1().SmsStatusAsync(new Oca.V1.SmsStatusRequest { SmsId = "a/b c?d" });
        Assert.True(result.IsSuccess, result.ToString());
        var request = _f.Gateway.Requests.Last(r => r.SpecId == "oca/v1" && r.Operation == "sms_status");
        Assert.Equal("a/b c?d", request.Parameters["sms_id"]);
    }

    [Fact]
    public async Task Missing_credentials_refuse_the_call_before_sending()
    {
        var before = _f.Gateway.Requests.Count;
        using var result = await _f.MoceanV2(o => o.Credentials = null).BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.Equal(ApiErrorKind.InvalidRequest, result.Error!.Kind);
        Assert.Equal(0, result.Attempts);
        Assert.Contains(result.Error.Violations, v => v.Path == "credentials");
        Assert.Equal(before, _f.Gateway.Requests.Count);
    }

    [Fact]
    public async Task Credentials_of_another_scheme_or_lacking_a_field_refuse_the_call()
    {
        using var wrongScheme = await _f.MoceanV2(o => o.Credentials = Credentials.ForBearer("t0ken-xyz")).BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.Equal(ApiErrorKind.InvalidRequest, wrongScheme.Error!.Kind);
        Assert.Contains(wrongScheme.Error.Violations, v => v.Rule == "scheme");
        using var lacking = await _f.MoceanV2(o => o.Credentials = Credentials.ForFields(new KeyValuePair<string, string>("mocean-api-key", "k"))).BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.Contains(lacking.Error!.Violations, v => v.Path == "credentials.mocean-api-secret");
    }

    [Fact]
    public async Task Invalid_request_is_not_sent_and_every_violation_is_reported()
    {
        var before = _f.Gateway.Requests.Count;
        using var result = await _f.MoceanV2().SendSmsAsync(new Mocean.V2.SendSmsRequest
        {
            From = "SPECGEN",
            To = ["not-a-phone", "60123456789"],
            Text = "x",
            Coding = 9,
            DlrMask = 1,
        });
        Assert.Equal(ApiErrorKind.InvalidRequest, result.Error!.Kind);
        Assert.Equal(0, result.Attempts);
        Assert.Null(result.StatusCode);
        var paths = result.Error.Violations.Select(v => v.Path).ToList();
        Assert.Contains("mocean-to[0]", paths);
        Assert.Contains("mocean-coding", paths);
        Assert.Contains("mocean-dlr-url", paths);
        Assert.Equal(before, _f.Gateway.Requests.Count);
        var thrown = Assert.Throws<ApiException>(() => result.GetValueOrThrow());
        Assert.Contains("mocean-coding", thrown.Message);
    }

    [Fact]
    public async Task Nested_union_content_is_validated_before_sending()
    {
        var before = _f.Gateway.Requests.Count;
        using var result = await _f.MoceanV2().SendWhatsappAsync(new Mocean.V2.SendWhatsappRequest
        {
            From = "60123456789",
            To = "60198765432",
            Content = new Mocean.V2.TextContent { Text = null! },
        });
        Assert.Equal(ApiErrorKind.InvalidRequest, result.Error!.Kind);
        Assert.NotEmpty(result.Error.Violations);
        Assert.Equal(before, _f.Gateway.Requests.Count);
    }

    [Fact]
    public async Task Secrets_never_appear_in_ToString_errors_exceptions_or_logs()
    {
        var secretKey = "key-SECRET-4417";
        var secretValue = "secret-SECRET-9931";
        var credentials = Mocean.V2.MoceanV2Client.CreateCredentials(secretKey, secretValue);
        Assert.DoesNotContain("SECRET", credentials.ToString());
        Assert.Contains("mocean-api-secret = ***", credentials.ToString());
        var bearer = Credentials.ForBearer("tok-SECRET-1");
        var basic = Credentials.ForBasic("user-SECRET", "pw-SECRET");
        Assert.DoesNotContain("SECRET", bearer.ToString() + basic.ToString());

        var lines = new List<string>();
        var options = new GatewayClientOptions { BaseAddress = _f.Gateway.BaseAddress("mocean", "v2"), Credentials = credentials, Log = lines.Add, Retry = new RetryPolicy { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(1) } };
        var client = new Mocean.V2.MoceanV2Client(_f.Http, options);
        using var get = await client.BalanceAsync(new Mocean.V2.BalanceRequest());   // credentials in the query string
        using var post = await client.SendSmsAsync(new Mocean.V2.SendSmsRequest { From = "A", To = ["60123456789"], Text = "t" });
        Assert.Equal(ApiErrorKind.Unauthorized, get.Error!.Kind);
        var text = string.Join("\n", lines) + get.Error + post.Error + new ApiException(get.Error).Message;
        Assert.NotEmpty(lines);
        Assert.Contains("mocean-api-key=***", string.Join("\n", lines));
        Assert.DoesNotContain("SECRET", text);

        // A transport failure message names the host, never the query.
        var dead = new Mocean.V2.MoceanV2Client(_f.Http, new GatewayClientOptions { BaseAddress = new Uri("http://127.0.0.1:1/x"), Credentials = credentials, Log = lines.Add });
        using var failed = await dead.BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.Equal(ApiErrorKind.Transport, failed.Error!.Kind);
        Assert.DoesNotContain("SECRET", failed.Error.ToString() + string.Join("\n", lines));

        var tokenLines = new List<string>();
        var mob = new Mobtexting.V2.MobtextingV2Client(_f.Http, new GatewayClientOptions { BaseAddress = _f.Gateway.BaseAddress("mobtexting", "v2"), Credentials = bearer, SendTokenInQuery = true, Log = tokenLines.Add });
        using var unauthorized = await mob.BalanceAsync(new Mobtexting.V2.BalanceRequest());
        Assert.Contains("access_token=***", string.Join("\n", tokenLines));
        Assert.DoesNotContain("SECRET", string.Join("\n", tokenLines) + unauthorized.Error);
    }

    [Fact]
    public async Task A_secret_echoed_by_the_server_is_masked_even_when_the_credentials_change_after_construction()
    {
        var lines = new List<string>();
        var options = new GatewayClientOptions { BaseAddress = _f.Gateway.BaseAddress("mocean", "v2"), Log = lines.Add };
        var client = new Mocean.V2.MoceanV2Client(_f.Http, options);
        options.Credentials = Mocean.V2.MoceanV2Client.CreateCredentials(Key, Secret);
        _f.Gateway.Inject(Fault.Raw(400, "application/json", "{\"status\":1,\"err_msg\":\"unknown key " + Key + " with secret " + Secret + "\"}"), "mocean/v2/balance", times: 1);
        using var result = await client.BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.Equal(ApiErrorKind.Rejected, result.Error!.Kind);
        Assert.Equal("unknown key *** with secret ***", result.Error.Message);
        var text = string.Join("\n", lines) + result.Error;
        Assert.DoesNotContain(Key, text);
        Assert.DoesNotContain(Secret, text);
    }

    [Fact]
    public async Task Base_address_comes_from_the_options_else_the_HttpClient()
    {
        using var http = new HttpClient { BaseAddress = _f.Gateway.BaseAddress("oca", "v1") };
        var client = new Oca.V1.OcaV1Client(http, new GatewayClientOptions { Credentials = Oca.V1.OcaV1Client.CreateCredentials(_f.Gateway.Options.User, _f.Gateway.Options.Password) });
        Assert.Equal(_f.Gateway.BaseAddress("oca", "v1"), client.Transport.BaseAddress);
        using var result = await client.ListSmsAsync(new Oca.V1.ListSmsRequest());
        Assert.True(result.IsSuccess, result.ToString());

        var spec = new Oca.V1.OcaV1Client(new HttpClient());
        Assert.Equal(new Uri(Oca.V1.OcaV1Client.DefaultBaseUrl), spec.Transport.BaseAddress);
    }

    [Fact]
    public async Task Clients_work_with_IHttpClientFactory()
    {
        var services = new ServiceCollection();
        var options = _f.Options("mocean", "v2");
        services.AddSingleton(options);
        services.AddHttpClient<Mocean.V2.MoceanV2Client>();
        services.AddHttpClient("oca", c => c.BaseAddress = _f.Gateway.BaseAddress("oca", "v1"));
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<Mocean.V2.MoceanV2Client>();
        using var result = await client.BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.True(result.IsSuccess, result.ToString());

        var factory = provider.GetRequiredService<IHttpClientFactory>();
        var oca = new Oca.V1.OcaV1Client(factory.CreateClient("oca"), new GatewayClientOptions { Credentials = Oca.V1.OcaV1Client.CreateCredentials(_f.Gateway.Options.User, _f.Gateway.Options.Password) });
        using var ocaResult = await oca.ListSmsAsync(new Oca.V1.ListSmsRequest());
        Assert.True(ocaResult.IsSuccess, ocaResult.ToString());
    }

    [Fact]
    public async Task A_request_that_sets_the_format_parameter_itself_wins()
    {
        using var result = await _f.MoceanV2().BalanceAsync(new Mocean.V2.BalanceRequest { RespFormat = Mocean.V2.ResponseFormat.XML });
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal("xml", _f.Gateway.LastSuccessFormats["mocean/v2/balance"]);
        var request = _f.Gateway.Requests.Last(r => r.SpecId == "mocean/v2" && r.Operation == "balance");
        Assert.Single(request.Query.Split('&'), p => p.Contains("mocean-resp-format"));
    }
}
