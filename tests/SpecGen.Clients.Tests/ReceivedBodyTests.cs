using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Mocean.V2;
using SpecGen.Runtime.Http;
using SpecGen.Runtime.Wire;
using Xunit;

namespace SpecGen.Clients.Tests;

/// <summary>
/// Responses are read from the bytes as received (<see cref="ReceivedBody"/>), not from a decoded copy: every answer
/// must come out as it did when the body was decoded to text first, including bodies that are not clean UTF-8, that
/// start with a byte-order mark or non-ASCII white space, that hold comments, or whose names are escaped.
/// </summary>
public sealed class ReceivedBodyTests
{
    private static readonly StatusRule Rule = new("messages", "status", new[] { "0" }, "msgid");

    public static IEnumerable<object[]> Bodies() => new[]
    {
        "{\"messages\":[{\"status\":0,\"receiver\":\"60123456789\",\"msgid\":\"m-1\"}]}",
        "{\"messages\":[{\"status\":\"0\",\"receiver\":\"601\",\"msgid\":\"a/b\"}]}",
        "{/* a comment */\"messages\":[{\"status\":0,\"msgid\":\"m-1\"}] // trailing\n}",
        "{\"messages\":[{\"status\":0,\"msgid\":\"   \"}]}",
        "{\"messages\":[{\"status\":0}]}",
        "{\"messages\":[{\"status\":1,\"err_msg\":\"bad\"}]}",
        "{\"messages\":[{\"status\":0,\"msgid\":\"m\",\"msgid\":null}]}",
        "{\"\\u006dessages\":[{\"st\\u0061tus\":0,\"msgid\":\"m\"}]}",
        "{\"messages\":[{\"status\":0,\"msgid\":\"\\ud800\"}]}",
        "{\"messages\":{\"status\":0,\"msgid\":\"one object\"}}",
        "{\"messages\":[{\"status\":0,\"msgid\":\"m\"}],}",
        "{\"messages\":[{\"status\":0,\"msgid\":\"m\"}]} trailing",
        "[1,2]",
        "not json",
        "",
        "   \n\t ",
        "{\"messages\":[{\"status\":0,\"msgid\":\"naïve ✓\"}]}",
    }.Select(b => new object[] { b });

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Reading_the_bytes_gives_what_reading_the_text_gives(string body)
    {
        var fromText = ResponseBody.Json(body, MoceanV2Shapes.SmsSendResult, Rule, SmsSendResult.ReadJson);
        var fromBytes = ResponseBody.Json(ReceivedBody.FromUtf8(Encoding.UTF8.GetBytes(body)), MoceanV2Shapes.SmsSendResult, Rule, SmsSendResult.ReadJson);
        Assert.Equal(fromText.Success, fromBytes.Success);
        if (fromText.Success) Assert.Equal(fromText.Value!.ToJson(), fromBytes.Value!.ToJson());
        else Assert.Equal((fromText.Error!.Message, fromText.Error.Path), (fromBytes.Error!.Message, fromBytes.Error.Path));
    }

    [Fact]
    public void A_body_with_invalid_UTF8_reads_as_its_decoded_text_would()
    {
        // 0xFF is never UTF-8: decoding the body made it U+FFFD, and reading the bytes must give the same value.
        var bytes = Encoding.UTF8.GetBytes("{\"messages\":[{\"status\":0,\"receiver\":\"601X\",\"msgid\":\"m-1\"}]}");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;
        var read = ResponseBody.Json(ReceivedBody.FromUtf8(bytes), MoceanV2Shapes.SmsSendResult, Rule, SmsSendResult.ReadJson);
        Assert.True(read.Success);
        Assert.Equal("601\uFFFD", read.Value.Messages![0].Receiver);
        Assert.Contains("\"601\uFFFD\"", ReceivedBody.FromUtf8(bytes).Text);
    }

    [Theory]
    [InlineData("\"CPASS-1\"")]
    [InlineData("\"\ud800\"")]
    [InlineData("\"caf\u00e9 \u2713\"")]
    public void A_body_reads_the_same_whether_it_fits_the_stack_buffer_or_not(string msgid)
    {
        // Short text is transcoded into a stack buffer, long text into a rented one: the answers around the limit agree.
        var template = "{\"mocean-from\":\"MOCEAN\",\"mocean-dlr-status\":1,\"mocean-msgid\":" + msgid + "PAD}";
        var dlrs = new List<string>();
        var sends = new List<string>();
        for (var length = 250; length <= 450; length += 7)
        {
            var json = template.Replace("PAD", new string(' ', Math.Max(0, length - template.Length)));
            var dlr = DeliveryReportEvent.FromJson(json);
            var sms = SmsSendResult.FromJson(json.Replace("mocean-msgid", "messages"));
            dlrs.Add(dlr.Success ? "ok " + dlr.Value.Msgid + " " + dlr.Value.DlrStatus : "fail " + dlr.Error.Message);
            sends.Add(sms.Success ? "ok " + sms.Value.Messages?.Count : "fail " + sms.Error.Message);
        }
        Assert.Single(dlrs.Distinct());
        Assert.Single(sends.Distinct());
    }

    [Fact]
    public void A_received_body_is_text_on_demand_and_blank_as_string_IsNullOrWhiteSpace_says()
    {
        Assert.Equal("{\"a\":1}", (string)ReceivedBody.FromUtf8(Encoding.UTF8.GetBytes("{\"a\":1}")));
        Assert.Equal("x", ReceivedBody.FromText("x").Text);
        Assert.True(ReceivedBody.FromUtf8(Encoding.UTF8.GetBytes(" \t\r\n")).IsBlank);
        Assert.True(ReceivedBody.FromUtf8(Encoding.UTF8.GetBytes("\u00A0\u2003")).IsBlank);
        Assert.False(ReceivedBody.FromUtf8(Encoding.UTF8.GetBytes("\u00A0{")).IsBlank);
        Assert.Equal(string.IsNullOrWhiteSpace("\u001C"), ReceivedBody.FromUtf8(new byte[] { 0x1C }).IsBlank);
        Assert.True(ReceivedBody.FromText(null).IsBlank);
        Assert.True(ReceivedBody.FromUtf8(ReadOnlyMemory<byte>.Empty).IsBlank);
        Assert.Equal(string.Empty, ReceivedBody.FromUtf8(ReadOnlyMemory<byte>.Empty).Text);
    }

    [Theory]
    [InlineData("receiver", "msgid", false)]
    [InlineData("msgid", "msgid", true)]
    [InlineData("msgid", "msgie", false)]
    [InlineData("\\u006dsgid", "msgid", true)]
    [InlineData("\\u006dsgie", "msgid", false)]
    [InlineData("naïve", "naïve", true)]
    [InlineData("naïve", "naive", false)]
    [InlineData("na\\u00efve", "naïve", true)]
    [InlineData("a\\\\b", "a\\\\b", false)]
    [InlineData("a\\\\b", "a\\b", true)]
    public void A_property_name_is_compared_as_text(string rawName, string name, bool expected)
    {
        var json = Encoding.UTF8.GetBytes("{\"" + rawName + "\":1}");
        var reader = new Utf8JsonReader(json);
        reader.Read();
        reader.Read();
        Assert.Equal(expected, JsonRead.NameIs(ref reader, name));
    }

    [Fact]
    public async Task The_client_reads_a_202_from_bytes_and_reports_what_it_cannot_read_as_text()
    {
        var ok = await SendAsync("{\"messages\":[{\"status\":0,\"receiver\":\"60123456789\",\"msgid\":\"m/1\"}]}", "application/json");
        Assert.True(ok.IsSuccess);
        Assert.Equal("m/1", ok.Value.Messages![0].Msgid);

        var bom = await SendAsync("\uFEFF{\"messages\":[{\"status\":0,\"receiver\":\"6012\",\"msgid\":\"m-2\"}]}", null);
        Assert.True(bom.IsSuccess);
        Assert.Equal("m-2", bom.Value.Messages![0].Msgid);

        // No media type: the first character decides, white space (also non-ASCII white space) skipped. A no-break
        // space is white space to that rule but not to JSON: the body is taken as JSON, and then cannot be read.
        var nbsp = await SendAsync("\u00A0 {\"messages\":[{\"status\":0,\"receiver\":\"6012\",\"msgid\":\"m-3\"}]}", null);
        Assert.Equal(ApiErrorKind.MalformedResponse, nbsp.Error!.Kind);
        Assert.StartsWith("the JSON body could not be read", nbsp.Error.Message);
        var html = await SendAsync("  \n<!DOCTYPE html><html><body>portal</body></html>", null);
        Assert.Equal(ApiErrorKind.MalformedResponse, html.Error!.Kind);
        Assert.Contains("not a documented JSON or XML body", html.Error.Message);

        // A body that does not fit: the error carries the decoded text.
        var drift = await SendAsync("{\"messages\":[{\"status\":0,\"receiver\":\"6012\"}]}", "application/json");
        Assert.Equal(ApiErrorKind.MalformedResponse, drift.Error!.Kind);
        Assert.Equal("{\"messages\":[{\"status\":0,\"receiver\":\"6012\"}]}", drift.Error.RawBody);
    }

    [Fact]
    public async Task A_flat_error_in_a_202_is_found_by_its_escaped_member_names()
    {
        var result = await SendAsync("{\"st\\u0061tus\":\"1\",\"err\\u005fmsg\":\"Authorization failed\"}", "application/json");
        Assert.False(result.IsSuccess);
        Assert.Equal("1", result.Error!.Code!.Raw);
        Assert.Equal("Authorization failed", result.Error.Message);
    }

    [Theory]
    [InlineData("{\"messages\":[{\"status\":0,\"receiver\":\"6012\",\"msgid\":\"m\"}],\"status\":\"1\",\"err_msg\":\"Authorization failed\"}")]
    [InlineData("{\"messages\":[{\"status\":0,\"receiver\":\"6012\",\"msgid\":\"m\"}],\"st\\u0061tus\":\"1\",\"err_msg\":\"Authorization failed\"}")]
    public async Task A_failure_code_beside_accepted_items_is_found_by_the_names_the_read_noted(string body)
    {
        // The success read's status scan walks the top level and notes its names; the flat error case is found by them.
        using var result = await SendAsync(body, "application/json");
        Assert.False(result.IsSuccess);
        Assert.Equal(ApiErrorKind.Rejected, result.Error!.Kind);
        Assert.Equal("1", result.Error.Code!.Raw);
        Assert.Equal("Authorization failed", result.Error.Message);
    }

    [Fact]
    public async Task Credential_fields_are_encoded_once_and_sent_alike_on_every_call()
    {
        var handler = new RecordingHandler("{\"messages\":[{\"status\":0,\"receiver\":\"6012\",\"msgid\":\"m\"}]}", "application/json");
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:9/rest/2/") };
        var client = new MoceanV2Client(http, new GatewayClientOptions { Credentials = MoceanV2Client.CreateCredentials("key 1&2", "sécret=/*") });
        for (var i = 0; i < 2; i++)
        {
            using var result = await client.SendSmsAsync(new SendSmsRequest { From = "A", To = new[] { "60123456789" }, Text = "hi " + i });
            Assert.True(result.IsSuccess);
        }
        Assert.Equal(2, handler.Bodies.Count);
        Assert.StartsWith("mocean-api-key=key+1%262&mocean-api-secret=s%C3%A9cret%3D%2F*&mocean-from=A&", handler.Bodies[0]);
        Assert.Equal(handler.Bodies[0].Replace("hi+0", "hi+1"), handler.Bodies[1]);
    }

    [Fact]
    public async Task The_sent_form_is_the_requests_own_form_after_the_credentials()
    {
        // The transport writes lists item by item into a pooled writer; ToForm joins them first: the bytes agree.
        var handler = new RecordingHandler("{\"messages\":[{\"status\":0,\"receiver\":\"6012\",\"msgid\":\"m\"}]}", "application/json");
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:9/rest/2/") };
        var client = new MoceanV2Client(http, new GatewayClientOptions { Credentials = MoceanV2Client.CreateCredentials("k", "s") });
        var request = new SendSmsRequest { From = "Caf\u00e9 & co", To = new[] { "60123456789", "60198765432", "60111222333" }, Text = "Hi \ud83d\ude00 100% / ok*" };
        using var result = await client.SendSmsAsync(request);
        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal("mocean-api-key=k&mocean-api-secret=s&" + request.ToForm() + "&mocean-resp-format=JSON", handler.Bodies.Single());
    }

    [Fact]
    public void Form_encoding_matches_a_character_by_character_encoder()
    {
        var random = new Random(11);
        const string alphabet = "aZ09-_.*~ +&=%/?#\u00e9\u20ac\ud83d\ude00\ud800\udc00\t\n\u0000\u007f";
        for (var n = 0; n < 500; n++)
        {
            var value = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            if (random.Next(10) == 0) value += "\ud800"; // a lone high surrogate at the end
            Assert.Equal("k=" + Reference(value), new FormWriter().Add("k", value).ToString());
        }
    }

    /// <summary>The form rule one character at a time: unreserved kept, space as '+', the rest as %XX of its UTF-8 (a lone surrogate as U+FFFD).</summary>
    private static string Reference(string value)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c is '-' or '_' or '.' or '*') sb.Append(c);
            else if (c == ' ') sb.Append('+');
            else
            {
                string text;
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) text = value.Substring(i++, 2);
                else if (char.IsSurrogate(c)) text = "\uFFFD";
                else text = c.ToString();
                foreach (var b in Encoding.UTF8.GetBytes(text)) sb.Append('%').Append(b.ToString("X2"));
            }
        }
        return sb.ToString();
    }

    private static async Task<ApiResult<SmsSendResult>> SendAsync(string body, string? mediaType)
    {
        using var http = new HttpClient(new RecordingHandler(body, mediaType)) { BaseAddress = new Uri("http://127.0.0.1:9/rest/2/") };
        var client = new MoceanV2Client(http, new GatewayClientOptions { Credentials = MoceanV2Client.CreateCredentials("k", "s") });
        return await client.SendSmsAsync(new SendSmsRequest { From = "A", To = new[] { "60123456789" }, Text = "hi" });
    }

    private sealed class RecordingHandler(string body, string? mediaType) : HttpMessageHandler
    {
        public List<string> Bodies { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is not null) Bodies.Add(await request.Content.ReadAsStringAsync(cancellationToken));
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (mediaType is not null) content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            return new HttpResponseMessage(HttpStatusCode.Accepted) { Content = content, RequestMessage = request };
        }
    }
}
