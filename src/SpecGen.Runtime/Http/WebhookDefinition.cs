using System.Buffers;
using System.Text;
using System.Text.Json;
using SpecGen.Runtime.Wire;

namespace SpecGen.Runtime.Http;

/// <summary>What every webhook definition exposes, whatever its event type.</summary>
public interface IWebhookDefinition
{
    /// <summary>The spec's operation name.</summary>
    string Name { get; }

    /// <summary>The HTTP method the gateway uses.</summary>
    string Method { get; }

    /// <summary>The documented example path (a default route).</summary>
    string Path { get; }

    /// <summary><c>form</c>, <c>json</c> or <c>query</c>: how the gateway sends the event.</summary>
    string Encoding { get; }

    /// <summary>The HTTP status the gateway expects in reply (the spec's <c>reply.status</c>; 200 when the spec records none).</summary>
    int ReplyStatus { get; }

    /// <summary>True when the spec records what to reply.</summary>
    bool ReplyDocumented { get; }
}

/// <summary>
/// A webhook of the spec: where the gateway calls, how it encodes the event, the generated parsers and
/// the reply the gateway expects. <c>Parse</c> turns any raw request into a typed event or a
/// typed error and never throws.
/// </summary>
public class WebhookDefinition<TEvent> : IWebhookDefinition where TEvent : class
{
    /// <summary>Largest body accepted by <c>Parse</c> (bytes).</summary>
    public const int DefaultMaxBodyBytes = FormData.MaxLength;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private readonly Func<string?, ParseResult<TEvent>> _fromForm;
    private readonly Func<string?, ParseResult<TEvent>> _fromJson;

    /// <summary>Creates a definition (generated code does this once per webhook).</summary>
    public WebhookDefinition(string name, string method, string path, string encoding, int? replyStatus, Func<string?, ParseResult<TEvent>> fromForm, Func<string?, ParseResult<TEvent>> fromJson)
    {
        Name = name;
        Method = method;
        Path = path;
        Encoding = encoding;
        ReplyDocumented = replyStatus is not null;
        ReplyStatus = replyStatus ?? 200;
        _fromForm = fromForm ?? throw new ArgumentNullException(nameof(fromForm));
        _fromJson = fromJson ?? throw new ArgumentNullException(nameof(fromJson));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Method { get; }

    /// <inheritdoc />
    public string Path { get; }

    /// <inheritdoc />
    public string Encoding { get; }

    /// <inheritdoc />
    public int ReplyStatus { get; }

    /// <inheritdoc />
    public bool ReplyDocumented { get; }

    /// <summary>Where events carry unions and which kinds the spec lists (generated); an unlisted kind is reported in <see cref="WebhookParseResult{TEvent}.UnknownKind"/>.</summary>
    public IReadOnlyList<UnionSite> Unions { get; init; } = Array.Empty<UnionSite>();

    /// <summary>The documented acknowledgement: the reply status, no body.</summary>
    public WebhookReply Acknowledge() => WebhookReply.Status(ReplyStatus);

    /// <summary>
    /// Reads an event from a raw request: the body by its content type (form or JSON; none given: the
    /// spec's encoding), or the query string when the body is empty. Bad input of any kind (empty,
    /// too large, not UTF-8, unsupported content type, malformed) is a typed error.
    /// </summary>
    /// <param name="contentType">The request's Content-Type header, if any.</param>
    /// <param name="body">The raw body bytes.</param>
    /// <param name="query">The raw query string (with or without '?').</param>
    /// <param name="maxBodyBytes">Largest accepted body.</param>
    public WebhookParseResult<TEvent> Parse(string? contentType, ReadOnlySpan<byte> body, string? query, int maxBodyBytes = DefaultMaxBodyBytes)
    {
        if (body.Length > maxBodyBytes) return WebhookParseResult<TEvent>.Fail(413, "the body is larger than " + maxBodyBytes + " bytes");
        if (body.Length > 0 && IsBlank(body)) body = ReadOnlySpan<byte>.Empty;
        if (body.Length == 0)
        {
            var q = query is null ? string.Empty : query.TrimStart('?');
            if (q.Length == 0) return WebhookParseResult<TEvent>.Fail(400, "the request carries no event (empty body and no query string)");
            if (q.Length > maxBodyBytes) return WebhookParseResult<TEvent>.Fail(413, "the query string is too long");
            return From(_fromForm(q));
        }
        var media = MediaType(contentType);
        bool json;
        if (media.Length == 0) json = Encoding == "json";
        // The documents show form-typed requests whose body is a JSON object (the number-lookup result):
        // a form body cannot start with '{' (it would be percent-encoded), so such a body is read as JSON.
        else if (media == "application/x-www-form-urlencoded") json = StartsLikeJsonObject(body);
        else if (media == "application/json" || media.EndsWith("+json", StringComparison.Ordinal) || media == "text/json") json = true;
        else return WebhookParseResult<TEvent>.Fail(415, "unsupported content type " + media + " (expected " + (Encoding == "json" ? "application/json" : "application/x-www-form-urlencoded") + ")");
        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (ArgumentException)
        {
            return WebhookParseResult<TEvent>.Fail(400, "the body is not valid UTF-8");
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);
        var result = From(json ? _fromJson(text) : _fromForm(text));
        return result.Success ? result.With(text, json ? FindUnknownKind(text) : null) : result.With(text, null);
    }

    private string? FindUnknownKind(string json)
    {
        if (Unions.Count == 0) return null;
        try
        {
            using var document = JsonDocument.Parse(json, JsonValues.Options);
            return UnionSite.FindUnknown(document.RootElement, Unions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool StartsLikeJsonObject(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b == (byte)' ' || b == (byte)'\r' || b == (byte)'\n' || b == (byte)'\t') continue;
            if (b == 0xEF) continue; // a UTF-8 BOM before the object
            return b == (byte)'{';
        }
        return false;
    }

    /// <summary>Reads an event from body text (already decoded) and content type.</summary>
    public WebhookParseResult<TEvent> Parse(string? contentType, string? body, string? query = null) =>
        Parse(contentType, body is null ? ReadOnlySpan<byte>.Empty : System.Text.Encoding.UTF8.GetBytes(body), query);

    private static WebhookParseResult<TEvent> From(ParseResult<TEvent> result) =>
        result.Success ? WebhookParseResult<TEvent>.Ok(result.Value) : WebhookParseResult<TEvent>.Fail(result.Error.Message.Contains("too large") ? 413 : 400, result.Error.Message);

    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b != (byte)' ' && b != (byte)'\r' && b != (byte)'\n' && b != (byte)'\t') return false;
        }
        return true;
    }

    private static string MediaType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return string.Empty;
        var semi = contentType!.IndexOf(';');
        return (semi < 0 ? contentType : contentType.Substring(0, semi)).Trim().ToLowerInvariant();
    }

    /// <inheritdoc />
    public override string ToString() => Method + " " + Path + " (" + Name + ", " + Encoding + ")";
}

/// <summary>A webhook whose reply carries a body (e.g. a voice call program): typed reply writers.</summary>
public sealed class WebhookDefinition<TEvent, TReply> : WebhookDefinition<TEvent> where TEvent : class where TReply : class
{
    private readonly Action<Utf8JsonWriter, TReply> _writeReply;

    /// <summary>Creates a definition.</summary>
    public WebhookDefinition(string name, string method, string path, string encoding, int? replyStatus, Func<string?, ParseResult<TEvent>> fromForm, Func<string?, ParseResult<TEvent>> fromJson, Action<Utf8JsonWriter, TReply> writeReply)
        : base(name, method, path, encoding, replyStatus, fromForm, fromJson)
    {
        _writeReply = writeReply ?? throw new ArgumentNullException(nameof(writeReply));
    }

    /// <summary>The reply status with one reply object (not an array) as the JSON body.</summary>
    public WebhookReply ReplySingle(TReply body)
    {
        if (body is null) throw new ArgumentNullException(nameof(body));
        return WebhookReply.Json(ReplyStatus, w => _writeReply(w, body));
    }

    /// <summary>The reply status with a JSON array of reply objects (e.g. the actions of a call program, run in order).</summary>
    public WebhookReply Reply(IEnumerable<TReply> items)
    {
        if (items is null) throw new ArgumentNullException(nameof(items));
        return WebhookReply.Json(ReplyStatus, w =>
        {
            w.WriteStartArray();
            foreach (var item in items)
            {
                if (item is not null) _writeReply(w, item);
            }
            w.WriteEndArray();
        });
    }

    /// <summary>The reply status with a JSON array of reply objects.</summary>
    public WebhookReply Reply(params TReply[] items) => Reply((IEnumerable<TReply>)items);
}

/// <summary>What a webhook receiver answers: a status and an optional body.</summary>
public sealed class WebhookReply
{
    private WebhookReply(int statusCode, string? contentType, byte[]? body)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        Body = body;
    }

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>The body's content type, if any.</summary>
    public string? ContentType { get; }

    /// <summary>The body bytes, if any.</summary>
    public byte[]? Body { get; }

    /// <summary>The body as text (empty when none).</summary>
    public string BodyText => Body is null ? string.Empty : System.Text.Encoding.UTF8.GetString(Body);

    /// <summary>A status without body.</summary>
    public static WebhookReply Status(int statusCode) => new(statusCode, null, null);

    /// <summary>A status with a JSON body written by <paramref name="write"/>.</summary>
    public static WebhookReply Json(int statusCode, Action<Utf8JsonWriter> write)
    {
        if (write is null) throw new ArgumentNullException(nameof(write));
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer)) write(writer);
        return new WebhookReply(statusCode, "application/json; charset=utf-8", buffer.WrittenSpan.ToArray());
    }

    /// <summary>A status with a text body.</summary>
    public static WebhookReply Text(int statusCode, string text) => new(statusCode, "text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(text ?? string.Empty));

    /// <inheritdoc />
    public override string ToString() => StatusCode + (Body is null ? string.Empty : " " + ContentType + " " + BodyText);
}

/// <summary>A parsed webhook event, or why the request could not be read and the HTTP status to answer (400, 413, 415).</summary>
public readonly struct WebhookParseResult<TEvent> where TEvent : class
{
    /// <summary>The body text as received (for diagnosis and for kinds the spec does not list); null when the event came from the query string.</summary>
    public string? RawBody { get; private init; }

    /// <summary>
    /// Set when the event carries a union kind the spec does not list (e.g. "event_data.content.type = location"):
    /// the typed event lacks that part, and <see cref="RawBody"/> holds it.
    /// </summary>
    public string? UnknownKind { get; private init; }

    /// <summary>The same result with the raw body and unknown kind.</summary>
    internal WebhookParseResult<TEvent> With(string? rawBody, string? unknownKind) => this with { RawBody = rawBody, UnknownKind = unknownKind };

    /// <summary>The event on success.</summary>
    public TEvent? Event { get; private init; }

    /// <summary>The error on failure.</summary>
    public WireError? Error { get; private init; }

    /// <summary>The status to answer on failure (400 malformed, 413 too large, 415 unsupported content type).</summary>
    public int FailureStatus { get; private init; }

    /// <summary>True when <see cref="Event"/> is set.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Event))]
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Event is not null;

    /// <summary>A success.</summary>
    public static WebhookParseResult<TEvent> Ok(TEvent value) => new() { Event = value };

    /// <summary>A failure.</summary>
    public static WebhookParseResult<TEvent> Fail(int status, string message) => new() { Error = new WireError(message, null), FailureStatus = status };

    /// <summary>"Success: " and the event (and an unlisted kind), or "Failure HTTP 400: " and why, for logs and test output.</summary>
    public override string ToString() =>
        Success ? "Success: " + Event + (UnknownKind is null ? string.Empty : " (unlisted kind " + UnknownKind + ")") : "Failure HTTP " + FailureStatus.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Error;
}
