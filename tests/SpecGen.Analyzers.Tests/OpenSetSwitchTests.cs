using System.Threading.Tasks;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>SG3001: switches over open generated value sets need a default arm.</summary>
public sealed class OpenSetSwitchTests
{
    [Fact]
    public async Task A_switch_over_an_open_set_without_default_is_flagged_on_the_keyword()
    {
        var diagnostics = await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static int Statement(MetaDeliveryStatus status)
                {
                    {|SG3001:switch|} (status.Value)
                    {
                        case "sent": return 1;
                        case "read": return 2;
                    }
                    return 0;
                }

                static int Code(NumberLookupStatusCode code)
                {
                    {|SG3001:switch|} (code.Value)
                    {
                        case 0: return 1;
                    }
                    return 0;
                }

                #pragma warning disable CS8509
                static int Expression(MetaDeliveryStatus status) => status.Value {|SG3001:switch|} { "sent" => 1, "read" => 2 };
                static int Struct(MetaDeliveryStatus status) => status {|SG3001:switch|} { { Value: "sent" } => 1, { Value: "read" } => 2 };
                static int Nullable(MetaDeliveryStatus? status) => status?.Value {|SG3001:switch|} { "sent" => 1, null => 0 };
                static int Guarded(MetaDeliveryStatus status) => status.Value {|SG3001:switch|} { "sent" => 1, var other when other.Length > 0 => 2 };
                #pragma warning restore CS8509
            }
            """);
        Assert.Contains("MetaDeliveryStatus is an open set", diagnostics[0].GetMessage());
    }

    [Fact]
    public async Task Default_arms_and_closed_sets_are_fine()
    {
        await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static int Statement(MetaDeliveryStatus status)
                {
                    switch (status.Value)
                    {
                        case "sent": return 1;
                        default: return 0;
                    }
                }

                static int Discard(MetaDeliveryStatus status) => status.Value switch { "sent" => 1, _ => 0 };
                static int Var(NumberLookupStatusCode code) => code.Value switch { 0 => 1, var other => other };
                static int Closed(SayLanguage language) => language.Value switch { "en-GB" => 1, "en-US" => 2, _ => 0 };
                #pragma warning disable CS8509
                static int ClosedNoDefault(SayLanguage language) => language.Value switch { "en-GB" => 1 };
                #pragma warning restore CS8509
                static int Text(string s) => s switch { "a" => 1, _ => 0 };
            }
            """);
    }
}
