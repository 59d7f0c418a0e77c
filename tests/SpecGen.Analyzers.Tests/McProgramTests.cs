using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>MC (call-control) programs built inline: actions, arrays of actions, a dial request carrying a program.</summary>
public sealed class McProgramTests
{
    [Fact]
    public async Task A_say_in_en_gb_is_flagged_with_the_right_casing_offered_and_fr_FR_is_flagged()
    {
        var diagnostics = await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static SayAction Gb() => new SayAction { Language = {|SG2001:"en-gb"|}, Text = "Hello" };
                static SayAction Fr() => new SayAction { Language = {|SG2001:"fr-FR"|}, Text = "Bonjour" };
                static SayAction Ctor() => new SayAction { Language = new SayLanguage({|SG2001:"EN-us"|}), Text = "Hi" };
                static SayAction Valid() => new SayAction { Language = "en-GB", Text = "Hello" };
                static SayAction Member() => new SayAction { Language = SayLanguage.MsMY, Text = "Hai" };
            }
            """);
        var gb = diagnostics.Single(d => d.GetMessage().Contains("en-gb", System.StringComparison.Ordinal));
        Assert.Equal("en-GB", gb.Properties[Descriptors.ReplacementKey]);
        Assert.StartsWith("language must be one of: \"en-US\", \"en-GB\", \"cmn-CN\"", gb.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("did you mean \"en-GB\"?", gb.GetMessage(), System.StringComparison.Ordinal);
        var fr = diagnostics.Single(d => d.GetMessage().Contains("fr-FR", System.StringComparison.Ordinal));
        Assert.False(fr.Properties.ContainsKey(Descriptors.ReplacementKey));
    }

    [Fact]
    public async Task A_collect_with_min_5_and_max_2_is_flagged_on_min()
    {
        var diagnostics = await AnalyzerHarness.Verify("""
            using System;
            using Mocean.V2;
            class C
            {
                static CollectAction M() => new CollectAction { EventUrl = new Uri("https://example.com/collect"), Min = {|SG2012:5|}, Max = 2, Timeout = 5000 };
                static CollectAction Valid() => new CollectAction { EventUrl = new Uri("https://example.com/collect"), Min = 2, Max = 5, Timeout = 5000 };
                static CollectAction Equal() => new CollectAction { EventUrl = new Uri("https://example.com/collect"), Min = 4, Max = 4, Timeout = 5000 };
            }
            """);
        Assert.Equal("min must not be greater than max. found CollectAction.Min = 5 and CollectAction.Max = 2", diagnostics.Single().GetMessage());
    }

    [Fact]
    public async Task A_sleep_of_minus_one_is_flagged_and_zero_is_valid()
    {
        var diagnostics = await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static SleepAction M() => new SleepAction { Duration = {|SG2002:-1|} };
                static SleepAction Valid() => new SleepAction { Duration = 0 };
            }
            """);
        Assert.Equal("duration must be at least 0; found -1 at SleepAction.Duration", diagnostics.Single().GetMessage());
        Assert.Equal("0", diagnostics.Single().Properties[Descriptors.ReplacementKey]);
    }

    [Fact]
    public async Task A_dial_with_no_to_is_flagged()
    {
        // Leaving To out does not compile (CS9035: required member); null! compiles and is the analyzer's case.
        await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static DialAction M() => new DialAction { {|SG2008:To = null!|} };
                static DialAction Valid() => new DialAction { To = ["60123456789"] };
            }
            """);
    }

    [Fact]
    public async Task A_program_as_an_array_of_actions_in_a_dial_request_is_checked_action_by_action()
    {
        var diagnostics = await AnalyzerHarness.Verify("""
            using System;
            using Mocean.V2;
            class C
            {
                static VoiceDialRequest M() => new VoiceDialRequest
                {
                    To = ["60123456789", {|SG2004:"12345"|}],
                    Command =
                    [
                        new SayAction { Language = {|SG2001:"en-gb"|}, Text = "Press a key" },
                        new CollectAction { EventUrl = new Uri({|SG2004:"ftp://example.com/c"|}), Min = {|SG2012:3|}, Max = 1, Timeout = {|SG2002:-5|} },
                        new SleepAction { Duration = 2000 },
                        new RecordAction(),
                    ],
                    EventUrl = new Uri("https://example.com/events"),
                };

                static IMcAction[] Program() =>
                [
                    new SayAction { Language = SayLanguage.EnUS, Text = "Hello" },
                    new PlayAction { File = ["https://example.com/a.mp3"] },
                    new DialAction { To = ["60123456789"], DialSequentially = true },
                    new SleepAction { Duration = {|SG2002:-1|} },
                ];
            }
            """);
        Assert.Contains(diagnostics, d => d.GetMessage() == "mocean-to must be a valid phone; found \"12345\" at VoiceDialRequest.To[1]");
    }
}
