using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace SpecGen.Clients.Tests;

/// <summary>
/// Webhooks never lose data and never acknowledge what they could not read (issue 9): bodies with none of
/// the documented fields are 400, the documented number-lookup result parses, unknown kinds are the
/// receiver's choice and keep their raw JSON.
/// </summary>
public sealed class WebhookTruthTests : IClassFixture<WebhookHost>
{
    private readonly WebhookHost _host;

    public WebhookTruthTests(WebhookHost host) => _host = host;

    private async Task<(int Status, string Body, object? Event)> Send(string path, string method, string contentType, string body)
    {
        var before = _host.Events.Count;
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(_host.Address, path)) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        using var response = await _host.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text, _host.Events.Count > before ? _host.Events.Last().Event : null);
    }

    [Theory]
    [InlineData("/mocean/v2/webhooks/delivery-report", "PUT", "application/x-www-form-urlencoded", "a=b")]
    [InlineData("/mocean/v2/webhooks/delivery-report", "PUT", "application/json", "{}")]
    [InlineData("/mocean/v2/webhooks/inbound-sms", "POST", "application/x-www-form-urlencoded", "a=b")]
    [InlineData("/mocean/v2/webhooks/whatsapp-inbound-message", "POST", "application/json", "{}")]
    [InlineData("/mocean/v2/webhooks/whatsapp-inbound-message", "POST", "application/json", "{\"unrelated\":1}")]
    [InlineData("/mocean/v2/webhooks/numberlookup", "PUT", "application/x-www-form-urlencoded", "{}")]
    [InlineData("/mocean/v1/webhooks/delivery-report", "PUT", "application/x-www-form-urlencoded", "x=1&y=2")]
    public async Task Body_with_none_of_the_documented_fields_is_400_and_never_reaches_the_handler(string path, string method, string contentType, string body)
    {
        var (status, text, evt) = await Send(path, method, contentType, body);
        Assert.Equal(400, status);
        Assert.Null(evt);
        Assert.Contains("none of the documented fields", text);
    }

    [Theory]
    // The document's request: form content type, body printed in JavaScript object notation (unquoted keys).
    [InlineData("{\n  status: 0,\n  msgid: \"test0412143224000022.0002\",\n  to: 60123456789,\n  current_carrier: {\n     country: \"MY\",\n     name: \"U Mobile\",\n     network_code: 50218,\n     mcc: 502,\n     mnc: 18\n  },\n  original_carrier: {\n     country: \"MY\",\n     name: \"Maxis Mobile\",\n     network_code: 50212,\n     mcc: 502,\n     mnc: 12\n  },\n  ported: \"ported\"\n}")]
    // The same as strict JSON.
    [InlineData("{\"status\":0,\"msgid\":\"test0412143224000022.0002\",\"to\":60123456789,\"current_carrier\":{\"country\":\"MY\",\"name\":\"U Mobile\",\"network_code\":50218,\"mcc\":502,\"mnc\":18},\"original_carrier\":{\"country\":\"MY\",\"name\":\"Maxis Mobile\",\"network_code\":50212,\"mcc\":502,\"mnc\":12},\"ported\":\"ported\"}")]
    public async Task Documented_number_lookup_result_posted_as_form_parses(string body)
    {
        var (status, _, evt) = await Send("/mocean/v2/webhooks/numberlookup", "PUT", "application/x-www-form-urlencoded", body);
        Assert.Equal(200, status);
        var e = Assert.IsType<Mocean.V2.NumberLookupResultEvent>(evt);
        Assert.Equal("test0412143224000022.0002", e.Msgid);
        Assert.Equal("60123456789", e.To);
        Assert.Equal("U Mobile", e.CurrentCarrier?.Name);
        Assert.Equal("Maxis Mobile", e.OriginalCarrier?.Name);
        Assert.NotNull(e.Ported);
    }

    [Fact]
    public async Task Number_lookup_result_as_form_fields_with_json_objects_parses()
    {
        var body = "status=0&msgid=m-9&to=60123456789&current_carrier=" + Uri.EscapeDataString("{\"country\":\"MY\",\"name\":\"U Mobile\"}") + "&ported=not_ported";
        var (status, _, evt) = await Send("/mocean/v2/webhooks/numberlookup", "PUT", "application/x-www-form-urlencoded", body);
        Assert.Equal(200, status);
        var e = Assert.IsType<Mocean.V2.NumberLookupResultEvent>(evt);
        Assert.Equal("m-9", e.Msgid);
        Assert.Equal("U Mobile", e.CurrentCarrier?.Name);
    }

    private const string Location = "{\"message_id\":\"wa-1\",\"event_type\":\"message\",\"event_data\":{\"content\":{\"type\":\"location\",\"location\":{\"latitude\":3.139,\"longitude\":101.6869}}}}";

    [Fact]
    public async Task Unknown_inbound_kind_is_not_acknowledged_by_default()
    {
        var (status, text, evt) = await Send("/mocean/v2/webhooks/whatsapp-inbound-message", "POST", "application/json", Location);
        Assert.Equal(422, status);
        Assert.Null(evt);
        Assert.Contains("event_data.content.type = location", text);
    }

    [Fact]
    public async Task Unknown_inbound_kind_is_delivered_with_its_raw_JSON_when_the_user_chooses()
    {
        var (status, _, evt) = await Send("/deliver/whatsapp-inbound", "POST", "application/json", Location);
        Assert.Equal(200, status);
        Assert.IsType<Mocean.V2.WhatsappInboundMessageEvent>(evt);
        var (raw, kind) = _host.Raw.Last();
        Assert.Equal(Location, raw);
        Assert.Equal("event_data.content.type = location", kind);
    }

    [Fact]
    public async Task Unknown_inbound_kind_can_be_answered_by_the_user_callback()
    {
        var (status, text, evt) = await Send("/custom/whatsapp-inbound", "POST", "application/json", Location);
        Assert.Equal(202, status);
        Assert.Null(evt);
        Assert.Equal("event_data.content.type = location | " + Location, text);
    }

    [Fact]
    public async Task Known_inbound_kind_is_delivered_without_an_unknown_mark()
    {
        var text = "{\"message_id\":\"wa-2\",\"event_type\":\"message\",\"event_data\":{\"content\":{\"type\":\"text\",\"text\":\"hi\"}}}";
        var (status, _, evt) = await Send("/deliver/whatsapp-inbound", "POST", "application/json", text);
        Assert.Equal(200, status);
        Assert.NotNull(evt);
        Assert.Null(_host.Raw.Last().UnknownKind);
    }
}
