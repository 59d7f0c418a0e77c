// Builds requests from the bundled specs and prints what would go on the wire.
using System;
using Mocean.V2;

var sms = new SendSmsRequest
{
    From = "MOCEAN",
    To = ["60123456789", "60198765432"],
    Text = "Hello World",
    DlrMask = 1,
    DlrUrl = new Uri("https://example.com/webhooks/delivery-report"),
};
Console.WriteLine($"{SendSmsRequest.Method} {sms.BuildPath()}  {sms.ToForm()}");
Console.WriteLine($"valid: {sms.Validate().IsValid}");
Console.WriteLine(Networks.TryGetByNetworkCode(50213, out var network) ? network.ToString() : "not found");
foreach (var row in Networks.ByMccAndMnc("310", "500")) Console.WriteLine("  310/500: " + row.Operator);
