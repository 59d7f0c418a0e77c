using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>
/// Every SG2xxx example of docs/analyzers.md as a compilable snippet. <see cref="AnalyzerHarness.Verify"/> runs
/// each one twice, with the generated types in the same compilation and in a referenced assembly, and
/// requires identical diagnostics (IDs, spans, messages): the binding contract holds for a shared bindings library.
/// </summary>
public sealed class DocExampleTests
{
    private const string Using = "using System;\nusing System.Collections.Generic;\nusing Mocean.V2;\n";

    public static readonly Dictionary<string, string> Examples = new()
    {
        ["SG2001"] = Using + """"
            class C
            {
                static SayAction A() => new SayAction { Language = {|SG2001:"en-gb"|}, Text = "Hi" };
                static VerifyRequest B() => new VerifyRequest { To = "60123456789", Brand = "B", CodeLength = {|SG2001:5|} };
            }
            """",
        ["SG2002"] = Using + """"
            class C
            {
                static SleepAction A() => new SleepAction { Duration = {|SG2002:-1|} };
                static VerifyRequest B() => new VerifyRequest { To = "60123456789", Brand = "B", PinValidity = {|SG2002:30|} };
                static SendSmsRequest D() => new SendSmsRequest { From = "A", To = ["60123456789"], Text = "x", Coding = {|SG2002:4|} };
            }
            """",
        ["SG2004"] = Using + """"
            class C
            {
                static VoiceDialRequest A() => new VoiceDialRequest { To = ["60123456789", {|SG2004:"12345"|}], Command = [new RecordAction()], EventUrl = new Uri("https://example.com/e") };
                static CollectAction B() => new CollectAction { EventUrl = new Uri({|SG2004:"ftp://example.com/c"|}), Min = 1, Max = 2, Timeout = 0 };
            }
            """",
        ["SG2005"] = Using + """"
            class C
            {
                static PricingRequest A() => new PricingRequest { Mcc = {|SG2005:"50a"|}, Mnc = "01" };
            }
            """",
        ["SG2006"] = Using + """"
            class C
            {
                static WhatsappInteractiveButton A() => new WhatsappInteractiveButton { Id = {|SG2006:"yes "|}, Title = "Yes" };
            }
            """",
        ["SG2007"] = Using + """"
            class C
            {
                static WhatsappInteractiveButton B(string id) => new WhatsappInteractiveButton { Id = id, Title = id };
                static WhatsappAction A() => new WhatsappAction { WaButtons = [B("1"), B("2"), B("3"), {|SG2007:B("4")|}] };
            }
            """",
        ["SG2008"] = Using + """"
            class C
            {
                static SendSmsRequest A() => {|SG2008:new SendSmsRequest|} { From = "A", To = ["60123456789"], Text = "x", DlrMask = 1 };
                static WhatsappTemplateButton B() => {|SG2008:new WhatsappTemplateButton|} { Type = WhatsappTemplateButtonType.QuickReply, Index = 0 };
                static object D() => IMcAction.FromJson("""{|SG2008:{"action":"dial"}|}""");
                static PricingRequest E() => {|SG2008:new PricingRequest|} { Mcc = "502" };
            }
            """",
        ["SG2009"] = Using + """"
            class C
            {
                static WhatsappTemplate A() => new WhatsappTemplate
                {
                    Name = "n",
                    Language = "en",
                    HeaderParams = [new RichMediaContent { Type = RichMediaType.Image, RichMediaUrl = new Uri("https://example.com/l.png"), {|SG2009:Text = "caption"|} }],
                };
            }
            """",
        ["SG2010"] = Using + """"
            class C
            {
                static WhatsappRow R(string id) => new WhatsappRow { Id = id, Title = id };
                static IWhatsappContent A() => new InteractiveContent
                {
                    WaInteractive = new WhatsappInteractive
                    {
                        Type = WhatsappInteractiveType.List,
                        Body = new TextContent { Text = "Choose" },
                        Action = new WhatsappAction
                        {
                            ButtonText = "Menu",
                            Sections = [new WhatsappSection { Title = "A", Rows = [new WhatsappRow { Id = "r1", Title = "1" }] }, new WhatsappSection { Title = "B", Rows = [new WhatsappRow { Id = {|SG2010:"r1"|}, Title = "2" }] }],
                        },
                    },
                };
            }
            """",
        ["SG2011"] = Using + """"
            class C
            {
                static WhatsappTemplate A() => new WhatsappTemplate
                {
                    Name = "t",
                    Language = "en",
                    WaButtons =
                    [
                        new WhatsappTemplateButton { Type = WhatsappTemplateButtonType.Url, Index = 0, UrlParameter = "x" },
                        new WhatsappTemplateButton { Type = {|SG2011:WhatsappTemplateButtonType.QuickReply|}, Index = 1, Payload = "p" },
                    ],
                };
            }
            """",
        ["SG2012"] = Using + """"
            class C
            {
                static CollectAction A() => new CollectAction { EventUrl = new Uri("https://example.com/c"), Min = {|SG2012:5|}, Max = 2, Timeout = 0 };
            }
            """",
        ["SG2013"] = Using + """"
            class C
            {
                static WhatsappInteractive A() => new WhatsappInteractive
                {
                    Type = WhatsappInteractiveType.Button,
                    Header = {|SG2013:new RichMediaContent|} { Type = RichMediaType.Audio, RichMediaUrl = new Uri("https://example.com/a.mp3") },
                    Body = new TextContent { Text = "b" },
                    Action = new WhatsappAction { WaButtons = [new WhatsappInteractiveButton { Id = "a", Title = "A" }] },
                };
            }
            """",
        ["SG2014"] = Using + """"
            class C
            {
                static object A() => IMcAction.FromJson("""{"action":"say"{|SG2014:,|}""");
            }
            """",
        ["SG2015"] = Using + """"
            class C
            {
                static object A() => IMcAction.FromJson("""{"action":"sleep","duration":{|SG2015:"long"|}}""");
                static object B() => IMcAction.FromJson("""{|SG2015:[{"action":"record"}]|}""");
            }
            """",
        ["SG2016"] = Using + """"
            class C
            {
                static object A() => IMcAction.FromJson("""{"action":{|SG2016:"speak"|}}""");
                static object B() => McActionSequence.FromJson("""[{"action":"record"},{"action":{|SG2016:"Say"|},"text":"x"}]""");
            }
            """",
    };

    public static IEnumerable<object[]> Ids() => Examples.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task The_documented_example_is_flagged_the_same_from_source_and_from_a_referenced_assembly(string id)
    {
        var diagnostics = await AnalyzerHarness.Verify(Examples[id]);
        Assert.Contains(diagnostics, d => d.Id == id);
    }

    [Fact]
    public void Every_documented_SG2xxx_has_an_example_here()
    {
        var doc = File.ReadAllText(Path.Combine(RepoFiles.Root, "docs", "analyzers.md"));
        var documented = Regex.Matches(doc, @"^## (SG20\d\d)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(documented);
        var missing = documented.Where(id => id != "SG2003" && !Examples.ContainsKey(id)).ToList();
        Assert.True(missing.Count == 0, "no example for " + string.Join(", ", missing));
    }
}
