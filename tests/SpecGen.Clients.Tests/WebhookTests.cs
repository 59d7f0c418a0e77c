using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SpecGen.Runtime.Http;
using SpecGen.Testing.Gateway;
using Xunit;

namespace SpecGen.Clients.Tests;

/// <summary>
/// Every webhook parser through the real ASP.NET Core pipeline (Kestrel + HttpClient): the document's
/// examples, spec-shaped events, and hostile input, which must never reach a handler nor cause a 5xx.
/// </summary>
public sealed class WebhookTests : IClassFixture<WebhookHost>, IClassFixture<GatewayFixture>
{
    private readonly WebhookHost _host;
    private readonly GatewayFixture _f;

    public WebhookTests(WebhookHost host, GatewayFixture gateway)
    {
        _host = host;
        _f = gateway;
        _f.Gateway.ClearFaults();
    }

    public static TheoryData<string> Webhooks()
    {
        var data = new TheoryData<string>();
        foreach (var key in new[]
        {
            "mocean/v1/delivery_report", "mocean/v1/inbound_sms", "mocean/v2/number_lookup_result", "mocean/v2/delivery_report", "mocean/v2/inbound_sms",
            "mocean/v2/voice_collect", "mocean/v2/voice_answer", "mocean/v2/whatsapp_delivery_status", "mocean/v2/whatsapp_inbound_message",
        })
        {
            data.Add(key);
        }
        return data;
    }

    private async Task<(int Status, string Body, string? ContentType, object? Event)> Post(string key, HttpContent? content, string? query = null, string? method = null)
    {
        var spec = key.Substring(0, key.LastIndexOf('/'));
        var webhook = _host.Mapped[key];
        var url = _host.Url(spec, webhook) + (query ?? string.Empty);
        var before = _host.Events.Count;
        using var request = new HttpRequestMessage(new HttpMethod(method ?? webhook.Method), url) { Content = content };
        using var response = await _host.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        object? evt = _host.Events.Count > before ? _host.Events.Last().Event : null;
        return ((int)response.StatusCode, body, response.Content.Headers.ContentType?.ToString(), evt);
    }

    private static HttpContent Form(string body) => new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");

    private static HttpContent Json(string body) => new StringContent(body, Encoding.UTF8, "application/json");

    private static HttpContent Bytes(byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    [Fact]
    public void Every_webhook_of_every_spec_is_mapped()
    {
        var webhooks = _f.Gateway.Specs.SelectMany(s => s.Operations.Where(o => o.IsWebhook).Select(o => s.Id + "/" + o.Name)).OrderBy(k => k, StringComparer.Ordinal);
        Assert.Equal(webhooks, _host.Mapped.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(webhooks.Select(k => k.Substring(k.LastIndexOf('/') + 1)).OrderBy(k => k, StringComparer.Ordinal),
            Mocean.V1.MoceanV1Webhooks.All.Concat(Mocean.V2.MoceanV2Webhooks.All).Select(w => w.Name).OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(((IEnumerable<object[]>)Webhooks()).Select(d => (string)d[0]).OrderBy(k => k, StringComparer.Ordinal), _host.Mapped.Keys.OrderBy(k => k, StringComparer.Ordinal));
    }

    // ---- the document's examples ---------------------------------------------------------------

    /// <summary>The form requests the document prints as "Request sent from Mocean": method, path and the field listing.</summary>
    public static IEnumerable<(string Method, string Path, string Body)> DocumentedFormRequests(string document)
    {
        var lines = document.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith("> PUT /", StringComparison.Ordinal) && !line.StartsWith("> POST /", StringComparison.Ordinal)) continue;
            var parts = line.Split(' ');
            var j = i + 1;
            while (j < lines.Length && j < i + 12 && lines[j].Trim() != "{") j++;
            if (j >= lines.Length || lines[j].Trim() != "{" || !lines.Skip(i).Take(j - i).Any(l => l.Contains("x-www-form-urlencoded"))) continue;
            var pairs = new List<string>();
            for (j++; j < lines.Length && lines[j].Trim() != "}"; j++)
            {
                var entry = lines[j].Trim().TrimEnd(',');
                var colon = entry.IndexOf(':');
                if (colon <= 0) continue;
                var value = entry.Substring(colon + 1).Trim().Trim('"');
                pairs.Add(entry.Substring(0, colon).Trim() + "=" + value.Replace(" ", "+"));
            }
            yield return (parts[1], parts[2], string.Join("&", pairs));
        }
    }

    /// <summary>Every JSON object the document prints whose top level has an event_type.</summary>
    public static IEnumerable<string> DocumentedJsonEvents(string document)
    {
        var text = document.Replace("\r\n", "\n");
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "{") continue;
            var indent = lines[i].IndexOf('{');
            var end = Array.FindIndex(lines, i + 1, l => l.Length > indent && l.Substring(0, indent).Trim().Length == 0 && l.Trim() == "}" && l.IndexOf('}') == indent);
            if (end < 0) continue;
            var json = string.Join("\n", lines.Skip(i).Take(end - i + 1));
            JsonNode? node;
            try
            {
                node = JsonNode.Parse(json);
            }
            catch (JsonException)
            {
                continue;
            }
            if (node is JsonObject o && o.ContainsKey("event_type")) yield return json;
        }
    }

    [Fact]
    public async Task Documented_form_examples_are_parsed_into_typed_events()
    {
        var examples = DocumentedFormRequests(RepoFiles.Source("001")).ToList();
        Assert.Contains(examples, e => e.Path == "/webhooks/delivery-report");
        Assert.Contains(examples, e => e.Path == "/webhooks/inbound-sms");
        foreach (var (method, path, body) in examples)
        {
            var key = "mocean/v2/" + _host.Mapped.Values.Single(w => w.Path == path && w.Method == method && _host.Mapped["mocean/v2/" + w.Name] == w).Name;
            var (status, reply, _, evt) = await Post(key, Form(body));
            Assert.Equal(200, status);
            Assert.Equal(string.Empty, reply);
            switch (evt)
            {
                case Mocean.V2.DeliveryReportEvent dlr:
                    Assert.Equal("60123456789", dlr.From);
                    Assert.Equal("63001", dlr.To);
                    Assert.Equal(new Mocean.V2.DlrStatusCode(1), dlr.DlrStatus);
                    Assert.Equal("cust20013050311050614001", dlr.Msgid);
                    Assert.Equal("0", dlr.ErrorCode?.ToString());
                    break;
                case Mocean.V2.InboundSmsEvent mo:
                    Assert.Equal("Hello World", mo.Text);
                    Assert.Equal("MOC", mo.Keyword);
                    Assert.Equal(new DateTime(2018, 12, 30, 23, 59, 59), mo.Time);
                    Assert.Equal((int?)1, mo.Coding);
                    break;
                case Mocean.V2.NumberLookupResultEvent nl:
                    Assert.NotNull(nl.Msgid);
                    Assert.NotNull(nl.Status);
                    break;
                default:
                    Assert.Fail("no event for " + path + ": " + evt);
                    break;
            }
        }

        // The v1 document prints the same kind of requests.
        var v1 = DocumentedFormRequests(RepoFiles.Source("000")).Where(e => e.Path == "/webhooks/delivery-report").ToList();
        foreach (var (_, _, body) in v1)
        {
            var (status, _, _, evt) = await Post("mocean/v1/delivery_report", Form(body));
            Assert.Equal(200, status);
            Assert.NotNull(Assert.IsType<Mocean.V1.DeliveryReportEvent>(evt).Msgid);
        }
    }

    [Fact]
    public async Task Documented_whatsapp_json_examples_are_parsed_into_typed_events()
    {
        var examples = DocumentedJsonEvents(RepoFiles.Source("001")).ToList();
        var deliveries = 0;
        var inbound = 0;
        foreach (var json in examples)
        {
            var type = JsonNode.Parse(json)!["event_type"]!.GetValue<string>();
            var key = type == "delivery-status" ? "mocean/v2/whatsapp_delivery_status" : "mocean/v2/whatsapp_inbound_message";
            var (status, _, _, evt) = await Post(key, Json(json));
            Assert.Equal(200, status);
            switch (evt)
            {
                case Mocean.V2.WhatsappDeliveryStatusEvent d:
                    deliveries++;
                    Assert.Equal("delivery-status", d.EventType);
                    Assert.NotNull(d.EventData?.MetaDeliveryStatus);
                    Assert.NotNull(d.MessageId);
                    break;
                case Mocean.V2.WhatsappInboundMessageEvent m:
                    inbound++;
                    Assert.Equal("message", m.EventType);
                    Assert.NotNull(m.EventData);
                    break;
                default:
                    Assert.Fail("no event: " + json);
                    break;
            }
        }
        Assert.True(deliveries >= 4, "delivery examples: " + deliveries);
        Assert.True(inbound >= 10, "inbound examples: " + inbound);
    }

    // ---- spec-shaped events for every webhook -------------------------------------------------

    [Theory]
    [MemberData(nameof(Webhooks))]
    public async Task Spec_shaped_event_is_parsed_and_answered_with_the_documented_reply(string key)
    {
        var specId = key.Substring(0, key.LastIndexOf('/'));
        var spec = _f.Gateway.Specs.Single(s => s.Id == specId);
        var op = spec.Operations.Single(o => spec.Id + "/" + o.Name == key);
        var samples = new SampleBodies(spec);
        var evt = samples.Event(op);
        var content = op.Encoding == "json"
            ? Json(evt.ToJsonString())
            : Form(string.Join("&", evt.Select(kv => Uri.EscapeDataString(kv.Key) + "=" + Uri.EscapeDataString(kv.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : kv.Value!.ToJsonString()))));
        var (status, reply, contentType, received) = await Post(key, content);
        Assert.Equal(op.Reply?.Status ?? 200, status);
        Assert.NotNull(received);
        Assert.True(((dynamic)received!).Validate().IsValid);
        if (op.Reply?.Body is not null)
        {
            Assert.StartsWith("application/json", contentType);
            Assert.True(JsonNode.Parse(reply) is JsonArray, reply);
            var program = JsonNode.Parse(reply)!.AsArray();
            Assert.NotEmpty(program);
            Assert.Equal("say", program[0]!["action"]!.GetValue<string>());
        }
        else
        {
            Assert.Equal(string.Empty, reply);
        }
    }

    [Fact]
    public async Task Voice_answer_replies_with_a_call_program_as_json()
    {
        var (status, reply, contentType, evt) = await Post("mocean/v2/voice_answer", Form("mocean-session-uuid=s-1&mocean-call-uuid=c-1&mocean-to=60123456789&mocean-from=60198765432"));
        Assert.Equal(200, status);
        Assert.Equal("application/json; charset=utf-8", contentType);
        Assert.Equal("60198765432", Assert.IsType<Mocean.V2.VoiceAnswerEvent>(evt).From);
        var program = JsonNode.Parse(reply)!.AsArray();
        Assert.Equal(2, program.Count);
        Assert.Equal("Hello 60198765432", program[0]!["text"]!.GetValue<string>());
        Assert.Equal("en-GB", program[0]!["language"]!.GetValue<string>());
        Assert.Equal("collect", program[1]!["action"]!.GetValue<string>());
        // Each action reads back as the typed union the spec describes.
        Assert.IsType<Mocean.V2.CollectAction>(Mocean.V2.IMcAction.FromJson(program[1]!.ToJsonString()).Value);
    }

    [Fact]
    public async Task Query_string_events_are_read_when_the_body_is_empty()
    {
        var (status, reply, _, evt) = await Post("mocean/v2/voice_collect", null, "?mocean-session-uuid=s&mocean-call-uuid=c&mocean-digits=42");
        Assert.Equal(200, status);
        Assert.Equal("42", Assert.IsType<Mocean.V2.VoiceCollectEvent>(evt).Digits);
        Assert.Contains("You pressed 42", reply);
    }

    [Fact]
    public async Task Json_body_for_a_form_webhook_is_read_by_its_content_type()
    {
        var (status, _, _, evt) = await Post("mocean/v2/delivery_report", Json("{\"mocean-msgid\":\"m-json\",\"mocean-dlr-status\":2}"));
        Assert.Equal(200, status);
        var dlr = Assert.IsType<Mocean.V2.DeliveryReportEvent>(evt);
        Assert.Equal("m-json", dlr.Msgid);
        Assert.Equal(new Mocean.V2.DlrStatusCode(2), dlr.DlrStatus);
    }

    [Fact]
    public async Task Undocumented_method_is_refused_by_routing()
    {
        var (status, _, _, evt) = await Post("mocean/v2/delivery_report", Form("mocean-msgid=x"), method: "DELETE");
        Assert.Equal(405, status);
        Assert.Null(evt);
    }

    // ---- hostile input -------------------------------------------------------------------------

    public static TheoryData<string, string> Hostile()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Webhooks())
        {
            foreach (var kind in new[] { "empty", "blank", "text-plain", "xml", "octet-stream", "huge-field", "too-large", "invalid-utf8", "wrong-types", "duplicate-keys", "malformed-json", "json-array", "json-scalar", "deep-json", "nul-and-controls", "percent-garbage", "bom-json", "form-as-json" })
            {
                data.Add(row, kind);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_input_gets_a_typed_answer_and_never_a_server_error(string key, string kind)
    {
        var specId = key.Substring(0, key.LastIndexOf('/'));
        var spec = _f.Gateway.Specs.Single(s => s.Id == specId);
        var op = spec.Operations.Single(o => spec.Id + "/" + o.Name == key);
        var names = op.Body is { } b ? spec.Schemas.Single(s => s.Name == b).Fields.Select(f => f.WireName).ToList() : op.Parameters.Select(p => p.WireName).ToList();
        var json = op.Encoding == "json";
        var huge = new string('x', 900_000);
        HttpContent? content;
        int[] expected;
        var handled = false;
        switch (kind)
        {
            case "empty":
                content = Bytes(Array.Empty<byte>(), json ? "application/json" : "application/x-www-form-urlencoded");
                expected = new[] { 400 };
                break;
            case "blank":
                content = Bytes(Encoding.UTF8.GetBytes(" \r\n\t "), null);
                expected = new[] { 400 };
                break;
            case "text-plain":
                content = new StringContent(names[0] + "=v", Encoding.UTF8, "text/plain");
                expected = new[] { 415 };
                break;
            case "xml":
                content = new StringContent("<event><" + names[0] + ">v</" + names[0] + "></event>", Encoding.UTF8, "application/xml");
                expected = new[] { 415 };
                break;
            case "octet-stream":
                content = Bytes(new byte[] { 0, 1, 2, 3, 0xFF }, "application/octet-stream");
                expected = new[] { 415 };
                break;
            case "huge-field":
                content = json ? Json("{\"" + names[0] + "\":\"" + huge + "\"}") : Form(names[0] + "=" + huge);
                expected = new[] { 200 };
                handled = true;
                break;
            case "too-large":
                content = json ? Json("{\"" + names[0] + "\":\"" + huge + huge + "\"}") : Form(names[0] + "=" + huge + huge);
                expected = new[] { 413 };
                break;
            case "invalid-utf8":
                content = Bytes(Encoding.ASCII.GetBytes(json ? "{\"" + names[0] + "\":\"" : names[0] + "=").Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0xA0 }).Concat(Encoding.ASCII.GetBytes(json ? "\"}" : string.Empty)).ToArray(), json ? "application/json" : "application/x-www-form-urlencoded");
                expected = new[] { 400 };
                break;
            case "wrong-types":
                content = json
                    ? Json("{" + string.Join(",", names.Select((n, i) => "\"" + n + "\":" + (i % 3 == 0 ? "{\"x\":[1,{}]}" : i % 3 == 1 ? "[true,null]" : "123456789012345678901234567890"))) + "}")
                    : Form(string.Join("&", names.Select(n => n + "=%7B%22not%22%3A%5B%5D%7D"))); // {"not":[]}
                expected = new[] { 200 };
                handled = true;
                break;
            case "duplicate-keys":
                content = json
                    ? Json("{" + string.Join(",", names.SelectMany(n => new[] { "\"" + n + "\":\"first\"", "\"" + n + "\":\"second\"" })) + "}")
                    : Form(string.Join("&", names.SelectMany(n => new[] { n + "=first", n + "=second" })));
                expected = new[] { 200 };
                handled = true;
                break;
            case "malformed-json":
                content = Json("{\"" + names[0] + "\": ");
                expected = new[] { 400 };
                break;
            case "json-array":
                content = Json("[{\"" + names[0] + "\":\"v\"}]");
                expected = new[] { 400 };
                break;
            case "json-scalar":
                content = Json("\"just a string\"");
                expected = new[] { 400 };
                break;
            case "deep-json":
                content = Json(new string('[', 5000) + new string(']', 5000));
                expected = new[] { 400 };
                break;
            case "nul-and-controls":
                content = json ? Json("{\"" + names[0] + "\":\"a\\u0000b\\u0007c\"}") : Form(names[0] + "=a%00b%07c");
                expected = new[] { 200 };
                handled = true;
                break;
            case "percent-garbage":
                content = Form("%%%=%zz&=&&&%E0%A4%A=1&" + names[0] + "=%ZZ%");
                expected = new[] { 200 };
                handled = true;
                break;
            case "bom-json":
                content = Bytes(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"" + names[0] + "\":\"v\"}")).ToArray(), "application/json; charset=utf-8");
                expected = new[] { 200 };
                handled = true;
                break;
            case "form-as-json":
                content = Json(names[0] + "=v&" + names[^1] + "=w");
                expected = new[] { 400 };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }

        var (status, body, _, evt) = await Post(key, content);
        Assert.True(status < 500, kind + " gave " + status + ": " + body);
        Assert.Contains(status, expected);
        if (handled)
        {
            Assert.NotNull(evt);
        }
        else
        {
            Assert.Null(evt);
            Assert.False(string.IsNullOrEmpty(body));
        }
        if (kind == "huge-field" && !json)
        {
            var first = op.Parameters[0];
            if (first.Type.Name == "string") Assert.Equal(huge, evt!.GetType().GetProperties().Select(p => p.GetValue(evt)).OfType<string>().First());
        }
        if (kind == "duplicate-keys" && !json && op.Parameters[0].Type.Name == "string")
        {
            Assert.Equal("first", evt!.GetType().GetProperties().Select(p => p.GetValue(evt)).OfType<string>().First());
        }
    }

    [Fact]
    public void Parsers_never_throw_on_random_bytes()
    {
        var random = new Random(20240102);
        var definitions = Mocean.V2.MoceanV2Webhooks.All.Concat(Mocean.V1.MoceanV1Webhooks.All).ToList();
        for (var i = 0; i < 3000; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            var contentType = (i % 4) switch { 0 => "application/json", 1 => "application/x-www-form-urlencoded", 2 => null, _ => "text/plain" };
            var d = Mocean.V2.MoceanV2Webhooks.DeliveryReport;
            var w = Mocean.V2.MoceanV2Webhooks.WhatsappInboundMessage;
            var r1 = d.Parse(contentType, bytes, i % 5 == 0 ? "?a=%" : null);
            var r2 = w.Parse(contentType, bytes, null);
            Assert.True(r1.Success || r1.FailureStatus is 400 or 413 or 415);
            Assert.True(r2.Success || r2.FailureStatus is 400 or 413 or 415);
        }
        Assert.Equal(9, definitions.Count);
    }

    // ---- end to end: the gateway calls back ----------------------------------------------------

    [Fact]
    public async Task Delivery_reports_of_sent_messages_arrive_as_typed_events()
    {
        var client = _f.MoceanV2();
        using var sms = await client.SendSmsAsync(new Mocean.V2.SendSmsRequest
        {
            From = "SPECGEN",
            To = ["60123456789"],
            Text = "with a report",
            DlrMask = 1,
            DlrUrl = _host.Url("mocean/v2", Mocean.V2.MoceanV2Webhooks.DeliveryReport),
        });
        Assert.True(sms.IsSuccess, sms.ToString());
        using var wa = await client.SendWhatsappAsync(new Mocean.V2.SendWhatsappRequest
        {
            From = "60123456789",
            To = "60198765432",
            Content = new Mocean.V2.TextContent { Text = "with a report" },
            EventUrl = _host.Url("mocean/v2", Mocean.V2.MoceanV2Webhooks.WhatsappDeliveryStatus),
        });
        Assert.True(wa.IsSuccess, wa.ToString());
        await _f.Gateway.FlushCallbacksAsync();

        var msgid = sms.Value.Messages![0].Msgid;
        var dlr = _host.Events.Select(e => e.Event).OfType<Mocean.V2.DeliveryReportEvent>().Single(e => e.Msgid == msgid);
        Assert.NotNull(dlr.DlrStatus);
        var status = _host.Events.Select(e => e.Event).OfType<Mocean.V2.WhatsappDeliveryStatusEvent>().Single(e => e.MessageId == wa.Value.MessageId);
        Assert.Equal("delivery-status", status.EventType);
        Assert.All(_f.Gateway.Callbacks.Where(c => c.Body.Contains(msgid!) || c.Body.Contains(wa.Value.MessageId!)), c => Assert.Equal(200, c.ReplyStatus));
    }
}
