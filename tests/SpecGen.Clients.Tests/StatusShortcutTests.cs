using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Mocean.V2;
using SpecGen.Runtime.Http;
using SpecGen.Runtime.Wire;
using Xunit;

namespace SpecGen.Clients.Tests;

/// <summary>
/// The send path reads a success body in one walk: the generated reader notes the top-level names the transport asks
/// about, and a status rule's typed check (<see cref="StatusRule.Holds"/>) stands in for a second walk over the bytes
/// when every judged object has its required fields. Neither shortcut may change an answer: every body here is read
/// with the generated rule and with the same rule without its check, and must come out the same.
/// </summary>
public sealed class StatusShortcutTests
{
    private static StatusRule Generated(string field) =>
        (StatusRule)typeof(MoceanV2Client).GetProperty(field, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    private static StatusRule WithoutCheck(StatusRule rule) => new(rule.Items, rule.Code, rule.SuccessCodes, rule.Requires.ToArray());

    public static IEnumerable<object[]> Bodies() => new[]
    {
        "{\"messages\":[{\"status\":0,\"receiver\":\"60123456789\",\"msgid\":\"m-1\"}]}",
        "{\"messages\":[{\"status\":0,\"msgid\":\"m-1\"},{\"status\":0,\"msgid\":\"m-2\"}]}",
        "{\"messages\":[{\"status\":0,\"msgid\":\"m-1\"},{\"status\":0}]}",
        "{\"messages\":[{\"status\":0,\"msgid\":\"\"}]}",
        "{\"messages\":[{\"status\":0,\"msgid\":\" \\t \"}]}",
        "{\"messages\":[{\"status\":0,\"msgid\":\"\\u00a0\"}]}",
        "{\"messages\":[{\"status\":0,\"msgid\":null}]}",
        "{\"messages\":[{\"status\":0,\"msgid\":123}]}",
        "{\"messages\":[{\"status\":1,\"err_msg\":\"bad number\"}]}",
        "{\"messages\":[{\"status\":\"1\"},{\"status\":0,\"msgid\":\"m\"}]}",
        "{\"messages\":[{\"status\":0,\"msgid\":\"m\",\"msgid\":null}]}",
        "{\"messages\":[{\"status\":0,\"msgid\":null,\"msgid\":\"m\"}]}",
        "{\"messages\":[{\"status\":0}],\"messages\":[{\"status\":0,\"msgid\":\"m\"}]}",
        "{\"messages\":[{\"status\":0,\"msgid\":\"m\"}],\"messages\":[{\"status\":0}]}",
        "{\"messages\":[null,{\"status\":0,\"msgid\":\"m\"}]}",
        "{\"messages\":[]}",
        "{\"messages\":null}",
        "{}",
        "{\"messages\":[{\"status\":0,\"msg\\u0069d\":\"m\"}]}",
        "{\"messages\":[{\"status\":0,\"msgid\":\"m\"}],\"status\":1,\"err_msg\":\"both\"}",
        "{\"messages\":{\"status\":0,\"msgid\":\"one object\"}}",
        "{\"messages\":{\"status\":0}}",
    }.Select(b => new object[] { b });

    [Theory]
    [MemberData(nameof(Bodies))]
    public void The_typed_check_never_changes_what_a_body_reads_as(string body)
    {
        var rule = Generated("StatusRuleOfSendSms0");
        Assert.NotNull(rule.Holds);
        var bytes = Encoding.UTF8.GetBytes(body);
        var fast = ResponseBody.Json(ReceivedBody.FromUtf8(bytes), MoceanV2Shapes.SmsSendResult, rule, SmsSendResult.ReadJson);
        var walked = ResponseBody.Json(ReceivedBody.FromUtf8(bytes), MoceanV2Shapes.SmsSendResult, WithoutCheck(rule), SmsSendResult.ReadJson);
        Assert.Equal(walked.Success, fast.Success);
        if (walked.Success) Assert.Equal(walked.Value!.ToJson(), fast.Value!.ToJson());
        else Assert.Equal((walked.Error!.Message, walked.Error.Path), (fast.Error!.Message, fast.Error.Path));
    }

    [Fact]
    public void The_typed_check_is_what_decides_when_it_says_the_rule_holds()
    {
        // A success item without its msgid fails the rule; a check that (wrongly) says it holds is believed, which shows
        // the bytes are not walked again when it answers true, and walked when it answers false.
        var body = ReceivedBody.FromUtf8(Encoding.UTF8.GetBytes("{\"messages\":[{\"status\":0}]}"));
        var plain = new StatusRule("messages", "status", new[] { "0" }, "msgid");
        Assert.False(ResponseBody.Json(body, MoceanV2Shapes.SmsSendResult, plain, SmsSendResult.ReadJson).Success);
        Assert.True(ResponseBody.Json(body, MoceanV2Shapes.SmsSendResult, new StatusRule("messages", "status", new[] { "0" }, "msgid") { Holds = _ => true }, SmsSendResult.ReadJson).Success);
        Assert.False(ResponseBody.Json(body, MoceanV2Shapes.SmsSendResult, new StatusRule("messages", "status", new[] { "0" }, "msgid") { Holds = _ => false }, SmsSendResult.ReadJson).Success);
    }

    [Fact]
    public void A_rule_on_an_aliased_field_gets_no_typed_check()
    {
        // calls[].call_uuid is also read as call-uuid: the value would show a field the rule's walk does not find.
        Assert.Null(Generated("StatusRuleOfVoiceDial0").Holds);
    }

    [Theory]
    [InlineData("{\"messages\":[],\"status\":0,\"id\":\"x\"}", true)]
    [InlineData("{\"messages\":[],\"status\":0,\"ident\":\"x\"}", true)]
    [InlineData("{\"messages\":[],\"status\":0,\"id\":\" \",\"ident\":\"x\"}", true)]
    [InlineData("{\"messages\":[],\"status\":0,\"ident\":\"x\",\"ident\":null}", false)]
    [InlineData("{\"messages\":[],\"status\":0,\"id\":null,\"ident\":\"\"}", false)]
    [InlineData("{\"messages\":[],\"status\":0}", false)]
    [InlineData("{\"messages\":[],\"status\":5}", true)]
    public void A_required_field_is_present_under_any_of_its_names(string body, bool passes)
    {
        // The rule carries the spec's aliases: the bytes walk and the document check accept any name; errors name the documented
        // one. (The send result is only the carrier here: it requires messages, and the rule is on the body itself.)
        var rule = new StatusRule(null, "status", new[] { "0" }, new[] { new[] { "id", "ident" } });
        Assert.Equal(new[] { "id" }, rule.Requires);
        Assert.Equal(new[] { "id", "ident" }, rule.RequiredNames[0]);
        var read = ResponseBody.Json(ReceivedBody.FromUtf8(Encoding.UTF8.GetBytes(body)), MoceanV2Shapes.SmsSendResult, rule, SmsSendResult.ReadJson);
        Assert.Equal(passes, read.Success);
        if (!passes) Assert.Equal(("a success must carry 'id', which is missing", "id"), (read.Error!.Message, read.Error.Path));
    }

    [Fact]
    public void A_rule_without_a_name_for_a_required_field_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new StatusRule(null, "status", new[] { "0" }, new[] { Array.Empty<string>() }));
        Assert.Equal(new[] { "msgid" }, Assert.Single(new StatusRule("messages", "status", new[] { "0" }, "msgid").RequiredNames));
    }

    [Theory]
    [InlineData("{\"messages\":[{\"status\":0,\"receiver\":\"601\",\"msgid\":\"m-1\"}]}", null)]
    [InlineData("{\"messages\":[{\"status\":0,\"receiver\":\"601\",\"msgid\":\"m-1\"}],\"status\":1,\"err_msg\":\"Authorization failed\"}", ApiErrorKind.Rejected)]
    [InlineData("{\"messages\":[{\"status\":0,\"receiver\":\"601\",\"msgid\":\"m-1\"}],\"err_msg\":\"note\"}", null)]
    [InlineData("{\"messages\":[{\"status\":0,\"receiver\":\"601\",\"msgid\":\"m-1\"}],\"st\\u0061tus\":\"1\"}", ApiErrorKind.Rejected)]
    [InlineData("{\"messages\":[{\"status\":0,\"receiver\":\"601\"}]}", ApiErrorKind.MalformedResponse)]
    public async Task The_names_the_read_notes_still_find_a_failure_code_beside_a_success_body(string body, ApiErrorKind? expected)
    {
        // The documented flat error (status, err_msg) may come with a 202: whether the body carries its fields is
        // answered from the names the success read noted, so a name it missed would let a failure through.
        using var http = new HttpClient(new Answer(body)) { BaseAddress = new Uri("http://127.0.0.1:9/rest/2/") };
        var client = new MoceanV2Client(http, new GatewayClientOptions { Credentials = MoceanV2Client.CreateCredentials("key-123456", "secret-123456") });
        using var result = await client.SendSmsAsync(new SendSmsRequest { From = "SPECGEN", To = new[] { "60123456789" }, Text = "Hello" });
        Assert.Equal(expected, result.Error?.Kind);
        if (expected is null) Assert.Equal("m-1", result.Value!.Messages![0].Msgid);
    }

    private sealed class Answer : HttpMessageHandler
    {
        private readonly string _body;

        public Answer(string body) => _body = body;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.Accepted) { Content = new StringContent(_body, Encoding.UTF8, "application/json"), RequestMessage = request });
    }
}

/// <summary>
/// The generated client's per-operation data (operation info, status rules, success codes) and the response shapes are
/// created on first use: no static constructor, whose cost would grow with the number of operations and be paid in
/// full by the first call of any one of them.
/// </summary>
public sealed class LazyClientDataTests
{
    [Theory]
    [InlineData(typeof(Mocean.V2.MoceanV2Client))]
    [InlineData(typeof(Mocean.V1.MoceanV1Client))]
    [InlineData(typeof(Mobtexting.V2.MobtextingV2Client))]
    [InlineData(typeof(Oca.V1.OcaV1Client))]
    public void A_generated_client_initializes_only_its_spec_wide_settings_statically(Type type)
    {
        // The auth scheme and the response-format parameter are one per spec; nothing per operation is set up front.
        var initialized = type.GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static).Where(f => f.IsInitOnly).Select(f => f.Name);
        Assert.All(initialized, name => Assert.Contains(name, new[] { "<Auth>k__BackingField", "<ResponseFormatParameter>k__BackingField" }));
    }

    [Theory]
    [InlineData(typeof(Mocean.V2.MoceanV2Webhooks))]
    [InlineData(typeof(Mocean.V1.MoceanV1Webhooks))]
    [InlineData(typeof(Mocean.V2.MoceanV2Shapes))]
    public void Webhook_definitions_and_response_shapes_have_no_static_constructor(Type type)
    {
        Assert.Null(type.TypeInitializer);
        Assert.DoesNotContain(type.GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static), f => f.IsInitOnly);
    }

    [Fact]
    public void A_lazily_created_webhook_definition_is_created_once()
    {
        Assert.Same(Mocean.V2.MoceanV2Webhooks.All, Mocean.V2.MoceanV2Webhooks.All);
        Assert.Same(Mocean.V2.MoceanV2Webhooks.All[0], Mocean.V2.MoceanV2Webhooks.All[0]);
        Assert.Contains(Mocean.V2.MoceanV2Webhooks.DeliveryReport, Mocean.V2.MoceanV2Webhooks.All);
    }
}

/// <summary>Results print what they hold, so a log line or a failed assertion says what happened.</summary>
public sealed class ResultTextTests
{
    [Fact]
    public void A_parse_result_prints_its_value_or_its_error_with_the_path()
    {
        var ok = SmsSendResult.FromJson("{\"messages\":[{\"status\":0,\"msgid\":\"m-1\"}]}");
        Assert.StartsWith("Success: SmsSendResult", ok.ToString());

        var bad = ResponseBody.Json(ReceivedBody.FromText("{\"messages\":[{\"status\":0}]}"), MoceanV2Shapes.SmsSendResult, new StatusRule("messages", "status", new[] { "0" }, "msgid"), SmsSendResult.ReadJson);
        Assert.Equal("Failure: a success must carry 'msgid', which is missing (at messages[0].msgid)", bad.ToString());
    }

    [Fact]
    public void A_webhook_parse_result_prints_its_event_or_the_status_to_answer_and_why()
    {
        var ok = MoceanV2Webhooks.DeliveryReport.Parse("application/x-www-form-urlencoded", "mocean-from=MOCEAN&mocean-to=60123456789&mocean-dlr-status=1&mocean-msgid=m-1&mocean-error-code=0");
        Assert.True(ok.Success, ok.ToString());
        Assert.StartsWith("Success: ", ok.ToString());
        Assert.Contains("m-1", ok.ToString());

        var bad = MoceanV2Webhooks.DeliveryReport.Parse("text/html", "<html/>");
        Assert.StartsWith("Failure HTTP 415: unsupported content type text/html", bad.ToString());
    }
}
