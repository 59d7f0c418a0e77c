using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SpecGen.Runtime.Http;
using SpecGen.Runtime.Wire;

namespace SpecGen.AspNetCore;

/// <summary>How a webhook route reads requests.</summary>
public sealed class WebhookEndpointOptions
{
    /// <summary>The HTTP methods accepted; empty means the spec's documented method only.</summary>
    public IList<string> Methods { get; } = new List<string>();

    /// <summary>Largest body read (bytes); larger requests are answered 413 without calling the handler.</summary>
    public int MaxBodyBytes { get; set; } = WebhookDefinition<object>.DefaultMaxBodyBytes;

    /// <summary>
    /// Called instead of the default answer when a request cannot be read (empty, too large, not UTF-8,
    /// unsupported content type, malformed): receives the typed error and the status the default would
    /// answer (400, 413 or 415).
    /// </summary>
    public Func<HttpContext, WireError, int, Task>? OnError { get; set; }

    /// <summary>
    /// What to do with an event whose kind the spec does not list (e.g. a union variant added by the gateway after the spec was written):
    /// <see cref="UnknownKindPolicy.Reject"/> (the default) answers <see cref="UnknownKindStatus"/> so the
    /// gateway keeps the event and resends it; <see cref="UnknownKindPolicy.Deliver"/> hands it to the
    /// handler, which finds the raw JSON with <see cref="WebhookHttpContextExtensions.GetWebhookRawBody"/>.
    /// Never a silent acknowledgement of data the handler could not see.
    /// </summary>
    public UnknownKindPolicy UnknownKinds { get; set; } = UnknownKindPolicy.Reject;

    /// <summary>The status answered for an unlisted kind under <see cref="UnknownKindPolicy.Reject"/> (default 422).</summary>
    public int UnknownKindStatus { get; set; } = StatusCodes.Status422UnprocessableEntity;

    /// <summary>When set, called for an event of an unlisted kind (with its raw JSON) instead of the policy; its reply is answered.</summary>
    public Func<HttpContext, WebhookUnknownKind, Task<WebhookReply>>? OnUnknownKind { get; set; }
}

/// <summary>What a receiver does with an event of a kind the spec does not list.</summary>
public enum UnknownKindPolicy
{
    /// <summary>Do not acknowledge: answer <see cref="WebhookEndpointOptions.UnknownKindStatus"/>; the handler is not called.</summary>
    Reject,

    /// <summary>Call the handler (the typed event lacks the unknown part; the raw JSON is on the HttpContext) and acknowledge as usual.</summary>
    Deliver,
}

/// <summary>An event of a kind the spec does not list: which webhook, which kind, and the body as received.</summary>
/// <param name="Webhook">The spec's operation name.</param>
/// <param name="Kind">Where and what, e.g. "event_data.content.type = location".</param>
/// <param name="RawBody">The body text as received.</param>
public sealed record WebhookUnknownKind(string Webhook, string Kind, string RawBody);

/// <summary>Access to what the webhook pipeline kept about the current request.</summary>
public static class WebhookHttpContextExtensions
{
    internal const string RawBodyKey = "SpecGen.Webhook.RawBody";
    internal const string UnknownKindKey = "SpecGen.Webhook.UnknownKind";

    /// <summary>The body text of the webhook request being handled (null for a query-string event).</summary>
    public static string? GetWebhookRawBody(this HttpContext context) => context?.Items[RawBodyKey] as string;

    /// <summary>The unlisted kind the event carries ("event_data.content.type = location"), or null.</summary>
    public static string? GetWebhookUnknownKind(this HttpContext context) => context?.Items[UnknownKindKey] as string;
}

/// <summary>
/// Minimal-API integration: <c>app.MapWebhook(XxxWebhooks.DeliveryReport, evt =&gt; ...)</c> maps the
/// documented route (or your own pattern) to a typed handler. The raw request is parsed by the
/// generated parser (form or JSON body, or the query string); the handler only sees typed events,
/// bad input is answered with a typed error status and never reaches it, and the reply is the status
/// the spec documents (or the handler's <see cref="WebhookReply"/>, e.g. a call program as JSON).
/// </summary>
public static class WebhookEndpoints
{
    /// <summary>Maps a webhook to a handler; the reply is the documented status.</summary>
    public static IEndpointConventionBuilder MapWebhook<TEvent>(this IEndpointRouteBuilder endpoints, WebhookDefinition<TEvent> webhook, Func<TEvent, HttpContext, Task> handler, string? pattern = null, Action<WebhookEndpointOptions>? configure = null)
        where TEvent : class
    {
        if (handler is null) throw new ArgumentNullException(nameof(handler));
        return Map(endpoints, webhook, async (e, context) =>
        {
            await handler(e, context).ConfigureAwait(false);
            return webhook.Acknowledge();
        }, pattern, configure);
    }

    /// <summary>Maps a webhook to a handler that chooses the reply (e.g. <c>XxxWebhooks.VoiceAnswer.Reply(actions)</c>).</summary>
    public static IEndpointConventionBuilder MapWebhook<TEvent>(this IEndpointRouteBuilder endpoints, WebhookDefinition<TEvent> webhook, Func<TEvent, HttpContext, Task<WebhookReply>> handler, string? pattern = null, Action<WebhookEndpointOptions>? configure = null)
        where TEvent : class
    {
        if (handler is null) throw new ArgumentNullException(nameof(handler));
        return Map(endpoints, webhook, handler, pattern, configure);
    }

    /// <summary>Maps a webhook to a synchronous handler; the reply is the documented status.</summary>
    public static IEndpointConventionBuilder MapWebhook<TEvent>(this IEndpointRouteBuilder endpoints, WebhookDefinition<TEvent> webhook, Action<TEvent> handler, string? pattern = null, Action<WebhookEndpointOptions>? configure = null)
        where TEvent : class
    {
        if (handler is null) throw new ArgumentNullException(nameof(handler));
        return Map(endpoints, webhook, (e, _) =>
        {
            handler(e);
            return Task.FromResult(webhook.Acknowledge());
        }, pattern, configure);
    }

    /// <summary>Maps a webhook to a synchronous handler that chooses the reply.</summary>
    public static IEndpointConventionBuilder MapWebhook<TEvent>(this IEndpointRouteBuilder endpoints, WebhookDefinition<TEvent> webhook, Func<TEvent, WebhookReply> handler, string? pattern = null, Action<WebhookEndpointOptions>? configure = null)
        where TEvent : class
    {
        if (handler is null) throw new ArgumentNullException(nameof(handler));
        return Map(endpoints, webhook, (e, _) => Task.FromResult(handler(e)), pattern, configure);
    }

    private static IEndpointConventionBuilder Map<TEvent>(IEndpointRouteBuilder endpoints, WebhookDefinition<TEvent> webhook, Func<TEvent, HttpContext, Task<WebhookReply>> handler, string? pattern, Action<WebhookEndpointOptions>? configure)
        where TEvent : class
    {
        if (endpoints is null) throw new ArgumentNullException(nameof(endpoints));
        if (webhook is null) throw new ArgumentNullException(nameof(webhook));
        var options = new WebhookEndpointOptions();
        configure?.Invoke(options);
        var methods = options.Methods.Count > 0 ? new List<string>(options.Methods) : new List<string> { webhook.Method };
        return endpoints.MapMethods(pattern ?? webhook.Path, methods, context => HandleAsync(context, webhook, handler, options))
            .WithDisplayName("Webhook " + webhook.Name);
    }

    private static async Task HandleAsync<TEvent>(HttpContext context, WebhookDefinition<TEvent> webhook, Func<TEvent, HttpContext, Task<WebhookReply>> handler, WebhookEndpointOptions options)
        where TEvent : class
    {
        var request = context.Request;
        var body = await ReadBodyAsync(request, options.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        WebhookParseResult<TEvent> parsed = body is null
            ? WebhookParseResult<TEvent>.Fail(StatusCodes.Status413PayloadTooLarge, "the body is larger than " + options.MaxBodyBytes + " bytes")
            : webhook.Parse(request.ContentType, body.Value.Span, request.QueryString.HasValue ? request.QueryString.Value : null, options.MaxBodyBytes);
        if (!parsed.Success)
        {
            if (options.OnError is { } onError)
            {
                await onError(context, parsed.Error, parsed.FailureStatus).ConfigureAwait(false);
                return;
            }
            await WriteAsync(context, WebhookReply.Text(parsed.FailureStatus, parsed.Error.Message)).ConfigureAwait(false);
            return;
        }
        context.Items[WebhookHttpContextExtensions.RawBodyKey] = parsed.RawBody;
        if (parsed.UnknownKind is { } unknown)
        {
            context.Items[WebhookHttpContextExtensions.UnknownKindKey] = unknown;
            if (options.OnUnknownKind is { } onUnknown)
            {
                var custom = await onUnknown(context, new WebhookUnknownKind(webhook.Name, unknown, parsed.RawBody ?? string.Empty)).ConfigureAwait(false);
                await WriteAsync(context, custom ?? WebhookReply.Status(options.UnknownKindStatus)).ConfigureAwait(false);
                return;
            }
            if (options.UnknownKinds == UnknownKindPolicy.Reject)
            {
                await WriteAsync(context, WebhookReply.Text(options.UnknownKindStatus, "the event's kind is not one the spec lists (" + unknown + "); not acknowledged")).ConfigureAwait(false);
                return;
            }
        }
        var reply = await handler(parsed.Event, context).ConfigureAwait(false);
        await WriteAsync(context, reply ?? webhook.Acknowledge()).ConfigureAwait(false);
    }

    /// <summary>The body, or null when it exceeds <paramref name="limit"/>.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared && declared > limit) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            int read;
            try
            {
                read = await request.Body.ReadAsync(chunk.AsMemory(0, chunk.Length), cancellationToken).ConfigureAwait(false);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return null;
            }
            if (read == 0) break;
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static async Task WriteAsync(HttpContext context, WebhookReply reply)
    {
        var response = context.Response;
        response.StatusCode = reply.StatusCode;
        if (reply.Body is { } bytes)
        {
            response.ContentType = reply.ContentType;
            response.ContentLength = bytes.Length;
            await response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
        else
        {
            response.ContentLength = 0;
        }
    }
}
