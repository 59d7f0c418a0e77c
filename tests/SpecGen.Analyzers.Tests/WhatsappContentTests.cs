using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>WhatsApp content built inline (object initializers, collection expressions and initializers): every example of the issue, flagged and valid.</summary>
public sealed class WhatsappContentTests
{
    private static string Interactive(string type, string action, string extra = "") => $$"""
        using Mocean.V2;
        class C
        {
            static IWhatsappContent M() => new InteractiveContent
            {
                WaInteractive = new WhatsappInteractive
                {
                    Type = {{type}},
                    Body = new TextContent { Text = "Choose" },{{extra}}
                    Action = {{action}},
                },
            };
        }
        """;

    private static string Button(string id, string title = "T") => $$"""new WhatsappInteractiveButton { Id = {{id}}, Title = "{{title}}" }""";

    [Fact]
    public async Task A_fourth_reply_button_is_flagged_on_the_fourth_item()
    {
        var diagnostics = await AnalyzerHarness.Verify(Interactive("WhatsappInteractiveType.Button",
            "new WhatsappAction { WaButtons = [" + Button("\"a\"", "A") + ", " + Button("\"b\"", "B") + ", " + Button("\"c\"", "C") + ", {|SG2007:" + Button("\"d\"", "D") + "|}] }"));
        Assert.Contains("wa_buttons must have at most 3 items; WhatsappAction.WaButtons has 4 items", diagnostics.Single().GetMessage());
    }

    [Fact]
    public async Task Three_reply_buttons_are_valid()
    {
        await AnalyzerHarness.Verify(Interactive("WhatsappInteractiveType.Button",
            "new WhatsappAction { WaButtons = [" + Button("\"a\"", "A") + ", " + Button("\"b\"", "B") + ", " + Button("\"c\"", "C") + "] }"));
    }

    [Fact]
    public async Task A_fourth_button_in_an_array_initializer_or_a_list_initializer_is_flagged()
    {
        await AnalyzerHarness.Verify(Interactive("WhatsappInteractiveType.Button",
            "new WhatsappAction { WaButtons = new[] { " + Button("\"a\"", "A") + ", " + Button("\"b\"", "B") + ", " + Button("\"c\"", "C") + ", {|SG2007:" + Button("\"d\"", "D") + "|} } }"));
        await AnalyzerHarness.Verify("using System.Collections.Generic;\n" + Interactive("WhatsappInteractiveType.Button",
            "new WhatsappAction { WaButtons = new List<WhatsappInteractiveButton> { " + Button("\"a\"", "A") + ", " + Button("\"b\"", "B") + ", " + Button("\"c\"", "C") + ", {|SG2007:" + Button("\"d\"", "D") + "|} } }"));
    }

    private static string Section(string title, params string[] rowIds) =>
        "new WhatsappSection { Title = \"" + title + "\", Rows = [" + string.Join(", ", rowIds.Select(id => "new WhatsappRow { Id = " + id + ", Title = \"row\" }")) + "] }";

    [Fact]
    public async Task Eleven_sections_are_flagged_on_the_eleventh()
    {
        var sections = Enumerable.Range(1, 10).Select(i => Section("S" + i, "\"r" + i + "\"")).ToList();
        sections.Add("{|SG2007:" + Section("S11", "\"r11\"") + "|}");
        await AnalyzerHarness.Verify(Interactive("WhatsappInteractiveType.List", "new WhatsappAction { ButtonText = \"Menu\", Sections = [" + string.Join(", ", sections) + "] }"));
    }

    [Fact]
    public async Task Ten_sections_are_valid_and_no_section_is_flagged()
    {
        var sections = Enumerable.Range(1, 10).Select(i => Section("S" + i, "\"r" + i + "\""));
        await AnalyzerHarness.Verify(Interactive("WhatsappInteractiveType.List", "new WhatsappAction { ButtonText = \"Menu\", Sections = [" + string.Join(", ", sections) + "] }"));
        await AnalyzerHarness.Verify(Interactive("WhatsappInteractiveType.List", "new WhatsappAction { ButtonText = \"Menu\", Sections = {|SG2007:[]|} }"));
    }

    [Fact]
    public async Task A_row_id_repeated_across_sections_is_flagged_on_the_repeat()
    {
        var diagnostics = await AnalyzerHarness.Verify(Interactive("WhatsappInteractiveType.List",
            "new WhatsappAction { ButtonText = \"Menu\", Sections = [" + Section("A", "\"r1\"", "\"r2\"") + ", " + Section("B", "\"r3\"", "{|SG2010:\"r1\"|}") + "] }"));
        Assert.Equal("action.sections[].rows[].id values must be unique; WhatsappInteractive.Action.Sections[1].Rows[1].Id (\"r1\") repeats WhatsappInteractive.Action.Sections[0].Rows[0].Id",
            diagnostics.Single().GetMessage());
    }

    [Fact]
    public async Task Distinct_row_ids_across_sections_are_valid()
    {
        await AnalyzerHarness.Verify(Interactive("WhatsappInteractiveType.List",
            "new WhatsappAction { ButtonText = \"Menu\", Sections = [" + Section("A", "\"r1\"", "\"r2\"") + ", " + Section("B", "\"r3\"", "\"r4\"") + "] }"));
    }

    [Fact]
    public async Task A_list_without_button_text_is_flagged_on_the_action()
    {
        var diagnostics = await AnalyzerHarness.Verify(Interactive("WhatsappInteractiveType.List",
            "{|SG2008:new WhatsappAction|} { Sections = [" + Section("A", "\"r1\"") + "] }"));
        Assert.Contains("action.button_text is required when type is \"list\"", diagnostics.Single().GetMessage());
    }

    [Fact]
    public async Task A_product_list_without_a_header_is_flagged_on_the_interactive()
    {
        var markup = """
            using Mocean.V2;
            class C
            {
                static WhatsappInteractive M() => {|SG2008:new WhatsappInteractive|}
                {
                    Type = WhatsappInteractiveType.ProductList,
                    Body = new TextContent { Text = "Products" },
                    Action = new WhatsappAction
                    {
                        CatalogId = "cat",
                        Sections = [new WhatsappSection { Title = "S", ProductItems = [new WhatsappProductItem { ProductRetailerId = "p1" }] }],
                    },
                };

                static WhatsappInteractive Valid() => new WhatsappInteractive
                {
                    Type = "product_list",
                    Header = new TextContent { Text = "Our products" },
                    Body = new TextContent { Text = "Products" },
                    Action = new WhatsappAction
                    {
                        CatalogId = "cat",
                        Sections = [new WhatsappSection { Title = "S", ProductItems = [new WhatsappProductItem { ProductRetailerId = "p1" }] }],
                    },
                };
            }
            """;
        var diagnostics = await AnalyzerHarness.Verify(markup);
        Assert.Contains("header is required when type is \"product_list\"", diagnostics.Single().GetMessage());
    }

    [Fact]
    public async Task A_button_id_with_a_trailing_space_is_flagged_on_the_literal()
    {
        var diagnostics = await AnalyzerHarness.Verify(Interactive("WhatsappInteractiveType.Button",
            "new WhatsappAction { WaButtons = [" + Button("{|SG2006:\"yes \"|}", "Yes") + ", " + Button("\"no\"", "No") + "] }"));
        Assert.Equal("yes", diagnostics.Single().Properties[Descriptors.ReplacementKey]);
    }

    [Fact]
    public async Task Repeated_button_ids_and_titles_are_flagged()
    {
        await AnalyzerHarness.Verify(Interactive("WhatsappInteractiveType.Button",
            "new WhatsappAction { WaButtons = [" + Button("\"a\"", "Same") + ", " + Button("{|SG2010:\"a\"|}", "Other") + "] }"));
        await AnalyzerHarness.Verify(Interactive("WhatsappInteractiveType.Button",
            "new WhatsappAction { WaButtons = [new WhatsappInteractiveButton { Id = \"a\", Title = \"Same\" }, new WhatsappInteractiveButton { Id = \"b\", Title = {|SG2010:\"Same\"|} }] }"));
    }

    [Fact]
    public async Task An_audio_header_in_an_interactive_message_is_flagged()
    {
        var diagnostics = await AnalyzerHarness.Verify(Interactive("WhatsappInteractiveType.Button",
            "new WhatsappAction { WaButtons = [" + Button("\"a\"", "A") + "] }",
            "\n                Header = {|SG2013:new RichMediaContent|} { Type = RichMediaType.Audio, RichMediaUrl = new System.Uri(\"https://example.com/a.mp3\") },"));
        Assert.Contains("header must be one of the variants: \"text\", \"image\", \"video\", \"document\"; found the \"audio\" variant", diagnostics.Single().GetMessage());
        await AnalyzerHarness.Verify(Interactive("WhatsappInteractiveType.Button",
            "new WhatsappAction { WaButtons = [" + Button("\"a\"", "A") + "] }",
            "\n                Header = new RichMediaContent { Type = RichMediaType.Image, RichMediaUrl = new System.Uri(\"https://example.com/a.png\") },"));
    }

    [Fact]
    public async Task A_template_mixing_url_and_quick_reply_buttons_is_flagged_on_the_odd_type()
    {
        var markup = """
            using Mocean.V2;
            class C
            {
                static TemplateContent M() => new TemplateContent
                {
                    WaTemplate = new WhatsappTemplate
                    {
                        Name = "order_update",
                        Language = "en",
                        WaButtons =
                        [
                            new WhatsappTemplateButton { Type = WhatsappTemplateButtonType.Url, Index = 0, UrlParameter = "track/1" },
                            new WhatsappTemplateButton { Type = {|SG2011:WhatsappTemplateButtonType.QuickReply|}, Index = 1, Payload = "stop" },
                        ],
                    },
                };

                static TemplateContent Valid() => new TemplateContent
                {
                    WaTemplate = new WhatsappTemplate
                    {
                        Name = "order_update",
                        Language = "en",
                        WaButtons =
                        [
                            new WhatsappTemplateButton { Type = "quick_reply", Index = 0, Payload = "yes" },
                            new WhatsappTemplateButton { Type = WhatsappTemplateButtonType.QuickReply, Index = 1, Payload = "no" },
                        ],
                    },
                };
            }
            """;
        var diagnostics = await AnalyzerHarness.Verify(markup);
        Assert.Contains("WhatsappTemplate.WaButtons[1].Type (\"quick_reply\") differs from WhatsappTemplate.WaButtons[0].Type (\"url\")", diagnostics.Single().GetMessage());
    }

    [Fact]
    public async Task A_quick_reply_button_without_payload_is_flagged_on_the_button()
    {
        var markup = """
            using Mocean.V2;
            class C
            {
                static WhatsappTemplateButton M() => {|SG2008:new WhatsappTemplateButton|} { Type = WhatsappTemplateButtonType.QuickReply, Index = 0 };
                static WhatsappTemplateButton Url() => {|SG2008:new WhatsappTemplateButton|} { Type = "url", Index = 0 };
                static WhatsappTemplateButton Valid() => new WhatsappTemplateButton { Type = WhatsappTemplateButtonType.QuickReply, Index = 0, Payload = "p" };
                static WhatsappTemplateButton ValidUrl() => new WhatsappTemplateButton { Type = WhatsappTemplateButtonType.Url, Index = 0, UrlParameter = "x" };
            }
            """;
        var diagnostics = await AnalyzerHarness.Verify(markup);
        Assert.Contains(diagnostics, d => d.GetMessage() == "payload is required when type is \"quick_reply\"; WhatsappTemplateButton.Payload is not set");
    }

    [Fact]
    public async Task A_template_with_two_header_params_and_a_caption_on_a_rich_header_is_flagged()
    {
        var markup = """
            using Mocean.V2;
            class C
            {
                static WhatsappTemplate M() => new WhatsappTemplate
                {
                    Name = "n",
                    Language = "en",
                    HeaderParams = [new TextContent { Text = "v" }, {|SG2007:new TextContent { Text = "w" }|}],
                };

                static WhatsappTemplate Caption() => new WhatsappTemplate
                {
                    Name = "n",
                    Language = "en",
                    HeaderParams = [new RichMediaContent { Type = RichMediaType.Image, RichMediaUrl = new System.Uri("https://example.com/l.png"), {|SG2009:Text = "caption"|} }],
                };

                static WhatsappTemplate Valid() => new WhatsappTemplate
                {
                    Name = "n",
                    Language = "en",
                    HeaderParams = [new RichMediaContent { Type = RichMediaType.Image, RichMediaUrl = new System.Uri("https://example.com/l.png") }],
                    BodyParams = [new TextContent { Text = "a" }, new TextContent { Text = "b" }],
                };
            }
            """;
        await AnalyzerHarness.Verify(markup);
    }

    [Fact]
    public async Task A_reaction_with_two_emojis_is_flagged_and_its_type_is_set_by_the_class()
    {
        var markup = """
            using Mocean.V2;
            class C
            {
                // A reaction without reply_to_msg_id does not compile in C# (CS9035: required member); see the JSON tests for the analyzer's case.
                static ReactionContent Two() => new ReactionContent { Text = {|SG2004:"👍👍"|}, ReplyToMsgId = "m1" };
                static ReactionContent Remove() => new ReactionContent { Text = "", ReplyToMsgId = "m1" };
                static ReactionContent Valid() => new ReactionContent { Text = "\uD83D\uDC4D", ReplyToMsgId = "m1" };
            }
            """;
        await AnalyzerHarness.Verify(markup);
    }

    [Fact]
    public async Task A_reaction_without_reply_to_msg_id_set_to_null_is_flagged()
    {
        await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static ReactionContent M() => new ReactionContent { Text = "👍", {|SG2008:ReplyToMsgId = null!|} };
            }
            """);
    }

    [Fact]
    public async Task A_send_request_with_a_bad_receiver_and_content_is_checked_through()
    {
        await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static SendWhatsappRequest M() => new SendWhatsappRequest
                {
                    From = "60123456789",
                    To = {|SG2004:"0123"|},
                    Content = new TextContent { Text = "hello", PreviewUrl = true },
                    EventUrl = new System.Uri({|SG2004:"relative/path"|}, System.UriKind.Relative),
                };
            }
            """);
    }
}
