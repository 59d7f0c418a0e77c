// MC programs and WhatsApp content built the way the spec allows: the SpecGen analyzers have nothing to say.
using System;
using System.Collections.Generic;
using Mocean.V2;

// An inbound-call answer: a say, a collect whose min does not exceed max, a sleep and a dial.
IMcAction[] program =
[
    new SayAction { Language = SayLanguage.EnGB, Text = "Welcome. Press 1 for sales." },
    new CollectAction { EventUrl = new Uri("https://example.com/webhooks/collect"), Min = 1, Max = 1, Timeout = 5000 },
    new SleepAction { Duration = 2000 },
    new DialAction { To = ["60123456789"], DialSequentially = false },
];

var call = new VoiceDialRequest
{
    To = ["60123456789"],
    Command = program,
    EventUrl = new Uri("https://example.com/webhooks/call"),
};
Console.WriteLine(call.ToForm());

// The same kind of program given as JSON (parsed at compile time by the analyzers too).
var say = IMcAction.FromJson("""{"action":"say","language":"en-US","text":"Goodbye"}""");
Console.WriteLine(say.Value?.Discriminator);

// A WhatsApp list message: two sections, unique row ids, button text present.
var list = new SendWhatsappRequest
{
    From = "60123456789",
    To = "60198765432",
    Content = new InteractiveContent
    {
        WaInteractive = new WhatsappInteractive
        {
            Type = WhatsappInteractiveType.List,
            Header = new TextContent { Text = "Menu" },
            Body = new TextContent { Text = "What would you like?" },
            Action = new WhatsappAction
            {
                ButtonText = "Choose",
                Sections =
                [
                    new WhatsappSection { Title = "Drinks", Rows = [new WhatsappRow { Id = "tea", Title = "Tea" }, new WhatsappRow { Id = "coffee", Title = "Coffee" }] },
                    new WhatsappSection { Title = "Food", Rows = [new WhatsappRow { Id = "cake", Title = "Cake", Description = "Chocolate" }] },
                ],
            },
        },
    },
};
Console.WriteLine(list.ToJson());

// Reply buttons (at most three, trimmed ids) and a template with buttons of one type.
var buttons = new WhatsappAction
{
    WaButtons =
    [
        new WhatsappInteractiveButton { Id = "yes", Title = "Yes" },
        new WhatsappInteractiveButton { Id = "no", Title = "No" },
    ],
};
var template = new TemplateContent
{
    WaTemplate = new WhatsappTemplate
    {
        Name = "order_update",
        Language = "en",
        HeaderParams = [new RichMediaContent { Type = RichMediaType.Image, RichMediaUrl = new Uri("https://example.com/logo.png") }],
        WaButtons =
        [
            new WhatsappTemplateButton { Type = WhatsappTemplateButtonType.QuickReply, Index = 0, Payload = "track" },
            new WhatsappTemplateButton { Type = WhatsappTemplateButtonType.QuickReply, Index = 1, Payload = "stop" },
        ],
    },
};
var reaction = IWhatsappContent.FromJson("""{"type":"reaction","text":"\uD83D\uDC4D","reply_to_msg_id":"msg-1"}""");
Console.WriteLine($"{buttons.WaButtons!.Count} {template.Discriminator} {reaction.Value?.Discriminator}");

// SMS with a delivery report, a verify request within its ranges, pricing with MCC and MNC.
var sms = new SendSmsRequest { From = "ACME", To = ["60123456789"], Text = "Hi", Coding = 1, DlrMask = 1, DlrUrl = new Uri("https://example.com/dlr") };
var verify = new VerifyRequest { To = "60123456789", Brand = "ACME", CodeLength = 6, PinValidity = 300 };
var pricing = new PricingRequest { Mcc = "502", Mnc = "13" };
Console.WriteLine($"{sms.Validate().IsValid} {verify.Validate().IsValid} {pricing.Validate().IsValid}");

// Open sets keep unknown server values: switch with a default arm.
Console.WriteLine(Describe(new MetaDeliveryStatus("sent")));
static string Describe(MetaDeliveryStatus status) => status.Value switch
{
    "sent" => "sent",
    "delivered" => "delivered",
    _ => "other: " + status.Value,
};

// Values the compiler cannot know are left to run-time validation.
static SayAction Say(string language) => new SayAction { Language = language, Text = "x" };
Console.WriteLine(Say(Environment.GetEnvironmentVariable("LANG_CODE") ?? "en-US").Validate().IsValid);
var extra = new List<WhatsappInteractiveButton>();
Console.WriteLine(new WhatsappAction { WaButtons = [.. extra, buttons.WaButtons[0]] }.WaButtons!.Count);
