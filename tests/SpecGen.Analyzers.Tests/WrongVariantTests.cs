using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>
/// A wrong discriminator value is one error: the value's own, naming the object by its type or path, with no
/// follow-on errors about the variant it does not select.
/// </summary>
public sealed class WrongVariantTests
{
    [Fact]
    public async Task An_unknown_rich_media_type_in_a_header_is_one_error_on_the_type()
    {
        var diagnostics = await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static WhatsappInteractive M() => new WhatsappInteractive
                {
                    Type = WhatsappInteractiveType.List,
                    Header = new RichMediaContent { Type = {|SG2001:"gif"|}, RichMediaUrl = new System.Uri("https://example.com/a.gif") },
                    Body = new TextContent { Text = "Menu" },
                    Action = new WhatsappAction { ButtonText = "Open", Sections = [new WhatsappSection { Rows = [new WhatsappRow { Id = "r1", Title = "One" }] }] },
                };
                static RichMediaContent Alone() => new RichMediaContent { Type = {|SG2001:"gif"|}, RichMediaUrl = new System.Uri("https://example.com/a.gif") };
            }
            """);
        Assert.All(diagnostics, d => Assert.EndsWith("found \"gif\" at RichMediaContent.Type", d.GetMessage(), System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_known_variant_the_header_does_not_allow_is_one_error_on_the_header()
    {
        var diagnostics = await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static WhatsappInteractive M() => new WhatsappInteractive
                {
                    Type = WhatsappInteractiveType.List,
                    Header = {|SG2013:new RichMediaContent|} { Type = RichMediaType.Audio, RichMediaUrl = new System.Uri("https://example.com/a.mp3") },
                    Body = new TextContent { Text = "Menu" },
                    Action = new WhatsappAction { ButtonText = "Open", Sections = [new WhatsappSection { Rows = [new WhatsappRow { Id = "r1", Title = "One" }] }] },
                };
            }
            """);
        Assert.Contains("found the \"audio\" variant (RichMediaContent) at WhatsappInteractive.Header", diagnostics.Single().GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_action_in_json_is_one_error_named_by_the_union_not_by_the_wrong_value()
    {
        var diagnostics = await AnalyzerHarness.Verify(""""
            using Mocean.V2;
            class C
            {
                static object One() => IMcAction.FromJson("""{"action":{|SG2016:"speak"|},"language":"xx","text":5,"min":9,"max":1}""");
                static object InProgram() => McActionSequence.FromJson("""[{"action":"say","language":"en-GB","text":"Hi"},{"action":{|SG2016:"speak"|},"text":5}]""");
            }
            """");
        Assert.EndsWith("found \"speak\" in IMcAction", diagnostics[0].GetMessage(), System.StringComparison.Ordinal);
        Assert.EndsWith("found \"speak\" in McActionSequence[1]", diagnostics[1].GetMessage(), System.StringComparison.Ordinal);
    }
}
