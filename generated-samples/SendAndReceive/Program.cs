// Sends an SMS and a WhatsApp message through the generated Mocean v2 client to a local fake gateway
// (which serves every endpoint from the spec), and receives their delivery reports on this program's own
// webhook endpoint. Everything listens on 127.0.0.1 with ephemeral ports; nothing leaves the machine.
using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mocean.V2;
using SpecGen.AspNetCore;
using SpecGen.Runtime.Http;
using SpecGen.Testing.Gateway;

var specDir = args.Length > 0 ? args[0] : FindSpecDir();

// 1. The fake gateway, with the credentials it accepts.
var gatewayOptions = new FakeGatewayOptions();
gatewayOptions.Fields["mocean-api-key"] = "demo-api-key";
gatewayOptions.Fields["mocean-api-secret"] = "demo-api-secret";
await using var gateway = await FakeGateway.StartAsync(specDir, gatewayOptions);
Console.WriteLine($"fake gateway     {gateway.BaseAddress("mocean", "v2")}");

// 2. Our own webhook endpoint: typed handlers for the two delivery reports.
var smsReport = new TaskCompletionSource<DeliveryReportEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
var whatsappReport = new TaskCompletionSource<WhatsappDeliveryStatusEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
await using var webhooks = builder.Build();
webhooks.MapWebhook(MoceanV2Webhooks.DeliveryReport, report => smsReport.TrySetResult(report));
webhooks.MapWebhook(MoceanV2Webhooks.WhatsappDeliveryStatus, report => whatsappReport.TrySetResult(report));
await webhooks.StartAsync();
var receiver = new Uri(webhooks.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
Console.WriteLine($"webhook receiver {receiver}");

// 3. The generated client over an HttpClient.
using var http = new HttpClient();
var client = new MoceanV2Client(http, new GatewayClientOptions
{
    BaseAddress = gateway.BaseAddress("mocean", "v2"),
    Credentials = MoceanV2Client.CreateCredentials("demo-api-key", "demo-api-secret"),
    Timeout = TimeSpan.FromSeconds(10),
    Log = line => Console.WriteLine("  http: " + line),
});

using var sms = await client.SendSmsAsync(new SendSmsRequest
{
    From = "SPECGEN",
    To = ["60123456789"],
    Text = "Hello from SpecGen",
    DlrMask = 1,
    DlrUrl = new Uri(receiver, MoceanV2Webhooks.DeliveryReport.Path),
});
if (!sms.IsSuccess)
{
    Console.Error.WriteLine("SMS failed: " + sms.Error);
    return 1;
}
Console.WriteLine($"SMS sent         msgid {sms.Value.Messages![0].Msgid} (HTTP {sms.StatusCode})");

using var whatsapp = await client.SendWhatsappAsync(new SendWhatsappRequest
{
    From = "60123456789",
    To = "60198765432",
    Content = new TextContent { Text = "Hello from SpecGen" },
    EventUrl = new Uri(receiver, MoceanV2Webhooks.WhatsappDeliveryStatus.Path),
});
if (!whatsapp.IsSuccess)
{
    Console.Error.WriteLine("WhatsApp failed: " + whatsapp.Error);
    return 1;
}
Console.WriteLine($"WhatsApp sent    message_id {whatsapp.Value.MessageId} (HTTP {whatsapp.StatusCode})");

// An invalid request is refused before anything is sent.
using var invalid = await client.SendSmsAsync(new SendSmsRequest { From = "SPECGEN", To = ["not a phone"], Text = "x", DlrMask = 1 });
Console.WriteLine($"invalid SMS      {invalid.Error!.Kind}: {string.Join("; ", invalid.Error.Violations)}");

// 4. The delivery reports arrive on our endpoint as typed events.
var all = Task.WhenAll(smsReport.Task, whatsappReport.Task);
if (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(10))) != all)
{
    Console.Error.WriteLine("the delivery reports did not arrive");
    return 1;
}
var dlr = await smsReport.Task;
Console.WriteLine($"SMS report       msgid {dlr.Msgid}, status {dlr.DlrStatus} ({dlr.DlrStatus?.Description?.Split('\n')[0]}), error code {dlr.ErrorCode}, from {dlr.From} to {dlr.To}");
var wa = await whatsappReport.Task;
Console.WriteLine($"WhatsApp report  message_id {wa.MessageId}, {wa.EventType}: {wa.EventData?.MetaDeliveryStatus} at {wa.EventData?.Timestamp}");
await webhooks.StopAsync();
return dlr.Msgid == sms.Value.Messages![0].Msgid && wa.MessageId == whatsapp.Value.MessageId ? 0 : 1;

static string FindSpecDir()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "spec");
        if (File.Exists(Path.Combine(dir.FullName, "SpecGen.sln")) && Directory.Exists(candidate)) return candidate;
    }
    var cwd = Path.Combine(Directory.GetCurrentDirectory(), "spec");
    return Directory.Exists(cwd) ? cwd : throw new DirectoryNotFoundException("spec/ not found; pass its path as the first argument");
}
