using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>JSON written as a string literal and given to a generated parser of what a client sends: parsed at compile time, diagnostics inside the literal.</summary>
public sealed class JsonLiteralTests
{
    [Fact]
    public async Task A_say_in_en_gb_inside_a_raw_literal_is_flagged_on_the_json_string()
    {
        var diagnostics = await AnalyzerHarness.Verify(""""
            using Mocean.V2;
            class C
            {
                static object M() => IMcAction.FromJson("""{"action":"say","language":{|SG2001:"en-gb"|},"text":"Hello"}""");
                static object Valid() => IMcAction.FromJson("""{"action":"say","language":"en-GB","text":"Hello"}""");
            }
            """");
        Assert.StartsWith("language must be one of: \"en-US\", \"en-GB\"", diagnostics.Single().GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escaped_regular_and_verbatim_literals_map_to_the_exact_characters()
    {
        await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static object Regular() => IMcAction.FromJson("{\"action\":\"sleep\",\"duration\":{|SG2002:-1|}}");
                static object Verbatim() => IMcAction.FromJson(@"{""action"":""sleep"",""duration"":{|SG2002:-20|}}");
                static object Unicode() => SleepAction.FromJson("{\"action\":\u0022sleep\u0022,\"duration\":{|SG2002:-3|}}");
            }
            """);
    }

    [Fact]
    public async Task A_multi_line_raw_literal_maps_lines_and_indentation()
    {
        await AnalyzerHarness.Verify(""""
            using Mocean.V2;
            class C
            {
                static object M() => IMcAction.FromJson("""
                    {
                      "action": "collect",
                      "event-url": "https://example.com/collect",
                      "min": {|SG2012:5|},
                      "max": 2,
                      "timeout": 5000
                    }
                    """);
            }
            """");
    }

    [Fact]
    public async Task A_dial_without_to_and_a_reaction_without_reply_to_msg_id_are_flagged_on_the_object()
    {
        var diagnostics = await AnalyzerHarness.Verify(""""
            using Mocean.V2;
            class C
            {
                static object Dial() => IMcAction.FromJson("""{|SG2008:{"action":"dial","from":"ACME"}|}""");
                static object Reaction() => IWhatsappContent.FromJson("""{|SG2008:{"type":"reaction","text":"👍"}|}""");
                static object ValidDial() => IMcAction.FromJson("""{"action":"dial","to":["60123456789"]}""");
                static object ValidReaction() => IWhatsappContent.FromJson("""{"type":"reaction","text":"👍","reply_to_msg_id":"m1"}""");
            }
            """");
        Assert.Equal("to is required; DialAction.To is missing", diagnostics[0].GetMessage());
        Assert.Equal("reply_to_msg_id is required; ReactionContent.ReplyToMsgId is missing", diagnostics[1].GetMessage());
    }

    [Fact]
    public async Task Whatsapp_interactive_json_is_checked_like_the_object_graph()
    {
        await AnalyzerHarness.Verify(""""
            using Mocean.V2;
            class C
            {
                static object Buttons() => IWhatsappContent.FromJson("""
                    {"type":"interactive","wa_interactive":{"type":"button","body":{"type":"text","text":"Pick"},
                     "action":{"wa_buttons":[
                       {"type":"reply","id":"a","title":"A"},
                       {"type":"reply","id":{|SG2006:"b "|},"title":"B"},
                       {"type":"reply","id":"c","title":"C"},
                       {|SG2007:{"type":"reply","id":"d","title":"D"}|}]}}}
                    """);
                static object List() => IWhatsappContent.FromJson("""
                    {"type":"interactive","wa_interactive":{"type":"list","body":{"type":"text","text":"Pick"},
                     "action":{|SG2008:{"sections":[{"title":"A","rows":[{"id":"r1","title":"One"}]},{"title":"B","rows":[{"id":{|SG2010:"r1"|},"title":"Two"}]}]}|}}}
                    """);
                static object Header() => IWhatsappContent.FromJson("""
                    {"type":"interactive","wa_interactive":{"type":"button","header":{|SG2013:{"type":"audio","rich_media_url":"https://example.com/a.mp3"}|},
                     "body":{"type":"text","text":"Pick"},"action":{"wa_buttons":[{"type":"reply","id":"a","title":"A"}]}}}
                    """);
                static object Template() => IWhatsappContent.FromJson("""
                    {"type":"template","wa_template":{"name":"n","language":"en","wa_buttons":[
                      {"type":"url","index":0,"url_parameter":"x"},
                      {|SG2008:{"type":{|SG2011:"quick_reply"|},"index":1}|}]}}
                    """);
            }
            """");
    }

    [Fact]
    public async Task Invalid_json_unknown_variants_and_wrong_kinds_are_flagged_where_they_are()
    {
        var diagnostics = await AnalyzerHarness.Verify(""""
            using Mocean.V2;
            class C
            {
                static object Syntax() => IMcAction.FromJson("""{"action":"say" {|SG2014:"|}text":"x"}""");
                static object Unknown() => IMcAction.FromJson("""{"action":{|SG2016:"jump"|}}""");
                static object Kind() => IMcAction.FromJson("""{"action":"sleep","duration":{|SG2015:"long"|}}""");
                static object Program() => IMcAction.FromJson("""{|SG2015:[{"action":"record"}]|}""");
                static object Tolerated() => IMcAction.FromJson("""{"action":"sleep","duration":"300", /* comment */ }""");
            }
            """");
        Assert.Contains("not valid", diagnostics[0].GetMessage());
        Assert.Contains("action must be one of the variants: \"say\", \"play\", \"collect\", \"sleep\", \"dial\", \"record\"", diagnostics[1].GetMessage());
    }

    [Fact]
    public async Task Json_given_to_parsers_of_what_a_server_sends_is_not_judged()
    {
        await AnalyzerHarness.Verify(""""
            using Mocean.V2;
            class C
            {
                static object Status() => WhatsappDeliveryStatusEvent.FromJson("""{"event_type":"odd","event_data":{"channel_type":"SMS","from":"x"}}""");
                static object Inbound() => WhatsappInboundMessageEvent.FromJson("""{"event_type":"message","event_data":{"to":"1"}}""");
                static object NotJson() => VoiceCallResult.FromJson("not json at all");
            }
            """");
    }
}
