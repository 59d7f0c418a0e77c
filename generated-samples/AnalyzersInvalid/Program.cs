// Deliberate mistakes, one per line that the analyzers must flag (tests/SpecGen.Analyzers.Tests/SampleBuildTests.cs
// lists the expected ID for each line marked "// expect SGxxxx"). Do not reformat without updating the marks.
using System;
using Mocean.V2;

IMcAction[] program =
[
    new SayAction { Language = "en-gb", Text = "Hello" }, // expect SG2001
    new SayAction { Language = "fr-FR", Text = "Bonjour" }, // expect SG2001
    new CollectAction { EventUrl = new Uri("https://example.com/c"), Min = 5, Max = 2, Timeout = 1000 }, // expect SG2012
    new SleepAction { Duration = -1 }, // expect SG2002
    new DialAction { To = null! }, // expect SG2008
];
Console.WriteLine(program.Length);

var dialJson = IMcAction.FromJson("""{"action":"dial"}"""); // expect SG2008
Console.WriteLine(dialJson.Error);

var interactive = new WhatsappInteractive
{
    Type = WhatsappInteractiveType.Button,
    Header = new RichMediaContent { Type = RichMediaType.Audio, RichMediaUrl = new Uri("https://example.com/a.mp3") }, // expect SG2013
    Body = new TextContent { Text = "Pick" },
    Action = new WhatsappAction
    {
        WaButtons =
        [
            new WhatsappInteractiveButton { Id = "a ", Title = "A" }, // expect SG2006
            new WhatsappInteractiveButton { Id = "b", Title = "B" },
            new WhatsappInteractiveButton { Id = "c", Title = "C" },
            new WhatsappInteractiveButton { Id = "d", Title = "D" }, // expect SG2007
        ],
    },
};
Console.WriteLine(interactive.Type);

var listAction = new WhatsappInteractive
{
    Type = WhatsappInteractiveType.List,
    Body = new TextContent { Text = "Menu" },
    Action = new WhatsappAction // expect SG2008
    {
        Sections =
        [
            new WhatsappSection { Title = "A", Rows = [new WhatsappRow { Id = "r1", Title = "One" }] },
            new WhatsappSection { Title = "B", Rows = [new WhatsappRow { Id = "r1", Title = "Two" }] }, // expect SG2010
        ],
    },
};
Console.WriteLine(listAction.Type);

var template = new WhatsappTemplate
{
    Name = "n",
    Language = "en",
    HeaderParams = [new RichMediaContent { Type = RichMediaType.Image, RichMediaUrl = new Uri("https://example.com/l.png"), Text = "caption" }], // expect SG2009
    WaButtons =
    [
        new WhatsappTemplateButton { Type = WhatsappTemplateButtonType.Url, Index = 0, UrlParameter = "x" },
        new WhatsappTemplateButton { Type = WhatsappTemplateButtonType.QuickReply, Index = 1 }, // expect SG2011 SG2008
    ],
};
Console.WriteLine(template.Name);

var reaction = IWhatsappContent.FromJson("""{"type":"reaction","text":"👍"}"""); // expect SG2008
Console.WriteLine(reaction.Error);

var sms = new SendSmsRequest { From = "ACME", To = ["60123456789"], Text = "Hi", Coding = 4, DlrMask = 1 }; // expect SG2002 SG2008
var verify = new VerifyRequest { To = "60123456789", Brand = "ACME", CodeLength = 5, PinValidity = 30 }; // expect SG2001 SG2002
var pricing = new PricingRequest { Mcc = "502" }; // expect SG2008
Console.WriteLine($"{sms.Text} {verify.Brand} {pricing.Mnc}");

static int Kind(MetaDeliveryStatus status)
{
    switch (status.Value) // expect SG3001
    {
        case "sent": return 1;
        case "read": return 2;
    }
    return 0;
}
Console.WriteLine(Kind(new MetaDeliveryStatus("sent")));
