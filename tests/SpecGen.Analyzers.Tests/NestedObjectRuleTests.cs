using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>
/// Rules about nested objects hold wherever the nested object is built: inside its parent's initializer, on
/// its own, or in a local assigned later (row ids "unique across all sections" are unique within one section
/// and within one action). Object rules with a <c>target</c> that check values (allowed, range, count, …)
/// are checked at compile time like field rules.
/// </summary>
public sealed class NestedObjectRuleTests
{
    [Fact]
    public async Task Repeated_row_ids_in_a_section_built_on_its_own_are_flagged()
    {
        var diagnostics = await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static WhatsappSection M() => new WhatsappSection
                {
                    Title = "A",
                    Rows = [new WhatsappRow { Id = "r1", Title = "One" }, new WhatsappRow { Id = {|SG2010:"r1"|}, Title = "Two" }],
                };
                static WhatsappSection Valid() => new WhatsappSection { Rows = [new WhatsappRow { Id = "r1", Title = "One" }, new WhatsappRow { Id = "r2", Title = "Two" }] };
            }
            """);
        Assert.StartsWith("action.sections[].rows[].id values must be unique", diagnostics.Single().GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("WhatsappSection.Rows[1].Id (\"r1\") repeats WhatsappSection.Rows[0].Id", diagnostics.Single().GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_row_ids_across_the_sections_of_an_action_built_on_its_own_are_flagged()
    {
        await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static WhatsappAction M() => new WhatsappAction
                {
                    Sections =
                    [
                        new WhatsappSection { Title = "A", Rows = [new WhatsappRow { Id = "r1", Title = "One" }] },
                        new WhatsappSection { Title = "B", Rows = [new WhatsappRow { Id = {|SG2010:"r1"|}, Title = "Two" }] },
                    ],
                };
            }
            """);
    }

    [Fact]
    public async Task A_section_in_a_local_later_assigned_to_its_parent_is_flagged_once()
    {
        await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static WhatsappInteractive M()
                {
                    var section = new WhatsappSection { Title = "A", Rows = [new WhatsappRow { Id = "r1", Title = "One" }, new WhatsappRow { Id = {|SG2010:"r1"|}, Title = "Two" }] };
                    return new WhatsappInteractive
                    {
                        Type = WhatsappInteractiveType.List,
                        Body = new TextContent { Text = "Menu" },
                        Action = new WhatsappAction { ButtonText = "Open", Sections = [section] },
                    };
                }
            }
            """);
    }

    [Fact]
    public async Task Inside_its_parent_a_repeated_row_id_is_flagged_once_not_once_per_level()
    {
        var diagnostics = await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static WhatsappInteractive M() => new WhatsappInteractive
                {
                    Type = WhatsappInteractiveType.List,
                    Body = new TextContent { Text = "Menu" },
                    Action = new WhatsappAction
                    {
                        ButtonText = "Open",
                        Sections =
                        [
                            new WhatsappSection { Title = "A", Rows = [new WhatsappRow { Id = "r1", Title = "One" }] },
                            new WhatsappSection { Title = "B", Rows = [new WhatsappRow { Id = {|SG2010:"r1"|}, Title = "Two" }] },
                        ],
                    },
                };
            }
            """);
        Assert.Contains("WhatsappInteractive.Action.Sections[1].Rows[0].Id", diagnostics.Single().GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_section_given_as_json_is_checked_for_repeated_row_ids()
    {
        await AnalyzerHarness.Verify(""""
            using Mocean.V2;
            class C
            {
                static object M() => WhatsappSection.FromJson("""{"rows":[{"id":"r1","title":"One"},{"id":{|SG2010:"r1"|},"title":"Two"}]}""");
            }
            """");
    }

    private static readonly System.Lazy<ImmutableArray<SyntaxTree>> Targeted = new(() => AnalyzerHarness.Generate(new[]
    {
        (AdditionalText)new InMemoryAdditionalText("/adhoc/acme/v1/api.yaml", """
            spec: 1
            provider: acme
            version: v1
            title: Acme test API
            namespace: Acme.V1
            document: acme.txt
            base_url: https://api.example.com
            schemas:
              Part:
                fields:
                  kind: { type: string }
                  size: { type: int }
                  tags: { type: array, items: string }
              Order:
                fields:
                  part: { type: Part }
                  parts: { type: array, items: Part }
                  mode: { type: string }
                rules:
                  - allowed: [a, b]
                    target: part.kind
                  - range: { min: 1, max: 9, target: "parts[].size" }
                  - count: { max: 2, target: part.tags }
                  - length: { max: 3, target: part.tags }
                  - allowed: [x]
                    target: parts[].kind
                    when: { field: mode, equals: strict }
            operations:
              send_order:
                kind: endpoint
                summary: Send an order.
                source: Orders > Send
                method: POST
                path: /orders
                encoding: json
                body: Order
                responses:
                  - outcome: success
                    status: 200
            """),
    }));

    [Fact]
    public async Task Object_rules_with_a_target_check_the_values_the_path_reaches()
    {
        var diagnostics = await AnalyzerHarness.Verify("""
            using Acme.V1;
            class C
            {
                static Order M() => new Order
                {
                    Part = new Part { Kind = {|SG2001:"c"|}, Tags = ["a", {|SG2003:"long"|}, {|SG2007:"b"|}] },
                    Parts = [new Part { Size = 5 }, new Part { Size = {|SG2002:10|} }],
                };
                static Order Strict() => new Order { Mode = "strict", Parts = [new Part { Kind = {|SG2001:"y"|} }, new Part { Kind = "x" }] };
                static Order Loose() => new Order { Mode = "loose", Parts = [new Part { Kind = "y" }] };
                static Order Valid() => new Order { Part = new Part { Kind = "a", Tags = ["ab"] }, Parts = [new Part { Size = 9 }] };
            }
            """, Targeted.Value);
        Assert.Contains(diagnostics, d => d.GetMessage() == "part.kind must be one of: \"a\", \"b\"; found \"c\" at Order.Part.Kind");
        Assert.Contains(diagnostics, d => d.GetMessage().StartsWith("parts[].size must be ", System.StringComparison.Ordinal) && d.GetMessage().EndsWith("at Order.Parts[1].Size", System.StringComparison.Ordinal));
    }
}
