using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Mocean.V2;
using SpecGen.Runtime.Validation;
using SpecGen.Runtime.Wire;
using Xunit;

namespace SpecGen.Generator.Tests;

/// <summary>The generated API itself (this assembly consumes the generator over the real specs).</summary>
public class BehaviourTests
{
    // ---- helpers ------------------------------------------------------------------------------------------------

    private static void AssertValid(ValidationResult result)
    {
        Assert.True(result.IsValid, "unexpected violations: " + string.Join("; ", result.Violations));
        Assert.Empty(result.Violations);
    }

    /// <summary>Exactly one violation, at <paramref name="path"/>, of <paramref name="rule"/>.</summary>
    private static Violation AssertViolation(ValidationResult result, string path, string rule)
    {
        Assert.False(result.IsValid);
        var v = Assert.Single(result.Violations);
        Assert.Equal((path, rule), (v.Path, v.Rule));
        Assert.False(string.IsNullOrWhiteSpace(v.Message));
        return v;
    }

    private static SendSmsRequest Sms(IReadOnlyList<string>? to = null, int? coding = null, int? dlrMask = null, Uri? dlrUrl = null, DateTime? schedule = null, Charset? charset = null) => new()
    {
        From = "MOCEAN",
        To = to ?? new[] { "60123456789" },
        Text = "Hello World",
        Coding = coding,
        DlrMask = dlrMask,
        DlrUrl = dlrUrl,
        Schedule = schedule,
        Charset = charset,
    };

    private static TextContent Text(string text) => new() { Text = text };

    private static SendWhatsappRequest WhatsApp(IWhatsappContent content) => new() { From = "60123456789", To = "60198765432", Content = content };

    private static SendWhatsappRequest Interactive(WhatsappInteractive interactive) => WhatsApp(new InteractiveContent { WaInteractive = interactive });

    private static WhatsappInteractiveButton Reply(int i, string? id = null, string? title = null) => new() { Title = title ?? "Title " + i, Id = id ?? "id-" + i };

    private static WhatsappInteractive Buttons(params WhatsappInteractiveButton[] buttons) => new()
    {
        Type = "button",
        Body = Text("Pick one"),
        Action = new WhatsappAction { WaButtons = buttons },
    };

    private static WhatsappInteractive List(params string[][] rowIdsPerSection) => new()
    {
        Type = "list",
        Body = Text("Choose"),
        Action = new WhatsappAction
        {
            ButtonText = "Menu",
            Sections = rowIdsPerSection.Select((ids, s) => new WhatsappSection
            {
                Title = "Section " + s,
                Rows = ids.Select(id => new WhatsappRow { Id = id, Title = "Row " + id }).ToList(),
            }).ToList(),
        },
    };

    private static SendWhatsappRequest Template(params WhatsappTemplateButton[] buttons) => WhatsApp(new TemplateContent
    {
        WaTemplate = new WhatsappTemplate { Name = "otp", Language = "en", WaButtons = buttons },
    });

    private static VoiceDialRequest Dial(params IMcAction[] command) => new() { To = new[] { "60123456789" }, Command = command };

    private static CollectAction Collect(int min, int max) => new() { EventUrl = new Uri("https://example.com/collect"), Min = min, Max = max, Timeout = 5000 };

    private static SayAction Say(string language) => new() { Language = language, Text = "Hello" };

    // ---- form encoding ------------------------------------------------------------------------------------------

    [Fact]
    public void Send_sms_form_uses_the_documented_wire_names_and_excludes_credentials()
    {
        var sms = new SendSmsRequest
        {
            From = "MOCEAN",
            To = new[] { "60123456789", "60198765432" },
            Text = "Hello World!",
            DlrMask = 1,
            DlrUrl = new Uri("https://example.com/webhooks/delivery-report"),
        };

        var form = sms.ToForm();
        var fields = FormData.Parse(form)!;

        Assert.Equal(new[] { "mocean-from", "mocean-to", "mocean-text", "mocean-dlr-mask", "mocean-dlr-url" }, fields.Keys);  // documented order, unset ones absent
        Assert.Equal("MOCEAN", fields["mocean-from"]);
        Assert.Equal("60123456789,60198765432", fields["mocean-to"]);
        Assert.Equal("Hello World!", fields["mocean-text"]);
        Assert.Equal("1", fields["mocean-dlr-mask"]);
        Assert.Equal("https://example.com/webhooks/delivery-report", fields["mocean-dlr-url"]);
        Assert.StartsWith("mocean-from=MOCEAN&mocean-to=60123456789%2C60198765432&mocean-text=Hello+World%21&", form);
        Assert.DoesNotContain("api-key", form);
        Assert.DoesNotContain("api-secret", form);
        Assert.DoesNotContain(typeof(SendSmsRequest).GetProperties(), p => p.Name.Contains("Api", StringComparison.OrdinalIgnoreCase) || p.Name.Contains("Secret", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(("POST", "/sms", "form"), (SendSmsRequest.Method, sms.BuildPath(), SendSmsRequest.Encoding));
    }

    [Fact]
    public void Documented_defaults_are_not_sent_when_unset()
    {
        // mocean-dlr-mask defaults to 0 and mocean-resp-format to XML on the server; the client must not invent them.
        var fields = FormData.Parse(Sms().ToForm())!;
        Assert.Equal(new[] { "mocean-from", "mocean-to", "mocean-text" }, fields.Keys);
        Assert.Null(new VerifyRequest { To = "60123456789", Brand = "ACME" }.CodeLength);
    }

    [Theory]
    [InlineData(2007, 2, 11, 23, 30, 0, "2007-02-11 23:30:00")]
    [InlineData(2007, 3, 2, 8, 55, 0, "2007-03-02 08:55:00")]   // code 26: the hour needs its leading zero
    public void Schedule_is_written_in_the_documented_pattern(int y, int mo, int d, int h, int mi, int s, string expected)
    {
        var fields = FormData.Parse(Sms(schedule: new DateTime(y, mo, d, h, mi, s)).ToForm())!;
        Assert.Equal(expected, fields["mocean-schedule"]);
    }

    [Fact]
    public void Enum_parameters_are_written_with_their_documented_spelling()
    {
        var fields = FormData.Parse(new SendSmsRequest { From = "A", To = new[] { "60123456789" }, Text = "t", Charset = Charset.UTF8, RespFormat = ResponseFormat.JSON }.ToForm())!;
        Assert.Equal("UTF-8", fields["mocean-charset"]);
        Assert.Equal("JSON", fields["mocean-resp-format"]);
    }

    [Fact]
    public void Voice_dial_sends_the_mocean_command_as_a_json_array_in_one_form_field()
    {
        var dial = Dial(Say("en-GB"), Collect(1, 4));

        var fields = FormData.Parse(dial.ToForm())!;
        using var command = JsonDocument.Parse(fields["mocean-command"]);
        var actions = command.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, actions.Count);
        Assert.Equal("say", actions[0].GetProperty("action").GetString());
        Assert.Equal("en-GB", actions[0].GetProperty("language").GetString());
        Assert.Equal("Hello", actions[0].GetProperty("text").GetString());
        Assert.Equal("collect", actions[1].GetProperty("action").GetString());
        Assert.Equal("https://example.com/collect", actions[1].GetProperty("event-url").GetString());
        Assert.Equal(4, actions[1].GetProperty("max").GetInt32());
        Assert.Equal("60123456789", fields["mocean-to"]);

        // and the program reads back into the same actions
        var back = IMcAction.FromJson(actions[1].GetRawText());
        Assert.True(back.Success);
        var collect = Assert.IsType<CollectAction>(back.Value);
        Assert.Equal((1, 4, 5000), (collect.Min, collect.Max, collect.Timeout));
    }

    [Fact]
    public void Send_whatsapp_is_a_json_body_with_wire_names_and_no_credentials()
    {
        var json = WhatsApp(Text("Hi there")).ToJson();

        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(new[] { "mocean-from", "mocean-to", "mocean-content" }, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("60123456789", root.GetProperty("mocean-from").GetString());
        Assert.Equal("text", root.GetProperty("mocean-content").GetProperty("type").GetString());
        Assert.Equal("Hi there", root.GetProperty("mocean-content").GetProperty("text").GetString());
        Assert.Equal("json", SendWhatsappRequest.Encoding);
    }

    [Fact]
    public void Whatsapp_content_survives_a_json_round_trip()
    {
        var list = List(new[] { "a", "b" }, new[] { "c" });
        var sent = new InteractiveContent
        {
            WaInteractive = new WhatsappInteractive
            {
                Type = "list",
                Header = new RichMediaContent { Type = "image", RichMediaUrl = new Uri("https://example.com/logo.png") },
                Body = list.Body,
                Footer = Text("footer"),
                Action = list.Action,
            },
        };

        using var doc = JsonDocument.Parse(WhatsApp(sent).ToJson());
        var back = IWhatsappContent.FromJson(doc.RootElement.GetProperty("mocean-content").GetRawText());

        Assert.True(back.Success, back.Error?.Message);
        var interactive = Assert.IsType<InteractiveContent>(back.Value).WaInteractive;
        Assert.Equal("list", interactive.Type.Value);
        var header = Assert.IsType<RichMediaContent>(interactive.Header);
        Assert.Equal(("image", "https://example.com/logo.png"), (header.Type.Value, header.RichMediaUrl.OriginalString));
        Assert.Equal(("Choose", "footer", "Menu"), (interactive.Body!.Text, interactive.Footer!.Text, interactive.Action.ButtonText));
        Assert.Equal(new[] { "a", "b", "c" }, interactive.Action.Sections!.SelectMany(s => s.Rows!).Select(r => r.Id));
        Assert.Equal(new[] { "Section 0", "Section 1" }, interactive.Action.Sections!.Select(s => s.Title));
        AssertValid(WhatsApp(back.Value).Validate());

        var template = Template(new WhatsappTemplateButton { Type = "url", Index = 0, UrlParameter = "123456" });
        using var t = JsonDocument.Parse(template.ToJson());
        var tb = Assert.Single(t.RootElement.GetProperty("mocean-content").GetProperty("wa_template").GetProperty("wa_buttons").EnumerateArray());
        Assert.Equal(("url", 0, "123456"), (tb.GetProperty("type").GetString(), tb.GetProperty("index").GetInt32(), tb.GetProperty("url_parameter").GetString()));
    }

    [Fact]
    public void Rules_are_attached_to_members_for_analyzers()
    {
        SpecRuleAttribute[] Rules(Type type, string property) =>
            type.GetProperty(property)!.GetCustomAttributes(typeof(SpecRuleAttribute), false).Cast<SpecRuleAttribute>().ToArray();

        var coding = Assert.Single(Rules(typeof(SendSmsRequest), nameof(SendSmsRequest.Coding)));
        Assert.Equal(("range", 1d, 3d), (coding.Kind, coding.Min, coding.Max));
        Assert.Equal(new[] { "count", "format" }, Rules(typeof(SendSmsRequest), nameof(SendSmsRequest.To)).Select(r => r.Kind).OrderBy(k => k));
        Assert.Equal(new[] { "4", "6" }, Assert.Single(Rules(typeof(VerifySmsRequest), nameof(VerifySmsRequest.CodeLength))).Values);
        var required = Assert.Single(typeof(SendSmsRequest).GetCustomAttributes(typeof(SpecRuleAttribute), false).Cast<SpecRuleAttribute>());
        Assert.Equal(("required", "mocean-dlr-url", "equals", "mocean-dlr-mask"), (required.Kind, required.Target, required.When, required.WhenField));
        Assert.Equal(new[] { "1" }, required.WhenValues);
        Assert.Equal("mocean-to", typeof(SendSmsRequest).GetProperty(nameof(SendSmsRequest.To))!.GetCustomAttributes(typeof(SpecFieldAttribute), false).Cast<SpecFieldAttribute>().Single().WireName);
    }

    // ---- validation: one test per rule kind -----------------------------------------------------------------------

    [Fact]
    public void Valid_requests_have_no_violations()
    {
        AssertValid(Sms().Validate());
        AssertValid(Sms(to: Enumerable.Range(0, 500).Select(i => "601234" + i.ToString("00000")).ToList(), coding: 3, dlrMask: 1, dlrUrl: new Uri("https://example.com/dlr")).Validate());
        AssertValid(new PricingRequest { Mcc = "502", Mnc = "01", Delimiter = "|" }.Validate());
        AssertValid(new PricingRequest { Mnc = "01" }.Validate()); // an MNC alone: the documents do not forbid it
        AssertValid(new VerifyRequest { To = "60123456789", Brand = "ACME", CodeLength = 6, PinValidity = 60, NextEventWait = 900 }.Validate());
        AssertValid(new VerifySmsRequest { To = "60123456789", Brand = "ACME", CodeLength = 4, PinValidity = 3600 }.Validate());
        AssertValid(Interactive(Buttons(Reply(1), Reply(2), Reply(3))).Validate());
        AssertValid(Interactive(List(new[] { "a", "b" }, new[] { "c" })).Validate());
        AssertValid(Template(new WhatsappTemplateButton { Type = "quick_reply", Index = 0, Payload = "yes" }, new WhatsappTemplateButton { Type = "quick_reply", Index = 1, Payload = "no" }).Validate());
        AssertValid(Dial(Collect(1, 4), Say("en-GB"), new SleepAction { Duration = 2000 }).Validate());
        Sms().EnsureValid();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Coding_outside_1_to_3_is_a_range_violation(int coding)
    {
        AssertViolation(Sms(coding: coding).Validate(), "mocean-coding", "range");
    }

    [Fact]
    public void Dlr_mask_other_than_0_or_1_is_an_allowed_violation()
    {
        AssertViolation(Sms(dlrMask: 2).Validate(), "mocean-dlr-mask", "allowed");
    }

    [Fact]
    public void Dlr_mask_1_without_dlr_url_is_a_required_violation()
    {
        var v = AssertViolation(Sms(dlrMask: 1).Validate(), "mocean-dlr-url", "required");
        Assert.Contains("mocean-dlr-mask", v.Message); // the spec's own message
        AssertValid(Sms(dlrMask: 0).Validate());
    }

    [Fact]
    public void More_than_500_receivers_is_a_count_violation()
    {
        var to = Enumerable.Range(0, 501).Select(i => "601234" + i.ToString("00000")).ToList();
        AssertViolation(Sms(to: to).Validate(), "mocean-to", "count");
    }

    [Fact]
    public void A_receiver_that_is_not_a_phone_number_is_a_format_violation_at_its_index()
    {
        AssertViolation(Sms(to: new[] { "60123456789", "12ab" }).Validate(), "mocean-to[1]", "format");
    }

    [Fact]
    public void A_non_http_dlr_url_is_a_format_violation()
    {
        AssertViolation(Sms(dlrMask: 1, dlrUrl: new Uri("ftp://example.com/dlr")).Validate(), "mocean-dlr-url", "format");
    }

    [Fact]
    public void Pricing_mcc_must_be_digits_and_an_mcc_needs_an_mnc()
    {
        AssertViolation(new PricingRequest { Mcc = "50a", Mnc = "01" }.Validate(), "mocean-mcc", "pattern");
        AssertViolation(new PricingRequest { Mcc = "502", Mnc = "13,19" }.Validate(), "mocean-mnc", "pattern"); // ONE MNC only
        AssertViolation(new PricingRequest { Mcc = "502" }.Validate(), "mocean-mnc", "required"); // "MNC needs to be specified if user passes in mocean-mcc"
        AssertViolation(new Mocean.V1.PricingRequest { Mcc = "502" }.Validate(), "mocean-mnc", "required");
        AssertValid(new Mocean.V1.PricingRequest { Mcc = "502", Mnc = "01" }.Validate());
        AssertValid(new Mocean.V1.PricingRequest { Mnc = "01" }.Validate());
        AssertViolation(new PricingRequest { Delimiter = "," }.Validate(), "mocean-delimiter", "allowed");
    }

    [Theory]
    [InlineData(30)]
    [InlineData(59)]
    [InlineData(3601)]
    public void Pin_validity_outside_60_to_3600_is_a_range_violation(int seconds)
    {
        AssertViolation(new VerifyRequest { To = "60123456789", Brand = "ACME", PinValidity = seconds }.Validate(), "mocean-pin-validity", "range");
        AssertViolation(new VerifySmsRequest { To = "60123456789", Brand = "ACME", PinValidity = seconds }.Validate(), "mocean-pin-validity", "range");
    }

    [Theory]
    [InlineData(5)]
    [InlineData(0)]
    public void Code_length_other_than_4_or_6_is_an_allowed_violation(int length)
    {
        AssertViolation(new VerifySmsRequest { To = "60123456789", Brand = "ACME", CodeLength = length }.Validate(), "mocean-code-length", "allowed");
        AssertViolation(new VerifyRequest { To = "60123456789", Brand = "ACME", CodeLength = length }.Validate(), "mocean-code-length", "allowed");
    }

    [Fact]
    public void Missing_required_members_are_reported_not_thrown()
    {
        // `required` forces an initializer, but null! still compiles; Validate must report it.
        var sms = new SendSmsRequest { From = null!, To = null!, Text = null! };
        var result = sms.Validate();
        Assert.Equal(new[] { "mocean-from", "mocean-to", "mocean-text" }, result.Violations.Select(v => v.Path));
        Assert.All(result.Violations, v => Assert.Equal("required", v.Rule));
        var e = Assert.Throws<ValidationException>(sms.EnsureValid);
        Assert.Equal(3, e.Violations.Count);
    }

    [Fact]
    public void Whatsapp_interactive_with_4_reply_buttons_is_a_count_violation()
    {
        AssertViolation(Interactive(Buttons(Reply(1), Reply(2), Reply(3), Reply(4))).Validate(), "mocean-content.wa_interactive.action.wa_buttons", "count");
    }

    [Fact]
    public void Whatsapp_reply_buttons_need_unique_ids_and_titles_and_trimmed_ids()
    {
        AssertViolation(Interactive(Buttons(Reply(1, id: "same"), Reply(2, id: "same"))).Validate(), "mocean-content.wa_interactive.action.wa_buttons[1].id", "unique");
        AssertViolation(Interactive(Buttons(Reply(1, title: "Yes"), Reply(2, title: "Yes"))).Validate(), "mocean-content.wa_interactive.action.wa_buttons[1].title", "unique");
        AssertViolation(Interactive(Buttons(Reply(1, id: " padded "))).Validate(), "mocean-content.wa_interactive.action.wa_buttons[0].id", "trimmed");
        // The button's type is fixed to "reply" by the generated class: it cannot be written wrong.
        Assert.Equal("reply", Reply(1).Type);
    }

    [Fact]
    public void Row_ids_repeated_across_sections_are_a_unique_violation()
    {
        AssertViolation(Interactive(List(new[] { "a", "b" }, new[] { "a" })).Validate(), "mocean-content.wa_interactive.action.sections[1].rows[0].id", "unique");
    }

    [Fact]
    public void Conditional_requirements_of_interactive_messages()
    {
        // list needs action.button_text
        var list = List(new[] { "a" });
        var noButtonText = new WhatsappInteractive { Type = "list", Body = list.Body, Action = new WhatsappAction { Sections = list.Action.Sections } };
        AssertViolation(Interactive(noButtonText).Validate(), "mocean-content.wa_interactive.action.button_text", "required");

        // more than one section: every section needs a title
        var untitled = new WhatsappInteractive
        {
            Type = "list",
            Body = Text("Choose"),
            Action = new WhatsappAction
            {
                ButtonText = "Menu",
                Sections = new[]
                {
                    new WhatsappSection { Title = "One", Rows = new[] { new WhatsappRow { Id = "a", Title = "A" } } },
                    new WhatsappSection { Rows = new[] { new WhatsappRow { Id = "b", Title = "B" } } },
                },
            },
        };
        AssertViolation(Interactive(untitled).Validate(), "mocean-content.wa_interactive.action.sections[1].title", "required");

        // body is required unless type is product
        var noBody = new WhatsappInteractive { Type = "button", Action = new WhatsappAction { WaButtons = new[] { Reply(1) } } };
        AssertViolation(Interactive(noBody).Validate(), "mocean-content.wa_interactive.body", "required");
    }

    [Fact]
    public void A_sticker_header_is_an_allowed_variants_violation()
    {
        var interactive = new WhatsappInteractive
        {
            Type = "button",
            Header = new RichMediaContent { Type = "sticker", RichMediaUrl = new Uri("https://example.com/s.webp") },
            Body = Text("Pick"),
            Action = new WhatsappAction { WaButtons = new[] { Reply(1) } },
        };
        AssertViolation(Interactive(interactive).Validate(), "mocean-content.wa_interactive.header", "allowed_variants");
    }

    [Fact]
    public void Template_buttons_must_share_a_type_and_carry_what_their_type_requires()
    {
        AssertViolation(
            Template(new WhatsappTemplateButton { Type = "url", Index = 0, UrlParameter = "123456" }, new WhatsappTemplateButton { Type = "quick_reply", Index = 1, Payload = "yes" }).Validate(),
            "mocean-content.wa_template.wa_buttons[1].type", "same");
        AssertViolation(Template(new WhatsappTemplateButton { Type = "quick_reply", Index = 0 }).Validate(), "mocean-content.wa_template.wa_buttons[0].payload", "required");
        AssertViolation(Template(new WhatsappTemplateButton { Type = "url", Index = 0 }).Validate(), "mocean-content.wa_template.wa_buttons[0].url_parameter", "required");
        AssertViolation(Template(new WhatsappTemplateButton { Type = "url", Index = -1, UrlParameter = "1" }).Validate(), "mocean-content.wa_template.wa_buttons[0].index", "range");
    }

    [Fact]
    public void A_caption_on_a_rich_media_template_header_is_a_forbidden_violation()
    {
        var request = WhatsApp(new TemplateContent
        {
            WaTemplate = new WhatsappTemplate
            {
                Name = "promo",
                Language = "en",
                HeaderParams = new ITextOrRichMediaContent[] { new RichMediaContent { Type = "image", RichMediaUrl = new Uri("https://example.com/logo.png"), Text = "caption" } },
            },
        });
        AssertViolation(request.Validate(), "mocean-content.wa_template.header_params[0].text", "forbidden");
    }

    [Fact]
    public void Mc_collect_with_min_above_max_is_a_compare_violation()
    {
        var v = AssertViolation(Dial(Collect(5, 2)).Validate(), "mocean-command[0].min", "compare");
        Assert.Equal("min must not be greater than max.", v.Message);
        AssertValid(Dial(Collect(2, 2)).Validate());
    }

    [Fact]
    public void Mc_say_language_is_case_sensitive()
    {
        AssertViolation(Dial(Collect(1, 4), Say("en-gb")).Validate(), "mocean-command[1].language", "allowed");
        AssertValid(Dial(Say("en-GB")).Validate());
    }

    [Fact]
    public void Violations_of_several_rules_are_all_collected_in_order()
    {
        var result = Sms(to: new[] { "x" }, coding: 9, dlrMask: 1).Validate();
        Assert.Equal(new[] { ("mocean-to[0]", "format"), ("mocean-coding", "range"), ("mocean-dlr-url", "required") }, result.Violations.Select(v => (v.Path, v.Rule)));
        var e = Assert.Throws<ValidationException>(() => Sms(to: new[] { "x" }, coding: 9, dlrMask: 1).EnsureValid());
        Assert.Equal(3, e.Violations.Count);
    }

    [Fact]
    public void A_closed_enum_value_outside_its_list_is_a_violation()
    {
        Assert.False(Charset.IsOpen);
        AssertViolation(Sms(charset: new Charset("EBCDIC")).Validate(), "mocean-charset", "allowed");
    }

    // ---- webhooks -----------------------------------------------------------------------------------------------

    private const string DocumentedDeliveryReport = "mocean-from=60123456789&mocean-to=63001&mocean-dlr-status=1&mocean-msgid=cust20013050311050614001&mocean-error-code=0";

    [Fact]
    public void The_documented_delivery_report_form_body_parses()
    {
        var result = DeliveryReportEvent.FromForm(DocumentedDeliveryReport);

        Assert.True(result.Success, result.Error?.Message);
        var dlr = result.Value;
        Assert.Equal("60123456789", dlr.From);
        Assert.Equal("63001", dlr.To);
        Assert.Equal(DlrStatusCode.Success, dlr.DlrStatus);
        Assert.True(dlr.DlrStatus!.Value.IsKnown);
        Assert.Equal("cust20013050311050614001", dlr.Msgid);
        Assert.Equal(0, dlr.ErrorCode!.Value.Value);
        Assert.Equal(("PUT", "/webhooks/delivery-report"), (DeliveryReportEvent.Method, DeliveryReportEvent.PathTemplate));

        // the same body as JSON (numbers where the form has text) and as a query string
        var json = DeliveryReportEvent.FromJson("{\"mocean-from\":60123456789,\"mocean-to\":\"63001\",\"mocean-dlr-status\":\"1\",\"mocean-msgid\":\"cust20013050311050614001\",\"mocean-error-code\":0}");
        Assert.True(json.Success);
        Assert.Equal((dlr.From, dlr.To, dlr.DlrStatus, dlr.Msgid, dlr.ErrorCode), (json.Value.From, json.Value.To, json.Value.DlrStatus, json.Value.Msgid, json.Value.ErrorCode));
        Assert.Equal(dlr.Msgid, DeliveryReportEvent.FromForm("?" + DocumentedDeliveryReport).Value!.Msgid);
    }

    [Fact]
    public void The_documented_delivery_report_error_code_0_is_the_known_code_000()
    {
        var dlr = DeliveryReportEvent.FromForm(DocumentedDeliveryReport).Value!;
        Assert.True(dlr.ErrorCode!.Value.IsKnown);
        Assert.Equal(DlrErrorCode.NoError, dlr.ErrorCode.Value);
        Assert.NotNull(dlr.ErrorCode.Value.Description);
    }

    [Fact]
    public void Inbound_sms_and_collect_webhooks_parse_their_form_bodies()
    {
        var sms = InboundSmsEvent.FromForm("mocean-from=60123456789&mocean-to=63001&mocean-time=2018-12-30+23%3A59%3A59&mocean-text=Hello+World%21&mocean-keyword=HELLO&mocean-coding=1").Value!;
        Assert.Equal(("60123456789", "63001", new DateTime(2018, 12, 30, 23, 59, 59), "Hello World!", "HELLO", 1), (sms.From, sms.To, sms.Time, sms.Text, sms.Keyword, sms.Coding));

        var collect = VoiceCollectEvent.FromForm("mocean-session-uuid=s-1&mocean-call-uuid=c-1&mocean-digits=").Value!;
        Assert.Equal(("s-1", "c-1", ""), (collect.SessionUuid, collect.CallUuid, collect.Digits)); // no input → empty string, not null
    }

    [Fact]
    public void The_number_lookup_result_webhook_reads_carriers_from_json_inside_form_fields()
    {
        var carrier = Uri.EscapeDataString("{\"country\":\"MY\",\"name\":\"U Mobile\",\"network_code\":50218,\"mcc\":502,\"mnc\":\"18\"}");
        var result = NumberLookupResultEvent.FromForm("status=0&msgid=m1&to=60123456789&current_carrier=" + carrier + "&ported=not_ported").Value!;

        Assert.Equal(NumberLookupStatusCode.OK, result.Status);
        Assert.Equal(("MY", "U Mobile", 50218, "502", "18"), (result.CurrentCarrier!.Country, result.CurrentCarrier.Name, result.CurrentCarrier.NetworkCode, result.CurrentCarrier.Mcc, result.CurrentCarrier.Mnc));
        Assert.Null(result.OriginalCarrier);
        Assert.Equal(new PortedStatus("not_ported"), result.Ported);
    }

    [Fact]
    public void Whatsapp_delivery_status_reads_nested_objects_and_keeps_unknown_open_enum_values()
    {
        const string body = """
            {"message_id":"m-1","event_type":"delivery-status","event_data":{"channel_type":"WHATSAPP","from":"60123456789","to":"60198765432",
             "meta_delivery_status":"deleted","meta_whatsapp_conversation":{"conversation_id":"c-1","expiration_timestamp":1682754441,"pricing_category":"brand_new"},
             "timestamp":1682668041}}
            """;
        var e = WhatsappDeliveryStatusEvent.FromJson(body).Value!;

        Assert.Equal(("m-1", "delivery-status"), (e.MessageId, e.EventType));
        var data = e.EventData!;
        Assert.Equal(1682668041L, data.Timestamp);
        Assert.Equal("deleted", data.MetaDeliveryStatus!.Value.Value);
        Assert.False(data.MetaDeliveryStatus.Value.IsKnown);
        Assert.True(MetaDeliveryStatus.IsOpen);
        Assert.Equal("brand_new", data.MetaWhatsappConversation!.PricingCategory!.Value.Value);
        Assert.False(data.MetaWhatsappConversation.PricingCategory.Value.IsKnown);
        Assert.Equal(1682754441L, data.MetaWhatsappConversation.ExpirationTimestamp);
        AssertValid(data.Validate());

        // a failed status must not carry a conversation
        var failed = WhatsappDeliveryStatusEvent.FromJson(body.Replace("\"deleted\"", "\"failed\"")).Value!;
        AssertViolation(failed.EventData!.Validate(), "meta_whatsapp_conversation", "forbidden");
    }

    // ---- hostile input ------------------------------------------------------------------------------------------

    /// <summary>Every generated entry point that reads wire data, as (name, parse) where parse returns (success, value, error).</summary>
    private static readonly (string Name, Func<string?, (bool Success, object? Value, WireError? Error)> Parse)[] Parsers =
    {
        P("v2 DeliveryReportEvent.FromForm", DeliveryReportEvent.FromForm),
        P("v2 DeliveryReportEvent.FromJson", DeliveryReportEvent.FromJson),
        P("v2 InboundSmsEvent.FromForm", InboundSmsEvent.FromForm),
        P("v2 NumberLookupResultEvent.FromForm", NumberLookupResultEvent.FromForm),
        P("v2 NumberLookupResultEvent.FromJson", NumberLookupResultEvent.FromJson),
        P("v2 VoiceCollectEvent.FromForm", VoiceCollectEvent.FromForm),
        P("v2 VoiceAnswerEvent.FromForm", VoiceAnswerEvent.FromForm),
        P("v2 WhatsappDeliveryStatusEvent.FromJson", WhatsappDeliveryStatusEvent.FromJson),
        P("v2 WhatsappInboundMessageEvent.FromJson", WhatsappInboundMessageEvent.FromJson),
        P("v2 SmsSendResult.FromJson", SmsSendResult.FromJson),
        P("v2 SmsSendResult.FromXml", SmsSendResult.FromXml),
        P("v2 PricingResult.FromJson", PricingResult.FromJson),
        P("v2 PricingResult.FromXml", PricingResult.FromXml),
        P("v2 NumberLookupResult.FromJson", NumberLookupResult.FromJson),
        P("v2 NumberLookupResult.FromXml", NumberLookupResult.FromXml),
        P("v2 VoiceCallResult.FromXml", VoiceCallResult.FromXml),
        P("v2 IMcAction.FromJson", IMcAction.FromJson),
        P("v2 IWhatsappContent.FromJson", IWhatsappContent.FromJson),
        P("v2 IWhatsappInboundContent.FromJson", IWhatsappInboundContent.FromJson),
        P("v1 DeliveryReportEvent.FromForm", Mocean.V1.DeliveryReportEvent.FromForm),
        P("v1 SmsSendResult.FromXml", Mocean.V1.SmsSendResult.FromXml),
        P("oca SmsStatusResult.FromJson", Oca.V1.SmsStatusResult.FromJson),
        // Mobtexting answers JSON only, so its types have no XML reader (issue 11: only the readers a type needs).
        P("mobtexting BalanceResponse.FromJson", Mobtexting.V2.BalanceResponse.FromJson),
        P("v2 BalanceResult.FromXml", BalanceResult.FromXml),
    };

    private static (string, Func<string?, (bool, object?, WireError?)>) P<T>(string name, Func<string?, ParseResult<T>> parse) where T : class =>
        (name, s => { var r = parse(s); return (r.Success, r.Value, r.Error); });

    private static string? Hostile(string name) => name switch
    {
        "null" => null,
        "empty" => "",
        "whitespace" => " \r\n\t ",
        "open brace" => "{",
        "json array" => "[1,2,3]",
        "json null" => "null",
        "json number" => "42",
        "json string" => "\"text\"",
        "plain text" => "this is not a body",
        "deep json" => new string('[', 10_000) + new string(']', 10_000),
        "deep xml" => string.Concat(Enumerable.Repeat("<a>", 5_000)) + string.Concat(Enumerable.Repeat("</a>", 5_000)),
        "xml doctype" => "<?xml version=\"1.0\"?><!DOCTYPE result [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><result><status>&x;</status></result>",
        "xml entity bomb" => "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><result><status>&c;</status></result>",
        "huge json field" => "{\"messages\":[{\"msgid\":\"" + new string('x', 4_000_000) + "\"}],\"mocean-msgid\":\"" + new string('y', 100_000) + "\"}",
        "huge form field" => "mocean-msgid=" + new string('x', 2_000_000) + "&status=0",
        "huge xml field" => "<result><status>0</status><msgid>" + new string('x', 20_000_000) + "</msgid></result>",
        "broken percent escapes" => "%&=%zz&mocean-to=%E0%A4%A&mocean-from=%%%&current_carrier=%7B%22a",
        "lone surrogate" => "{\"mocean-msgid\":\"\uD800\"}&current_carrier={\"name\":\"\uDC00\"}",
        "wrong json types" => "{\"messages\":{\"status\":[1]},\"destinations\":\"x\",\"mocean-dlr-status\":{\"a\":1},\"event_data\":[],\"status\":1e999,\"type\":7,\"action\":null}",
        "nested json in a form field is garbage" => "current_carrier=%7B%22network_code%22%3A%22abc%22&original_carrier=[]&status=x",
        "form junk" => "&&&==&a&b=&=c&mocean-dlr-status=1&mocean-dlr-status=2",
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [InlineData("null")]
    [InlineData("empty")]
    [InlineData("whitespace")]
    [InlineData("open brace")]
    [InlineData("json array")]
    [InlineData("json null")]
    [InlineData("json number")]
    [InlineData("json string")]
    [InlineData("plain text")]
    [InlineData("deep json")]
    [InlineData("deep xml")]
    [InlineData("xml doctype")]
    [InlineData("xml entity bomb")]
    [InlineData("huge json field")]
    [InlineData("huge form field")]
    [InlineData("huge xml field")]
    [InlineData("broken percent escapes")]
    [InlineData("wrong json types")]
    [InlineData("nested json in a form field is garbage")]
    [InlineData("form junk")]
    [InlineData("lone surrogate")]
    public void Hostile_input_gives_a_value_or_a_typed_error_never_an_exception(string input)
    {
        var text = Hostile(input);
        var failures = new List<string>();
        foreach (var (name, parse) in Parsers)
        {
            try
            {
                var (success, value, error) = parse(text);
                if (success && value is null) failures.Add(name + ": success without a value");
                if (!success && (error is null || string.IsNullOrWhiteSpace(error.Message))) failures.Add(name + ": failure without an error message");
            }
            catch (Exception e)
            {
                failures.Add(name + ": threw " + e.GetType().Name + ": " + e.Message);
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Random_bytes_give_a_value_or_a_typed_error_never_an_exception()
    {
        var random = new Random(20240601);
        var failures = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            var text = i % 2 == 0 ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            foreach (var (name, parse) in Parsers)
            {
                try
                {
                    var (success, value, error) = parse(text);
                    if (success == (value is null) || success == (error is not null)) failures.Add(name + " #" + i + ": inconsistent result");
                }
                catch (Exception e)
                {
                    failures.Add(name + " #" + i + ": threw " + e.GetType().Name + ": " + e.Message);
                }
            }
        }
        Assert.True(failures.Count == 0, failures.Count + " failures, e.g.\n" + string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public void Non_json_and_oversized_bodies_are_typed_errors()
    {
        var notJson = SmsSendResult.FromJson("{\"messages\": [");
        Assert.False(notJson.Success);
        Assert.Contains("JSON", notJson.Error.Message);
        Assert.False(SmsSendResult.FromJson("[]").Success);
        Assert.False(SmsSendResult.FromXml("<result>").Success);
        Assert.False(DeliveryReportEvent.FromForm("mocean-msgid=" + new string('x', FormData.MaxLength)).Success);
        Assert.False(IMcAction.FromJson("{\"text\":\"no action\"}").Success); // no discriminator
        // An unknown variant is kept, not an error: servers add kinds; it is written back unchanged.
        var unknown = Assert.IsType<UnknownMcAction>(IMcAction.FromJson("{\"action\":\"teleport\",\"to\":\"mars\"}").Value);
        Assert.Equal(("teleport", "{\"action\":\"teleport\",\"to\":\"mars\"}"), (unknown.Discriminator, unknown.ToJson()));
    }

    // ---- open enums and code tables -----------------------------------------------------------------------------

    [Fact]
    public void An_unknown_status_code_from_the_server_is_kept_with_IsKnown_false()
    {
        var status = MessageStatusResult.FromJson("{\"status\":0,\"message_status\":99,\"msgid\":\"m\"}").Value!;
        Assert.Equal(99, status.MessageStatus!.Value.Value);
        Assert.False(status.MessageStatus.Value.IsKnown);
        Assert.Null(status.MessageStatus.Value.Description);
        Assert.True(MessageStatusValueCode.IsOpen);

        var xml = MessageStatusResult.FromXml("<result><status>0</status><message_status>42</message_status></result>").Value!;
        Assert.Equal(new MessageStatusValueCode(42), xml.MessageStatus);
        Assert.False(xml.MessageStatus!.Value.IsKnown);

        var dlr = DeliveryReportEvent.FromForm("mocean-dlr-status=7&mocean-error-code=999").Value!;
        Assert.Equal((7, false), (dlr.DlrStatus!.Value.Value, dlr.DlrStatus.Value.IsKnown));
        Assert.Equal((999, false), (dlr.ErrorCode!.Value.Value, dlr.ErrorCode.Value.IsKnown));
    }

    [Fact]
    public void Known_codes_carry_the_documents_words()
    {
        Assert.True(new SmsStatusCode(26).IsKnown);
        Assert.Equal(SmsStatusCode.InvalidScheduleFormat, new SmsStatusCode(26));
        Assert.Contains("leading zero", SmsStatusCode.InvalidScheduleFormat.Description);
        Assert.StartsWith("Insufficient balance", new SmsStatusCode(2).Description);
        Assert.True(new DlrErrorCode(1).IsKnown);
        Assert.True(new VerifyStatusCode(16).IsKnown);
        Assert.False(new SmsStatusCode(3).IsKnown);           // a gap in the document's numbering
        Assert.Equal("en-GB", SayLanguage.EnGB.Value);
        Assert.False(SayLanguage.IsOpen);
        Assert.False(new SayLanguage("en-gb").IsKnown);
    }

    // ---- network lookup -----------------------------------------------------------------------------------------

    private static IReadOnlyList<IReadOnlyList<string>> SpecNetworkRows()
    {
        var path = RepoFiles.Spec("mocean/v2/networks.yaml");
        var (file, diagnostics) = SpecGen.Spec.SpecCompiler.ReadFile(path, System.IO.File.ReadAllText(path));
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        var lookup = Assert.Single(file!.Content.Lookups);
        Assert.Equal(new[] { "network_code", "country_code", "country_name", "operator", "mcc", "mnc" }, lookup.Columns);
        return lookup.Rows.Select(r => (IReadOnlyList<string>)r.Values.ToList()).ToList();
    }

    private static string[] Cells(NetworksRow row) => new[] { row.NetworkCode, row.CountryCode, row.CountryName, row.Operator, row.Mcc, row.Mnc };

    [Fact]
    public void Every_network_row_is_retrievable_by_its_network_code_with_equal_fields()
    {
        var rows = SpecNetworkRows();
        Assert.Equal(1347, rows.Count);
        Assert.Equal(1347, Networks.Count);

        for (var i = 0; i < rows.Count; i++)
        {
            var expected = rows[i];
            Assert.True(Networks.TryGetByNetworkCode(int.Parse(expected[0], System.Globalization.CultureInfo.InvariantCulture), out var row), "network code " + expected[0] + " not found");
            Assert.Equal(expected, Cells(row));
            Assert.True(Networks.TryGetByNetworkCode(expected[0].AsSpan(), out var byText));
            Assert.Equal(row, byText);
            Assert.Equal(expected, Cells(Networks.RowAt(i)));   // document order
        }
    }

    [Fact]
    public void Every_mcc_mnc_pair_returns_all_its_rows_in_document_order()
    {
        var rows = SpecNetworkRows();
        var groups = rows.GroupBy(r => (Mcc: r[4], Mnc: r[5])).ToList();
        // The spec's note: 32 MCC/MNC pairs are carried by more than one row; the two rows without MCC/MNC cells
        // (the unknown network 0 and 25903) share the empty pair besides.
        Assert.Equal(32, groups.Count(g => g.Count() > 1 && g.Key != ("", "")));
        Assert.Equal(new[] { "25903", "0" }, groups.Single(g => g.Key == ("", "")).Select(r => r[0]));
        Assert.Equal(52, groups.Single(g => g.Key == ("310", "500")).Count());

        foreach (var group in groups)
        {
            var found = Networks.ByMccAndMnc(group.Key.Mcc, group.Key.Mnc);
            Assert.Equal(group.Count(), found.Count);
            var actual = new List<string[]>();
            foreach (var row in found) actual.Add(Cells(row));
            Assert.Equal(group.Select(r => r.ToArray()), actual);
        }
    }

    [Fact]
    public void Every_country_code_returns_all_its_rows()
    {
        foreach (var group in SpecNetworkRows().GroupBy(r => r[1]))
        {
            var found = Networks.ByCountryCode(group.Key);
            Assert.Equal(group.Count(), found.Count);
            Assert.All(Enumerable.Range(0, found.Count), i => Assert.Equal(group.Key, found[i].CountryCode));
        }
    }

    [Fact]
    public void The_single_mcc_mnc_key_splits_after_the_three_digit_mcc()
    {
        foreach (var group in SpecNetworkRows().Where(r => r[4].Length == 3).GroupBy(r => (Mcc: r[4], Mnc: r[5])))
        {
            var found = Networks.ByMccAndMnc(group.Key.Mcc + group.Key.Mnc);
            Assert.Equal(group.Select(r => r[0]), Enumerable.Range(0, found.Count).Select(i => found[i].NetworkCode));
        }
        Assert.Equal("Celcom", Assert.Single(Rows(Networks.ByMccAndMnc("50213"))).Operator);
        Assert.Equal(0, Networks.ByMccAndMnc("5021").Count);   // MNC "1" is not "13"
        Assert.Equal(0, Networks.ByMccAndMnc("50").Count);     // shorter than an MCC
        Assert.Equal(0, Networks.ByMccAndMnc("").Count);       // the rows without MCC/MNC are not reachable by a single key
        Assert.Equal(0, Networks.ByMccAndMnc("502x3").Count);
    }

    [Fact]
    public void The_int_mcc_mnc_overload_matches_numeric_values_whatever_the_leading_zeros()
    {
        var rows = SpecNetworkRows().Where(r => r[4].Length > 0).ToList();
        foreach (var group in rows.GroupBy(r => (Mcc: int.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture), Mnc: int.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture))))
        {
            var found = Rows(Networks.ByMccAndMnc(group.Key.Mcc, group.Key.Mnc)).Select(r => r.NetworkCode).OrderBy(c => c, StringComparer.Ordinal);
            Assert.Equal(group.Select(r => r[0]).OrderBy(c => c, StringComparer.Ordinal), found);
        }
        // The spec keeps 250/"20" and 250/"020" apart as text; as numbers they are one pair.
        var both = Rows(Networks.ByMccAndMnc(250, 20)).Select(r => r.Mnc).Distinct().OrderBy(m => m, StringComparer.Ordinal);
        Assert.Equal(new[] { "020", "20" }, both);
        Assert.Equal("03", Assert.Single(Rows(Networks.ByMccAndMnc(213, 3))).Mnc);   // Andorra, written "03"
        Assert.Equal(0, Networks.ByMccAndMnc(-1, 3).Count);
        Assert.Equal(0, Networks.ByMccAndMnc(1000, 1).Count);
        Assert.Equal(0, Networks.ByMccAndMnc(502, 999).Count);
    }

    private static List<NetworksRow> Rows(NetworksRows rows)
    {
        var list = new List<NetworksRow>();
        foreach (var row in rows) list.Add(row);
        return list;
    }

    [Fact]
    public void Lookups_miss_cleanly_and_keep_leading_zeros_significant()
    {
        Assert.False(Networks.TryGetByNetworkCode(999999, out _));
        Assert.False(Networks.TryGetByNetworkCode("050213".AsSpan(), out _));   // 50213 exists, "050213" is another text
        Assert.False(Networks.TryGetByNetworkCode("abc".AsSpan(), out _));
        Assert.Equal(0, Networks.ByMccAndMnc("999", "99").Count);
        Assert.Equal(0, Networks.ByMccAndMnc("502", "3").Count);                 // "3" is not "03"
        Assert.True(Networks.ByMccAndMnc("502", "13").Count >= 1);
        Assert.Equal(0, Networks.ByCountryCode("ZZ").Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => Networks.RowAt(Networks.Count));
        Assert.True(Networks.TryGetByNetworkCode(0, out var unknown));
        Assert.Equal("Unknown", unknown.Operator);
    }
}
