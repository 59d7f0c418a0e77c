using System.Threading.Tasks;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>Values the compiler cannot know are never judged; a partly known graph is judged only on what is known.</summary>
public sealed class FalsePositiveTests
{
    [Fact]
    public async Task Variables_parameters_calls_and_fields_are_not_judged()
    {
        await AnalyzerHarness.Verify("""
            using System;
            using System.Collections.Generic;
            using Mocean.V2;
            class C
            {
                static readonly string Language = "en-gb";
                static int Mask() => 1;

                static SendSmsRequest Sms(int mask, int coding, string[] receivers) =>
                    new SendSmsRequest { From = "ACME", To = receivers, Text = "Hi", DlrMask = mask, Coding = coding };

                static SendSmsRequest MaskFromCall() => new SendSmsRequest { From = "ACME", To = ["60123456789"], Text = "Hi", DlrMask = Mask() };

                static SayAction Say(string lang) => new SayAction { Language = lang, Text = "x" };
                static SayAction SayField() => new SayAction { Language = Language, Text = "x" };
                static CollectAction Collect(int min) => new CollectAction { EventUrl = new Uri("https://example.com/c"), Min = min, Max = 2, Timeout = 0 };
                static PricingRequest Pricing(string? mcc) => new PricingRequest { Mcc = mcc, Mnc = "13" };
                static WhatsappAction Buttons(List<WhatsappInteractiveButton> more) => new WhatsappAction { WaButtons = more };
                static WhatsappInteractiveButton Button(string id) => new WhatsappInteractiveButton { Id = id, Title = id };
                static WhatsappInteractive List(WhatsappInteractiveType type, WhatsappAction action) => new WhatsappInteractive { Type = type, Action = action };
                static WhatsappInteractive ListNoText(WhatsappInteractiveType type) => new WhatsappInteractive { Type = type, Action = new WhatsappAction() };
                static WhatsappTemplateButton TemplateButton(WhatsappTemplateButtonType type) => new WhatsappTemplateButton { Type = type, Index = 0 };
                static WhatsappInteractive Header(ITextOrRichMediaContent header) => new WhatsappInteractive { Type = "button", Header = header, Body = new TextContent { Text = "b" }, Action = new WhatsappAction { WaButtons = [Button("a")] } };
            }
            """);
    }

    [Fact]
    public async Task Spreads_count_only_what_is_known_and_unknown_ids_are_never_duplicates()
    {
        await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                static WhatsappInteractiveButton B(string id) => new WhatsappInteractiveButton { Id = id, Title = id };

                static WhatsappAction Spread(WhatsappInteractiveButton[] more) => new WhatsappAction { WaButtons = [.. more, B("x")] };
                static WhatsappAction SpreadTooMany(WhatsappInteractiveButton[] more) => new WhatsappAction { WaButtons = [.. more, B("a"), B("b"), B("c"), {|SG2007:B("d")|}] };
                static WhatsappSection Rows(string id) => new WhatsappSection { Rows = [new WhatsappRow { Id = id, Title = "1" }, new WhatsappRow { Id = id, Title = "2" }] };
                static WhatsappAction Sections(WhatsappSection[] sections) => new WhatsappAction { Sections = [.. sections] };
            }
            """);
    }

    [Fact]
    public async Task With_expressions_judge_the_assigned_constants_only()
    {
        // A hand-written record carrying the same metadata the generator writes: the analyzers need nothing else.
        await AnalyzerHarness.Verify("""
            using SpecGen.Runtime.Validation;
            [System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0.0")]
            [SpecRule("required", Target = "dlr-url", When = "equals", WhenField = "dlr-mask", WhenValues = new[] { "1" })]
            [SpecRule("compare", Target = "min", Right = "max", Operator = "le")]
            public sealed record Message
            {
                [SpecField("dlr-mask")][SpecRule("allowed", Values = new[] { "0", "1" })] public int? DlrMask { get; init; }
                [SpecField("dlr-url")] public System.Uri? DlrUrl { get; init; }
                [SpecField("coding")][SpecRule("range", Min = 1, Max = 3)] public int? Coding { get; init; }
                [SpecField("min")] public int? Min { get; init; }
                [SpecField("max")] public int? Max { get; init; }
            }
            class C
            {
                static Message Mask(Message r) => r with { DlrMask = 1 };
                static Message Coding(Message r) => r with { Coding = {|SG2002:9|} };
                static Message Min(Message r) => r with { Min = 5 };
                static Message Both(Message r) => r with { Min = {|SG2012:5|}, Max = 2 };
                static Message Known() => {|SG2008:new Message { Coding = 1 } with { DlrMask = 1 }|};
            }
            """);
    }

    [Fact]
    public async Task Constants_are_judged_wherever_they_come_from()
    {
        await AnalyzerHarness.Verify("""
            using Mocean.V2;
            class C
            {
                const string Gb = "en-gb";
                const int Validity = 30;
                static SayAction Say() => new SayAction { Language = {|SG2001:Gb|}, Text = "x" };
                static VerifyRequest Verify() => new VerifyRequest { To = "60123456789", Brand = "B", PinValidity = {|SG2002:Validity|} };
                static VerifyRequest Sum() => new VerifyRequest { To = "60123456789", Brand = "B", PinValidity = {|SG2002:10 * 3|} };
            }
            """);
    }

    [Fact]
    public async Task Types_that_are_not_generated_are_ignored()
    {
        await AnalyzerHarness.Verify("""
            class SayAction { public string? Language { get; init; } public int Duration { get; init; } }
            class C
            {
                static SayAction M() => new SayAction { Language = "en-gb", Duration = -1 };
                static object N() => System.Text.Json.JsonDocument.Parse("{ not json");
            }
            """);
    }
}
