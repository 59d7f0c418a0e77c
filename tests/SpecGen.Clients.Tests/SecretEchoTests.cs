using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using SpecGen.Runtime.Http;
using SpecGen.Testing.Gateway;
using Xunit;

namespace SpecGen.Clients.Tests;

/// <summary>
/// A server that echoes the request gives the credentials back in whatever encoding it likes. None of those
/// spellings may reach any text the library surfaces: messages, raw bodies, typed bodies, ToString() of
/// results, errors and exceptions, the Log lines and the ILogger events.
/// </summary>
public sealed class SecretEchoTests : IClassFixture<SecretFixture>
{
    private readonly SecretFixture _f;

    public SecretEchoTests(SecretFixture fixture)
    {
        _f = fixture;
        _f.Gateway.ClearFaults();
    }

    /// <summary>The spellings a server may echo a value in.</summary>
    public static string Encode(string encoding, string value) => encoding switch
    {
        "raw" => value,
        "form" => WebUtility.UrlEncode(value),                       // + for space, %7E for ~, upper-case hex
        "form-lower" => LowerHex(WebUtility.UrlEncode(value)),
        "percent" => Uri.EscapeDataString(value),                   // %20 for space, ~ kept
        "percent-lower" => LowerHex(Uri.EscapeDataString(value)),
        "json" => JsonSerializer.Serialize(value)[1..^1],            // \u0022, \u002B, \u00E9
        "json-relaxed" => JsonSerializer.Serialize(value, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })[1..^1].Replace("/", "\\/"),
        "json-lower" => JsonSerializer.Serialize(value)[1..^1].Replace("\\u00E9", "\\u00e9").Replace("\\u002B", "\\u002b"),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };

    private static string LowerHex(string text) => System.Text.RegularExpressions.Regex.Replace(text, "%[0-9A-F]{2}", m => m.Value.ToLowerInvariant());

    public static readonly string[] Encodings = { "raw", "form", "form-lower", "percent", "percent-lower", "json", "json-relaxed", "json-lower" };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var channel in new[] { "json-error-400", "html-200", "plain-418", "per-receiver-202", "flat-200" })
        {
            foreach (var encoding in Encodings) data.Add(channel, encoding);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Echoed_fields_credentials_are_in_no_surfaced_text(string channel, string encoding)
    {
        var echo = "you sent key=" + Encode(encoding, SecretFixture.Key) + "&secret=" + Encode(encoding, SecretFixture.Secret);
        var lines = new List<string>();
        var logger = new ListLogger();
        var client = new Mocean.V2.MoceanV2Client(_f.Http, _f.Options("mocean", "v2", lines, logger));
        var surfaced = new List<string?>();
        switch (channel)
        {
            case "json-error-400":
                _f.Gateway.Inject(Fault.Raw(400, "application/json", "{\"status\":1,\"err_msg\":" + JsonSerializer.Serialize(echo) + "}"), "mocean/v2/balance", times: 1);
                break;
            case "flat-200":
                _f.Gateway.Inject(Fault.Raw(200, "application/json", "{\"status\":1,\"err_msg\":" + JsonSerializer.Serialize(echo) + "}"), "mocean/v2/balance", times: 1);
                break;
            case "html-200":
                _f.Gateway.Inject(Fault.Raw(200, "text/html", "<html><body><p>Portal " + echo + "</p></body></html>"), "mocean/v2/balance", times: 1);
                break;
            case "plain-418":
                _f.Gateway.Inject(Fault.Raw(418, "text/plain", echo), "mocean/v2/balance", times: 1);
                break;
        }
        if (channel == "per-receiver-202")
        {
            var body = "{\"messages\":[{\"status\":27,\"receiver\":\"60123456789\",\"msgid\":" + JsonSerializer.Serialize(echo) + "}]}";
            _f.Gateway.Inject(Fault.Raw(202, "application/json", body), "mocean/v2/send_sms", times: 1);
            using var sent = await client.SendSmsAsync(new Mocean.V2.SendSmsRequest { From = "A", To = ["60123456789"], Text = "t" });
            Collect(surfaced, sent);
            Assert.Equal(ApiErrorKind.Rejected, sent.Error!.Kind);
        }
        else
        {
            using var result = await client.BalanceAsync(new Mocean.V2.BalanceRequest());
            Collect(surfaced, result);
            Assert.False(result.IsSuccess);
        }
        surfaced.AddRange(lines);
        surfaced.AddRange(logger.Entries.Select(e => e.Text));
        AssertScrubbed(surfaced, SecretFixture.Key, SecretFixture.Secret);
    }

    [Theory]
    [InlineData("raw")]
    [InlineData("json")]
    [InlineData("form")]
    public async Task Echoed_basic_credentials_and_their_base64_are_in_no_surfaced_text(string encoding)
    {
        var echo = "Authorization: Basic " + Encode(encoding, SecretFixture.BasicValue) + " user=" + Encode(encoding, SecretFixture.User) + " password=" + Encode(encoding, SecretFixture.Password);
        var lines = new List<string>();
        var logger = new ListLogger();
        var client = new Oca.V1.OcaV1Client(_f.Http, _f.Options("oca", "v1", lines, logger));
        _f.Gateway.Inject(Fault.Raw(400, "application/json", "{\"message\":" + JsonSerializer.Serialize(echo) + "}"), "oca/v1/sms_status", times: 1);
        using var result = await client.SmsStatusAsync(new Oca.V1.SmsStatusRequest { SmsId = "s-1" });
        var surfaced = new List<string?>();
        Collect(surfaced, result);
        surfaced.AddRange(lines);
        surfaced.AddRange(logger.Entries.Select(e => e.Text));
        AssertScrubbed(surfaced, SecretFixture.BasicValue, SecretFixture.Password);
    }

    [Fact]
    public async Task Echoed_bearer_token_is_in_no_surfaced_text_even_from_the_query_fallback()
    {
        var lines = new List<string>();
        var logger = new ListLogger();
        var options = _f.Options("mobtexting", "v2", lines, logger);
        options.SendTokenInQuery = true;
        var client = new Mobtexting.V2.MobtextingV2Client(_f.Http, options);
        var echo = string.Join(" ", Encodings.Select(e => Encode(e, SecretFixture.Token)));
        _f.Gateway.Inject(Fault.Raw(200, "text/html", "<html>" + echo + "</html>"), "mobtexting/v2/balance", times: 1);
        using var result = await client.BalanceAsync(new Mobtexting.V2.BalanceRequest());
        Assert.Equal(ApiErrorKind.MalformedResponse, result.Error!.Kind);
        var surfaced = new List<string?>();
        Collect(surfaced, result);
        surfaced.AddRange(lines);
        surfaced.AddRange(logger.Entries.Select(e => e.Text));
        AssertScrubbed(surfaced, SecretFixture.Token);
        Assert.Contains(lines, l => l.Contains("access_token=***", StringComparison.Ordinal));
    }

    private static void Collect<T>(List<string?> surfaced, ApiResult<T> result) where T : class
    {
        surfaced.Add(result.ToString());
        if (result.Error is { } error)
        {
            surfaced.Add(error.ToString());
            surfaced.Add(error.Message);
            surfaced.Add(error.RawBody);
            surfaced.Add(error.Location);
            surfaced.Add(error.Body?.ToString());
            if (error.Body is not null) surfaced.Add(JsonSerializer.Serialize(error.Body, error.Body.GetType()));
            surfaced.Add(error.Code?.ToString());
            var exception = new ApiException(error);
            surfaced.Add(exception.ToString());
            surfaced.Add(exception.Message);
        }
    }

    private static void AssertScrubbed(List<string?> surfaced, params string[] secrets)
    {
        var all = string.Join("\n", surfaced.Where(s => s is not null));
        Assert.Contains("***", all); // the echo did reach a surfaced text, masked
        Assert.DoesNotContain(SecretFixture.Marker, all);
        foreach (var secret in secrets)
        {
            foreach (var encoding in Encodings) Assert.DoesNotContain(Encode(encoding, secret), all);
        }
    }
}
