using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpecGen.Shared.SpecFiles;
using SpecGen.Spec;
using SpecGen.Spec.Model;

namespace SpecGen.Testing.Gateway;

/// <summary>The credentials the fake gateway accepts.</summary>
public sealed class FakeGatewayOptions
{
    /// <summary>Value expected for every credential field of the <c>fields</c> scheme, by field name; a missing name expects "&lt;name&gt;-value".</summary>
    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    public string Token { get; set; } = "test-token-7f3a9c";

    public string User { get; set; } = "user@example.com";

    public string Password { get; set; } = "p4ssw0rd-basic";

    /// <summary>HTTP status of documented errors for which the spec records none (the body code tells the error).</summary>
    public int StatuslessErrorStatus { get; set; } = 400;

    /// <summary>Send the documented webhooks to callback URLs given in requests.</summary>
    public bool SendCallbacks { get; set; } = true;

    public string ExpectedField(string name) => Fields.TryGetValue(name, out var v) ? v : name + "-value-9d2e";
}

/// <summary>A request the gateway received.</summary>
public sealed record RecordedRequest(string SpecId, string? Operation, string Method, string Path, string Query, string? ContentType, string Body, IReadOnlyDictionary<string, string> Parameters, IReadOnlyDictionary<string, string> Headers);

/// <summary>A webhook call the gateway made.</summary>
public sealed record CallbackRecord(string SpecId, string Webhook, string Method, Uri Url, string ContentType, string Body, int? ReplyStatus, string ReplyBody);

/// <summary>
/// A fake gateway on Kestrel (127.0.0.1, ephemeral port) that serves every endpoint of every spec from
/// the spec itself: it routes by method and path template, checks the credentials of the spec's auth
/// scheme and the required parameters, and answers with documented success and error bodies (JSON or
/// XML, as the response-format parameter asks). Faults can be injected per operation. Every request is
/// recorded, and callback URLs given in requests receive the documented webhooks.
/// </summary>
public sealed class FakeGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, SpecModel> _specs;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<CallbackRecord> _callbacks = new();
    private readonly List<(string? Operation, Fault Fault, int Remaining)> _faults = new();
    private readonly object _lock = new();
    private readonly HttpClient _callbackClient = new();
    private readonly List<Task> _pendingCallbacks = new();
    private int _sequence;

    private FakeGateway(WebApplication app, IEnumerable<SpecModel> specs, FakeGatewayOptions options)
    {
        _app = app;
        _specs = specs.ToDictionary(s => s.Header.Provider + "/" + s.Header.Version, StringComparer.Ordinal);
        Options = options;
    }

    public FakeGatewayOptions Options { get; }

    public Uri Address { get; private set; } = null!;

    public IReadOnlyCollection<SpecModel> Specs => _specs.Values;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public IReadOnlyList<CallbackRecord> Callbacks => _callbacks.ToArray();

    /// <summary>Loads every spec under <paramref name="specDir"/> and starts listening on 127.0.0.1 with an ephemeral port.</summary>
    public static async Task<FakeGateway> StartAsync(string specDir, FakeGatewayOptions? options = null)
    {
        var files = Directory.GetFiles(specDir, "*", SearchOption.AllDirectories)
            .Where(f => SpecFileSelection.IsSpecInFolder(Path.GetRelativePath(specDir, f)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new KeyValuePair<string, string>(f, File.ReadAllText(f)));
        var compiled = SpecCompiler.Compile(files);
        if (compiled.HasErrors) throw new InvalidOperationException("the specs do not compile: " + string.Join("; ", compiled.Diagnostics.Where(d => d.IsError)));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
        });
        var app = builder.Build();
        var gateway = new FakeGateway(app, compiled.Models, options ?? new FakeGatewayOptions());
        app.Run(gateway.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        gateway.Address = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
        return gateway;
    }

    /// <summary>The base URL of one spec on this gateway: http://127.0.0.1:port/provider/version.</summary>
    public Uri BaseAddress(string provider, string version) => new(Address, "/" + provider + "/" + version);

    public SpecModel Spec(string provider, string version) => _specs[provider + "/" + version];

    /// <summary>Requests received for an operation ("provider/version/operation" or just the operation name).</summary>
    public int Count(string operation) => _requests.Count(r => r.Operation == operation || r.SpecId + "/" + r.Operation == operation);

    /// <summary>Injects a fault for the next <paramref name="times"/> requests of <paramref name="operation"/> (null: any).</summary>
    public void Inject(Fault fault, string? operation = null, int times = int.MaxValue)
    {
        lock (_lock) _faults.Add((operation, fault, times));
    }

    public void ClearFaults()
    {
        lock (_lock) _faults.Clear();
    }

    public void ClearRecords()
    {
        while (_requests.TryDequeue(out _))
        {
        }
        while (_callbacks.TryDequeue(out _))
        {
        }
    }

    /// <summary>Waits for the webhook calls started so far.</summary>
    public async Task FlushCallbacksAsync()
    {
        Task[] pending;
        lock (_lock) pending = _pendingCallbacks.ToArray();
        await Task.WhenAll(pending).ConfigureAwait(false);
    }

    private Fault? TakeFault(string specId, string operation)
    {
        lock (_lock)
        {
            for (var i = 0; i < _faults.Count; i++)
            {
                var (op, fault, remaining) = _faults[i];
                if (op is not null && op != operation && op != specId + "/" + operation) continue;
                if (remaining <= 1) _faults.RemoveAt(i);
                else _faults[i] = (op, fault, remaining - 1);
                return fault;
            }
        }
        return null;
    }

    // ---- request handling ------------------------------------------------------------------------

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var segments = (request.Path.Value ?? string.Empty).Split('/', 4, StringSplitOptions.None);
        // "", provider, version, rest
        if (segments.Length < 3 || !_specs.TryGetValue(segments[1] + "/" + segments[2], out var spec))
        {
            await Plain(context, 404, "no such spec").ConfigureAwait(false);
            return;
        }
        var rest = "/" + (segments.Length > 3 ? segments[3] : string.Empty);
        var candidates = spec.Operations.Where(o => !o.IsWebhook && Matches(o.Path, rest, out _)).ToList();
        var op = candidates.FirstOrDefault(o => string.Equals(o.Method, request.Method, StringComparison.OrdinalIgnoreCase));
        var body = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync().ConfigureAwait(false);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var q in request.Query) parameters.TryAdd(q.Key, q.Value.ToString());
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        JsonElement? json = null;
        if (mediaType == "application/x-www-form-urlencoded")
        {
            foreach (var pair in Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(body)) parameters.TryAdd(pair.Key, pair.Value.ToString());
        }
        else if (mediaType == "application/json" && body.Length > 0)
        {
            try
            {
                using var doc = JsonDocument.Parse(body);
                json = doc.RootElement.Clone();
                if (doc.RootElement.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in doc.RootElement.EnumerateObject()) parameters.TryAdd(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
                }
            }
            catch (JsonException)
            {
            }
        }
        if (op is not null && Matches(op.Path, rest, out var pathValues))
        {
            foreach (var kv in pathValues) parameters[kv.Key] = kv.Value;
        }
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new RecordedRequest(spec.Id, op?.Name, request.Method, rest, request.QueryString.Value ?? string.Empty, request.ContentType, body, parameters, headers));

        if (op is null)
        {
            await Plain(context, candidates.Count > 0 ? 405 : 404, candidates.Count > 0 ? "method not allowed" : "no such endpoint").ConfigureAwait(false);
            return;
        }

        var fault = TakeFault(spec.Id, op.Name);
        if (fault is { Kind: FaultKind.Slow })
        {
            try
            {
                await Task.Delay(fault.Delay, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            fault = null;
        }

        var samples = new SampleBodies(spec);
        var xml = WantsXml(spec, op, parameters);
        if (!Authenticated(spec, request, parameters))
        {
            await ErrorAnswer(context, spec, op, samples, "auth", null, 0, xml).ConfigureAwait(false);
            return;
        }
        var missing = MissingParameters(spec, op, parameters, samples);
        if (missing.Count > 0)
        {
            await ErrorAnswer(context, spec, op, samples, "missing", null, 0, xml, string.Join(", ", missing) + " is required").ConfigureAwait(false);
            return;
        }

        switch (fault?.Kind)
        {
            case FaultKind.ServerError:
                await Plain(context, fault.Status, "<html><body><h1>" + fault.Status + " Internal Server Error</h1></body></html>", "text/html").ConfigureAwait(false);
                return;
            case FaultKind.RateLimited:
                context.Response.Headers["Retry-After"] = fault.RetryAfterSeconds?.ToString(CultureInfo.InvariantCulture) ?? "1";
                await ErrorAnswer(context, spec, op, samples, "rate", null, 429, xml).ConfigureAwait(false);
                return;
            case FaultKind.DocumentedError:
                await ErrorAnswer(context, spec, op, samples, "code", fault.Code, fault.Status, xml).ConfigureAwait(false);
                return;
            case FaultKind.Raw:
                await Plain(context, fault.Status, fault.Body ?? string.Empty, fault.ContentType).ConfigureAwait(false);
                return;
            case FaultKind.Echo:
                var echoed = body.Length > 0 ? body : (request.QueryString.Value ?? string.Empty).TrimStart('?');
                await Plain(context, fault.Status == 0 ? SuccessStatus(op, 0) : fault.Status, echoed, body.Length > 0 ? request.ContentType : "application/x-www-form-urlencoded").ConfigureAwait(false);
                return;
            case FaultKind.Redirect:
                context.Response.Headers["Location"] = fault.Body;
                await Plain(context, fault.Status, string.Empty, null).ConfigureAwait(false);
                return;
            case FaultKind.UnknownStatus:
                await Plain(context, fault.Status, "{\"unexpected\":true}", "application/json").ConfigureAwait(false);
                return;
            case FaultKind.MalformedBody:
                await Plain(context, SuccessStatus(op, 0), xml ? "<result><status>0</sta" + "\u0001tus>" : "{\"status\": 0, \"messages\": [ {\"msgid\": }", xml ? "application/xml" : "application/json").ConfigureAwait(false);
                return;
        }

        await SuccessAnswer(context, spec, op, samples, xml, parameters, fault).ConfigureAwait(false);
    }

    private static bool Matches(string template, string path, out Dictionary<string, string> values)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new List<string>();
        var pattern = "^" + Regex.Replace(Regex.Escape(template.TrimEnd('/')), @"\\\{([^}]+)}", m =>
        {
            names.Add(m.Groups[1].Value.Replace("\\", string.Empty));
            return "([^/]+)";
        }) + "/?$";
        var match = Regex.Match(path, pattern);
        if (!match.Success) return false;
        for (var i = 0; i < names.Count; i++) values[names[i]] = Uri.UnescapeDataString(match.Groups[i + 1].Value);
        return true;
    }

    private static bool WantsXml(SpecModel spec, OperationSpec op, Dictionary<string, string> parameters)
    {
        if (spec.Header.ResponseFormat is not { } format) return false;
        if (!op.Parameters.Any(p => p.WireName == format.Parameter)) return false;
        if (!op.Responses.Any(r => r.Formats.Contains("xml"))) return false;
        var xmlValue = format.Values.FirstOrDefault(v => v.Key == "xml")?.Value ?? "xml";
        var jsonValue = format.Values.FirstOrDefault(v => v.Key == "json")?.Value ?? "json";
        if (parameters.TryGetValue(format.Parameter, out var asked))
        {
            if (string.Equals(asked, xmlValue, StringComparison.OrdinalIgnoreCase)) return true;
            if (string.Equals(asked, jsonValue, StringComparison.OrdinalIgnoreCase)) return false;
        }
        return string.Equals(format.Default, "xml", StringComparison.OrdinalIgnoreCase);
    }

    private bool Authenticated(SpecModel spec, HttpRequest request, Dictionary<string, string> parameters)
    {
        var auth = spec.Header.Auth;
        if (auth is null) return true;
        var header = request.Headers.Authorization.ToString();
        switch (auth.Scheme)
        {
            case "fields":
                return auth.Fields.All(f => parameters.TryGetValue(f.Name, out var v) && v == Options.ExpectedField(f.Name));
            case "bearer":
                if (header == "Bearer " + Options.Token) return true;
                return auth.QueryParameter is { } q && request.Query.TryGetValue(q, out var token) && token.ToString() == Options.Token;
            case "basic":
                return header == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Options.User + ":" + Options.Password));
        }
        return true;
    }

    private static List<string> MissingParameters(SpecModel spec, OperationSpec op, Dictionary<string, string> parameters, SampleBodies samples)
    {
        var auth = new HashSet<string>(spec.Header.Auth?.Fields.Select(f => f.Name) ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        var required = op.Parameters.Where(p => p.Required && !auth.Contains(p.WireName)).Select(p => p.WireName).ToList();
        if (op.Body is { } body && samples.Scope.Schema(body) is { } schema) required.AddRange(schema.Fields.Where(f => f.Required).Select(f => f.WireName));
        return required.Where(name => !parameters.TryGetValue(name, out var v) || v.Length == 0).ToList();
    }

    private static int SuccessStatus(OperationSpec op, int variant)
    {
        var successes = op.Responses.Where(r => r.Outcome == "success").ToList();
        var chosen = successes.Count == 0 ? null : successes[Math.Min(variant, successes.Count - 1)];
        return chosen is not null && chosen.Statuses.Count > 0 ? chosen.Statuses[0] : 200;
    }

    private async Task SuccessAnswer(HttpContext context, SpecModel spec, OperationSpec op, SampleBodies samples, bool xml, Dictionary<string, string> parameters, Fault? fault)
    {
        var successes = op.Responses.Where(r => r.Outcome == "success").ToList();
        var variant = fault?.Kind == FaultKind.SuccessVariant ? fault.Variant : 0;
        var chosen = successes.Count == 0 ? null : successes[Math.Min(variant, successes.Count - 1)];
        var status = chosen is not null && chosen.Statuses.Count > 0 ? chosen.Statuses[0] : 200;
        if (chosen is null || (chosen.Body is null && !chosen.IsBinary))
        {
            await Plain(context, chosen is null ? 200 : status, string.Empty, null).ConfigureAwait(false);
            return;
        }
        if (chosen.IsBinary)
        {
            var bytes = Encoding.UTF8.GetBytes("FAKE-BINARY " + spec.Id + "/" + op.Name);
            context.Response.StatusCode = status;
            context.Response.ContentType = chosen.BinaryContentTypes.Count > 0 ? chosen.BinaryContentTypes[0] : "application/octet-stream";
            context.Response.Headers.ContentDisposition = "attachment; filename=\"" + op.Name + ".bin\"";
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes).ConfigureAwait(false);
            return;
        }
        if (chosen.IsArray)
        {
            // An array body (items:): two documented items.
            var items = new JsonArray();
            for (var k = 0; k < 2; k++)
            {
                var item = samples.Success(chosen.Body!);
                Personalize(item, Interlocked.Increment(ref _sequence));
                items.Add(item);
            }
            LastSuccessBodies[spec.Id + "/" + op.Name] = items.ToJsonString();
            LastSuccessFormats[spec.Id + "/" + op.Name] = "json";
            await Plain(context, status, items.ToJsonString(), "application/json; charset=utf-8").ConfigureAwait(false);
            return;
        }
        var sample = samples.Success(chosen.Body!);
        var n = Interlocked.Increment(ref _sequence);
        Personalize(sample, n);
        samples.Remember(sample);
        LastSuccessBodies[spec.Id + "/" + op.Name] = sample.ToJsonString();
        LastSuccessFormats[spec.Id + "/" + op.Name] = xml ? "xml" : "json";
        if (fault?.Kind == FaultKind.ExtraFields)
        {
            sample["unexpected_field"] = "surprise";
            sample["unexpected_object"] = new JsonObject { ["nested"] = new JsonArray(1, 2, 3) };
            foreach (var child in sample.Select(kv => kv.Value).OfType<JsonArray>().SelectMany(a => a).OfType<JsonObject>()) child["unexpected_item_field"] = 42;
        }
        var text = xml ? samples.ToXml(chosen.Body!, sample).ToString(SaveOptions.DisableFormatting) : sample.ToJsonString();
        if (fault?.Kind == FaultKind.TruncatedBody)
        {
            await Plain(context, status, text.Substring(0, text.Length / 2), xml ? "application/xml" : "application/json").ConfigureAwait(false);
            return;
        }
        if (fault?.Kind == FaultKind.TruncatedConnection)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            context.Response.StatusCode = status;
            context.Response.ContentType = xml ? "application/xml" : "application/json";
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2)).ConfigureAwait(false);
            await context.Response.Body.FlushAsync().ConfigureAwait(false);
            context.Abort();
            return;
        }
        if (Options.SendCallbacks) StartCallbacks(spec, op, parameters, samples);
        await Plain(context, status, text, xml ? "application/xml; charset=utf-8" : "application/json; charset=utf-8").ConfigureAwait(false);
    }

    /// <summary>The JSON form of the last success body served per operation ("provider/version/op").</summary>
    public ConcurrentDictionary<string, string> LastSuccessBodies { get; } = new(StringComparer.Ordinal);

    /// <summary>The format ("json" or "xml") of the last success body served per operation.</summary>
    public ConcurrentDictionary<string, string> LastSuccessFormats { get; } = new(StringComparer.Ordinal);

    /// <summary>Makes ids unique per answer (so a callback can be matched to its request).</summary>
    private static void Personalize(JsonNode? node, int n)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(kv => kv.Key).ToList())
                {
                    if (o[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String && (key.EndsWith("id", StringComparison.OrdinalIgnoreCase) || key.EndsWith("uuid", StringComparison.OrdinalIgnoreCase)))
                    {
                        o[key] = v.GetValue<string>() + "-" + n.ToString(CultureInfo.InvariantCulture);
                    }
                    else Personalize(o[key], n);
                }
                break;
            case JsonArray a:
                foreach (var item in a) Personalize(item, n);
                break;
        }
    }

    private async Task ErrorAnswer(HttpContext context, SpecModel spec, OperationSpec op, SampleBodies samples, string purpose, string? code, int status, bool xml, string? message = null)
    {
        var errors = op.Responses.Where(r => r.Outcome == "error").ToList();
        var table = op.CodeTable is { } t ? samples.Scope.CodeTable(t) : null;
        // The documented error body: prefer one whose top level carries the code.
        var withCode = errors.FirstOrDefault(r => r.Body is { } b && samples.Scope.Schema(b) is { } s && samples.CodeField(s) is not null);
        var chosen = withCode ?? errors.FirstOrDefault(r => r.Body is not null) ?? errors.FirstOrDefault();
        if (code is null && table is not null)
        {
            var words = purpose switch
            {
                "auth" => new[] { "auth", "credential" },
                "missing" => new[] { "missing", "no ", "not specified", "required", "invalid request", "invalid" },
                "rate" => new[] { "throttl", "too many", "rate" },
                _ => Array.Empty<string>(),
            };
            var entry = words.Select(w => table.Codes.FirstOrDefault(c => (c.Meaning ?? string.Empty).Contains(w, StringComparison.OrdinalIgnoreCase) && c.Code != "0")).FirstOrDefault(c => c is not null)
                ?? table.Codes.FirstOrDefault(c => c.Code != "0" && !string.Equals(c.Meaning, "OK", StringComparison.OrdinalIgnoreCase));
            code = entry?.Code;
            message ??= entry?.Meaning;
        }
        code ??= "1";
        if (table is not null) message ??= table.Codes.FirstOrDefault(c => c.Code == code)?.Meaning;
        message ??= "error " + code;
        if (status == 0)
        {
            var listed = chosen?.Statuses ?? EquatableArray<int>.Empty;
            var preferred = purpose switch { "auth" => 401, "missing" => 400, _ => 0 };
            var codeAsStatus = int.TryParse(code, out var c) && listed.Contains(c) ? c : 0;
            if (codeAsStatus > 0) status = codeAsStatus;
            else if (listed.Count > 0) status = listed.Contains(preferred) ? preferred : listed.FirstOrDefault(s => s >= 400) is var first and > 0 ? first : listed[0];
            else status = purpose == "auth" ? 401 : Options.StatuslessErrorStatus;
            if (listed.Count == 0 && int.TryParse(code, out var asHttp) && asHttp >= 400 && asHttp <= 599 && chosen?.Body is null) status = asHttp;
        }
        if (chosen?.Body is not { } bodySchema || samples.Scope.Schema(bodySchema) is null)
        {
            await Plain(context, status, string.Empty, null).ConfigureAwait(false);
            return;
        }
        var sample = samples.Error(bodySchema, code, message);
        var useXml = xml && chosen.Formats.Contains("xml");
        var text = useXml ? samples.ToXml(bodySchema, sample).ToString(SaveOptions.DisableFormatting) : sample.ToJsonString();
        await Plain(context, status, text, useXml ? "application/xml; charset=utf-8" : "application/json; charset=utf-8").ConfigureAwait(false);
    }

    private static async Task Plain(HttpContext context, int status, string body, string? contentType = "text/plain")
    {
        context.Response.StatusCode = status;
        if (contentType is not null) context.Response.ContentType = contentType;
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentLength = bytes.Length;
        if (bytes.Length > 0) await context.Response.Body.WriteAsync(bytes).ConfigureAwait(false);
    }

    // ---- callbacks -------------------------------------------------------------------------------

    /// <summary>
    /// The webhooks an endpoint's URL parameters point at, read from the spec's words: a parameter whose
    /// description or note names the webhook, else a webhook whose description names the parameter.
    /// </summary>
    public static IReadOnlyList<(FieldSpec Parameter, OperationSpec Webhook)> CallbacksOf(SpecModel spec, OperationSpec endpoint)
    {
        var result = new List<(FieldSpec, OperationSpec)>();
        var webhooks = spec.Operations.Where(o => o.IsWebhook).ToList();
        var strong = new HashSet<string>(StringComparer.Ordinal);
        foreach (var op in spec.Operations.Where(o => !o.IsWebhook))
        {
            foreach (var p in op.Parameters.Where(p => p.Type.Name == PrimitiveTypes.Url))
            {
                foreach (var w in webhooks)
                {
                    if (((p.Note ?? string.Empty) + " " + (p.Description ?? string.Empty)).Contains(w.Name, StringComparison.Ordinal)) strong.Add(w.Name);
                }
            }
        }
        foreach (var p in endpoint.Parameters.Where(p => p.Type.Name == PrimitiveTypes.Url))
        {
            var text = (p.Note ?? string.Empty) + " " + (p.Description ?? string.Empty);
            var named = webhooks.Where(w => text.Contains(w.Name, StringComparison.Ordinal)).ToList();
            if (named.Count == 0)
            {
                named = webhooks.Where(w => !strong.Contains(w.Name) && ((w.Summary ?? string.Empty) + " " + (w.Description ?? string.Empty)).Contains(p.WireName, StringComparison.Ordinal)).ToList();
            }
            foreach (var w in named) result.Add((p, w));
        }
        return result;
    }

    private void StartCallbacks(SpecModel spec, OperationSpec op, Dictionary<string, string> parameters, SampleBodies samples)
    {
        foreach (var (parameter, webhook) in CallbacksOf(spec, op))
        {
            if (!parameters.TryGetValue(parameter.WireName, out var target) || !Uri.TryCreate(target, UriKind.Absolute, out var url)) continue;
            var task = Task.Run(() => SendCallbackAsync(spec, webhook, url, samples));
            lock (_lock) _pendingCallbacks.Add(task);
        }
    }

    private async Task SendCallbackAsync(SpecModel spec, OperationSpec webhook, Uri url, SampleBodies samples)
    {
        var evt = samples.Event(webhook);
        string body;
        string contentType;
        if (webhook.Encoding == "json")
        {
            body = evt.ToJsonString();
            contentType = "application/json";
        }
        else
        {
            body = string.Join("&", evt.Where(kv => kv.Value is not null).Select(kv => Uri.EscapeDataString(kv.Key) + "=" + Uri.EscapeDataString(kv.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : kv.Value!.ToJsonString())));
            contentType = "application/x-www-form-urlencoded";
        }
        int? status = null;
        var reply = string.Empty;
        try
        {
            using var message = new HttpRequestMessage(new HttpMethod(webhook.Method), url) { Content = new StringContent(body, Encoding.UTF8, contentType) };
            using var response = await _callbackClient.SendAsync(message).ConfigureAwait(false);
            status = (int)response.StatusCode;
            reply = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            reply = e.Message;
        }
        _callbacks.Enqueue(new CallbackRecord(spec.Id, webhook.Name, webhook.Method, url, contentType, body, status, reply));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await FlushCallbacksAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
        }
        _callbackClient.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
