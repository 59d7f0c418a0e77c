using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>What IntelliSense shows for generated members: rendered markup, no repeated text, plumbing hidden.</summary>
public sealed class GeneratedDocTests
{
    private static INamedTypeSymbol Type(string name) =>
        AnalyzerHarness.Compilation("class Empty { }").GetTypeByMetadataName(name) ?? throw new Xunit.Sdk.XunitException(name + " not generated");

    private static XElement Doc(ISymbol symbol) => XElement.Parse(symbol.GetDocumentationCommentXml() is { Length: > 0 } xml ? xml : "<member/>");

    [Fact]
    public void A_property_doc_gives_the_description_then_the_wire_name_as_code_markup()
    {
        var to = Type("Mocean.V2.SendSmsRequest").GetMembers("To").Single();
        var summary = Doc(to).Element("summary")!;
        var code = Assert.Single(summary.Elements("c"));
        Assert.Equal("mocean-to", code.Value);
        var text = string.Join(" ", summary.Value.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("&lt;", summary.ToString());
        Assert.EndsWith("Wire name mocean-to; required.", text);
        Assert.Equal(1, CountOf(text, "mocean-to"));
    }

    [Fact]
    public void A_fixed_discriminator_says_the_type_sets_it()
    {
        var action = (IPropertySymbol)Type("Mocean.V2.SayAction").GetMembers("Action").Single();
        Assert.Null(action.SetMethod);
        Assert.Contains("always say, set by this type", Doc(action).Element("summary")!.Value);
    }

    [Fact]
    public void An_operation_summary_is_not_repeated_by_its_description()
    {
        var text = Doc(Type("Mocean.V2.SendSmsRequest")).Element("summary")!.Value;
        Assert.Equal(1, CountOf(text, "Send an outbound SMS from your Mocean account"));
    }

    [Theory]
    [InlineData("Mocean.V2.SayAction", "ReadJson")]
    [InlineData("Mocean.V2.BalanceResult", "ReadXml")]   // XML readers exist only where a response is documented as XML
    [InlineData("Mocean.V2.SayAction", "WriteJson")]
    [InlineData("Mocean.V2.SayAction", "ValidateInto")]
    [InlineData("Mocean.V2.SendSmsRequest", "WriteForm")]
    [InlineData("Mocean.V2.DeliveryReportEvent", "ReadForm")]
    [InlineData("Mocean.V2.IMcAction", "ReadJson")]
    [InlineData("Mocean.V2.McActionSequence", "ReadJson")]
    public void Plumbing_is_hidden_from_IntelliSense(string type, string member)
    {
        var symbol = Type(type).GetMembers(member).First();
        var attribute = Assert.Single(symbol.GetAttributes(), a => a.AttributeClass?.Name == "EditorBrowsableAttribute");
        Assert.Equal(1, attribute.ConstructorArguments[0].Value); // EditorBrowsableState.Never
        Assert.DoesNotContain(Type(type).GetMembers("Validate").SelectMany(m => m.GetAttributes()), a => a.AttributeClass?.Name == "EditorBrowsableAttribute");
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, System.StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, System.StringComparison.Ordinal)) count++;
        return count;
    }
}
