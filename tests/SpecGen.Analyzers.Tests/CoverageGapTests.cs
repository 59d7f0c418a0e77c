using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>Gaps found by a held-out suite written from the documents: programs as JSON, empty required lists, message quality.</summary>
public sealed class CoverageGapTests
{
    [Fact]
    public async Task A_program_given_to_the_sequence_reader_is_checked_like_single_actions()
    {
        var diagnostics = await AnalyzerHarness.Verify(""""
            using Mocean.V2;
            class C
            {
                static object M() => McActionSequence.FromJson("""
                    [
                      {"action":"say","language":{|SG2001:"en-gb"|},"text":"Enter your PIN"},
                      {"action":"collect","event-url":"https://example.com/c","min":{|SG2012:5|},"max":2,"timeout":{|SG2015:"soon"|}},
                      {"action":{|SG2016:"teleport"|}},
                      {|SG2015:42|}
                    ]
                    """);
                static object Valid() => McActionSequence.FromJson("""[{"action":"say","language":"en-GB","text":"Hi"},{"action":"record"}]""");
            }
            """");
        Assert.Contains(diagnostics, d => d.GetMessage().StartsWith("action must be one of the variants: \"say\", \"play\"", System.StringComparison.Ordinal) && d.GetMessage().Contains("McActionSequence[2]"));
    }

    [Fact]
    public async Task Empty_lists_for_required_files_and_destinations_are_flagged()
    {
        await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static PlayAction P() => new PlayAction { File = {|SG2007:[]|} };
                static DialAction D() => new DialAction { To = {|SG2007:new System.Collections.Generic.List<string>()|} };
                static PlayAction Ok() => new PlayAction { File = ["https://example.com/a.mp3"] };
            }
            """);
    }

    [Fact]
    public async Task A_variant_that_differs_only_in_case_gets_a_did_you_mean()
    {
        var diagnostics = await AnalyzerHarness.Verify(""""
            using Mocean.V2;
            class C
            {
                static object M() => IMcAction.FromJson("""{"action":{|SG2016:"Say"|},"language":"en-GB","text":"x"}""");
            }
            """");
        Assert.EndsWith("did you mean \"say\"?", diagnostics.Single().GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_insensitive_allowed_rule_accepts_any_case()
    {
        await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static PricingRequest Upper() => new PricingRequest { Type = "SMS" };
                static PricingRequest Mixed() => new PricingRequest { Type = new PricingType("Number-Lookup") };
                static PricingRequest Wrong() => new PricingRequest { Type = {|SG2001:"mms"|} };
            }
            """);
    }
}
