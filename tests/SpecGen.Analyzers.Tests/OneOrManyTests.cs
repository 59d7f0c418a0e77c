using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>
/// "string/array" fields (spec type <c>one_or_many</c>: <c>play.file</c>, <c>dial.to</c>): one value on its own
/// is accepted in JSON literals and C# initialisers, and still counted and checked like a one-item list.
/// Every case runs in source and against a referenced bindings assembly (the harness).
/// </summary>
public sealed class OneOrManyTests
{
    [Fact]
    public async Task A_single_string_in_a_json_literal_is_no_wrong_kind()
    {
        var diagnostics = await AnalyzerHarness.Verify(""""
            using Mocean.V2;
            class C
            {
                static object P() => IMcAction.FromJson("""{"action":"play","file":"https://example.com/a.wav"}""");
                static object D() => IMcAction.FromJson("""{"action":"dial","to":"60123456789"}""");
                static object Many() => IMcAction.FromJson("""{"action":"play","file":["https://example.com/a.wav","https://example.com/b.wav"]}""");
                static object Program() => McActionSequence.FromJson("""[{"action":"play","file":"a.wav"},{"action":"dial","to":"60123456789"}]""");
            }
            """");
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task A_single_value_in_a_json_literal_is_still_checked()
    {
        var diagnostics = await AnalyzerHarness.Verify(""""
            using Mocean.V2;
            class C
            {
                static object Phone() => IMcAction.FromJson("""{"action":"dial","to":{|SG2004:"call me"|}}""");
                static object Object() => IMcAction.FromJson("""{"action":"play","file":{|SG2015:{"url":"a.wav"}|}}""");
                static object Empty() => IMcAction.FromJson("""{"action":"play","file":{|SG2007:[]|}}""");
                static object InList() => IMcAction.FromJson("""{"action":"dial","to":["60123456789",{|SG2004:"x"|}]}""");
            }
            """");
        Assert.Contains(diagnostics, d => d.Id == "SG2004" && d.GetMessage().Contains("DialAction.To[0]"));
    }

    [Fact]
    public async Task A_single_value_in_an_initializer_compiles_and_is_checked()
    {
        await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static PlayAction One() => new PlayAction { File = "https://example.com/a.wav" };
                static DialAction OneNumber() => new DialAction { To = "60123456789" };
                static DialAction BadNumber() => new DialAction { To = {|SG2004:"not-a-phone"|} };
                static DialAction BadInList() => new DialAction { To = ["60123456789", {|SG2004:"x"|}] };
                static DialAction Array() => new DialAction { To = new[] { "60123456789", {|SG2004:"y"|} } };
                static PlayAction Empty() => new PlayAction { File = {|SG2007:new string[] { }|} };
                static PlayAction EmptyList() => new PlayAction { File = {|SG2007:new System.Collections.Generic.List<string>()|} };
                static DialAction Missing() => new DialAction { {|SG2008:To = null!|} };
            }
            """);
    }

    [Fact]
    public async Task A_with_expression_on_a_one_or_many_property_is_checked()
    {
        await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static DialAction M(DialAction d) => d with { To = {|SG2004:"nope"|} };
                static DialAction Ok(DialAction d) => d with { To = "60123456789" };
            }
            """);
    }
}
