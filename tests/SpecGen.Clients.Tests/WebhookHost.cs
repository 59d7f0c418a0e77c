using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpecGen.AspNetCore;
using SpecGen.Runtime.Http;
using Xunit;

namespace SpecGen.Clients.Tests;

/// <summary>
/// A real ASP.NET Core app on Kestrel (127.0.0.1, ephemeral port) that maps every webhook of every spec
/// with <see cref="WebhookEndpoints.MapWebhook{TEvent}(IEndpointRouteBuilder, WebhookDefinition{TEvent}, Action{TEvent}, string?, Action{WebhookEndpointOptions}?)"/>
/// under /provider/version/path, recording the typed events its handlers receive.
/// </summary>
public sealed class WebhookHost : IAsyncLifetime
{
    private WebApplication _app = null!;

    public Uri Address { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    /// <summary>Events received, with the route they came to.</summary>
    public ConcurrentQueue<(string Route, object Event)> Events { get; } = new();

    /// <summary>Every mapped webhook: "provider/version/name" → definition.</summary>
    public Dictionary<string, IWebhookDefinition> Mapped { get; } = new(StringComparer.Ordinal);

    /// <summary>What the Deliver route saw on the HttpContext: the raw body and the unknown kind.</summary>
    public ConcurrentQueue<(string? RawBody, string? UnknownKind)> Raw { get; } = new();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Limits.MaxRequestBodySize = 16 * 1024 * 1024;
        });
        _app = builder.Build();

        Map(_app, "mocean/v1", Mocean.V1.MoceanV1Webhooks.DeliveryReport);
        Map(_app, "mocean/v1", Mocean.V1.MoceanV1Webhooks.InboundSms);
        Map(_app, "mocean/v2", Mocean.V2.MoceanV2Webhooks.NumberLookupResult);
        Map(_app, "mocean/v2", Mocean.V2.MoceanV2Webhooks.DeliveryReport);
        Map(_app, "mocean/v2", Mocean.V2.MoceanV2Webhooks.InboundSms);
        Map(_app, "mocean/v2", Mocean.V2.MoceanV2Webhooks.WhatsappDeliveryStatus);
        Map(_app, "mocean/v2", Mocean.V2.MoceanV2Webhooks.WhatsappInboundMessage);

        // Voice webhooks answer with a call program (a JSON array of actions).
        var answer = Mocean.V2.MoceanV2Webhooks.VoiceAnswer;
        Mapped["mocean/v2/" + answer.Name] = answer;
        _app.MapWebhook(answer, e =>
        {
            Events.Enqueue(("mocean/v2" + answer.Path, e));
            return answer.Reply(
                new Mocean.V2.SayAction { Language = Mocean.V2.SayLanguage.EnGB, Text = "Hello " + e.From },
                new Mocean.V2.CollectAction { EventUrl = new Uri("https://example.com/webhooks/collect"), Min = 1, Max = 4, Timeout = 5000 });
        }, "/mocean/v2" + answer.Path);
        var collect = Mocean.V2.MoceanV2Webhooks.VoiceCollect;
        Mapped["mocean/v2/" + collect.Name] = collect;
        _app.MapWebhook(collect, async (Mocean.V2.VoiceCollectEvent e, Microsoft.AspNetCore.Http.HttpContext context) =>
        {
            await Task.Yield();
            Events.Enqueue(("mocean/v2" + collect.Path, e));
            return collect.Reply(new Mocean.V2.SayAction { Language = Mocean.V2.SayLanguage.EnUS, Text = "You pressed " + e.Digits });
        }, "/mocean/v2" + collect.Path);

        // The same inbound WhatsApp webhook with the unknown-kind choices (issue 9): deliver with the raw JSON, or a custom answer.
        var inbound = Mocean.V2.MoceanV2Webhooks.WhatsappInboundMessage;
        _app.MapWebhook(inbound, (Mocean.V2.WhatsappInboundMessageEvent e, Microsoft.AspNetCore.Http.HttpContext context) =>
        {
            Raw.Enqueue((context.GetWebhookRawBody(), context.GetWebhookUnknownKind()));
            Events.Enqueue(("deliver", e));
            return Task.CompletedTask;
        }, "/deliver/whatsapp-inbound", o => o.UnknownKinds = UnknownKindPolicy.Deliver);
        _app.MapWebhook(inbound, (Mocean.V2.WhatsappInboundMessageEvent e) => Events.Enqueue(("custom", e)), "/custom/whatsapp-inbound",
            o => o.OnUnknownKind = (_, unknown) => Task.FromResult(WebhookReply.Text(202, unknown.Kind + " | " + unknown.RawBody)));

        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address);
    }

    private void Map<TEvent>(WebApplication app, string spec, WebhookDefinition<TEvent> webhook) where TEvent : class
    {
        Mapped[spec + "/" + webhook.Name] = webhook;
        app.MapWebhook(webhook, (TEvent e) => Events.Enqueue((spec + webhook.Path, e)), "/" + spec + webhook.Path);
    }

    public Uri Url(string spec, IWebhookDefinition webhook) => new(Address, "/" + spec + webhook.Path);

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
