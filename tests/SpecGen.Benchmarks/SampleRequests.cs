using System;
using Mocean.V2;

namespace SpecGen.Benchmarks;

/// <summary>Valid requests used by the form and validation benchmarks.</summary>
internal static class SampleRequests
{
    /// <summary>A send-SMS request with most optional fields set (two recipients, delivery report, schedule, charset).</summary>
    public static SendSmsRequest Sms() => new()
    {
        From = "MOCEAN",
        To = new[] { "60123456789", "60198765432" },
        Text = "Hello World! Your verification code is 482913 (valid for 5 minutes). Reply STOP to opt out.",
        DlrMask = 1,
        DlrUrl = new Uri("https://example.com/webhooks/delivery-report?tenant=acme&channel=sms"),
        Schedule = new DateTime(2025, 3, 2, 8, 55, 0),
        Coding = 1,
        Charset = Charset.UTF8,
        Validity = 300,
        RespFormat = ResponseFormat.JSON,
    };

    /// <summary>A WhatsApp interactive "button" message: text header, body, footer and three reply buttons.</summary>
    public static SendWhatsappRequest WhatsappButtons() => new()
    {
        From = "60123456789",
        To = "60198765432",
        EventUrl = new Uri("https://example.com/webhooks/whatsapp"),
        Content = new InteractiveContent
        {
            WaInteractive = new WhatsappInteractive
            {
                Type = WhatsappInteractiveType.Button,
                Header = new TextContent { Text = "Order #48213" },
                Body = new TextContent { Text = "Your parcel is out for delivery. Will you be home?" },
                Footer = new TextContent { Text = "Reply within 24 hours" },
                Action = new WhatsappAction
                {
                    WaButtons = new[]
                    {
                        new WhatsappInteractiveButton { Title = "Yes", Id = "home-yes" },
                        new WhatsappInteractiveButton { Title = "No", Id = "home-no" },
                        new WhatsappInteractiveButton { Title = "Reschedule", Id = "home-later" },
                    },
                },
            },
        },
    };

    /// <summary>A WhatsApp interactive "list" message: body and one section of three rows.</summary>
    public static SendWhatsappRequest WhatsappList() => new()
    {
        From = "60123456789",
        To = "60198765432",
        Content = new InteractiveContent
        {
            WaInteractive = new WhatsappInteractive
            {
                Type = WhatsappInteractiveType.List,
                Body = new TextContent { Text = "Pick a delivery slot" },
                Action = new WhatsappAction
                {
                    ButtonText = "Slots",
                    Sections = new[]
                    {
                        new WhatsappSection
                        {
                            Title = "Tomorrow",
                            Rows = new[]
                            {
                                new WhatsappRow { Id = "slot-am", Title = "Morning", Description = "9am - 12pm" },
                                new WhatsappRow { Id = "slot-pm", Title = "Afternoon", Description = "12pm - 5pm" },
                                new WhatsappRow { Id = "slot-eve", Title = "Evening", Description = "5pm - 9pm" },
                            },
                        },
                    },
                },
            },
        },
    };
}
