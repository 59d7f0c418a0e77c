using System.Threading.Tasks;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>Generated requests and contents are records: constants in `with` expressions are judged like initializers.</summary>
public sealed class WithExpressionTests
{
    [Fact]
    public async Task A_constant_in_a_with_expression_on_a_generated_request_is_flagged()
    {
        await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static readonly VerifyRequest Base = new VerifyRequest { To = "60123456789", Brand = "ACME" };
                static VerifyRequest Short() => Base with { PinValidity = {|SG2002:30|} };
                static VerifyRequest Fine() => Base with { PinValidity = 120 };
                static SleepAction Nap(SleepAction s) => s with { Duration = {|SG2002:-1|} };
            }
            """);
    }
}
