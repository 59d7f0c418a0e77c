using System.Buffers;
using System.Text;
using System.Text.Json;
using SpecGen.Runtime.Wire;

namespace SpecGen.Runtime.Http;

/// <summary>
/// Turns a <see cref="GatewayCall"/> into the bytes and headers of a request: where parameters travel
/// (body or query), where credentials go (written into the body or query as it is built, never spliced in
/// by parsing it back), the response-format parameter, the method override and the Accept header.
/// </summary>
internal static class RequestBuilder
{
    public static PreparedRequest Build(GatewayCall call, Uri baseAddress, GatewayClientOptions options, AuthInfo auth, ResponseFormatInfo? format, string? methodOverrideParameter, UrlCache urls)
    {
        var op = call.Operation;
        var credentials = options.Credentials;
        var fields = auth.Scheme == AuthSchemes.Fields ? credentials : null;
        string? formatValue = null;
        if (op.SendsFormatParameter && !call.FormatParameterSet && format is not null)
        {
            formatValue = options.ResponseFormat == WireFormat.Xml ? format.XmlValue : format.JsonValue;
        }

        // The spec's method override (e.g. "_method"): for callers that can only send GET, the declared
        // method travels as a query parameter and the parameters with it, as the document describes.
        var tunnelled = options.UseMethodOverride && methodOverrideParameter is not null && !HttpMethods.IsSafe(op.Method);
        var wireMethod = tunnelled ? HttpMethod.Get : op.WireMethod;

        // Most sends put nothing in the query: its writer is created only when needed.
        FormWriter? query = null;
        ReadOnlyMemory<byte>? body = null;
        var json = false;
        if (tunnelled) (query = new FormWriter(128, keepPairs: false)).Add(methodOverrideParameter!, op.Method.ToUpperInvariant());
        if (!tunnelled && op.SendsBody && op.Encoding == "json")
        {
            body = JsonBody(call, fields, format?.Parameter, formatValue);
            json = true;
        }
        else if (!tunnelled && op.SendsBody && op.Encoding == "form")
        {
            var form = new FormWriter(256, keepPairs: false);
            if (fields is not null) AddFields(form, fields);
            call.Form?.Invoke(form);
            if (formatValue is not null) form.Add(format!.Parameter, formatValue);
            body = form.ToUtf8Bytes();
            form.Release();
        }
        else
        {
            query ??= new FormWriter(128, keepPairs: false);
            if (fields is not null) AddFields(query, fields);
            call.Form?.Invoke(query);
            if (call.Json is not null && call.Form is null) AddJsonAsPairs(query, call.Json);
            if (formatValue is not null) query.Add(format!.Parameter, formatValue);
        }

        string? header = null;
        string? value = null;
        if (auth.Scheme == AuthSchemes.Bearer && credentials?.Token is { } token)
        {
            if (options.SendTokenInQuery && auth.QueryParameter is { } q) (query ??= new FormWriter(128, keepPairs: false)).Add(q, token);
            else
            {
                header = auth.Header ?? "Authorization";
                value = "Bearer " + token;
            }
        }
        else if (auth.Scheme == AuthSchemes.Basic && credentials is not null)
        {
            header = "Authorization";
            value = "Basic " + credentials.BasicParameter();
        }

        var queryText = query?.ToString() ?? string.Empty;
        query?.Release();
        var url = queryText.Length == 0 ? urls.Get(baseAddress, call.Path) : Combine(baseAddress, call.Path, queryText);
        var accept = op.HasDownload ? "*/*" : options.ResponseFormat == WireFormat.Xml && op.SendsFormatParameter ? "application/xml, text/xml;q=0.9, */*;q=0.1" : "application/json, */*;q=0.1";
        return new PreparedRequest(url, wireMethod, body, json, header, value, accept);
    }

    private static void AddFields(FormWriter writer, Credentials credentials) => writer.AddEncoded(credentials.FormEncodedFields);

    /// <summary>
    /// The JSON body: credential members and the format parameter first, then the request's own members.
    /// A request object written by generated code is a complete <c>{...}</c>: its members are joined after
    /// ours byte for byte, with no parse in between.
    /// </summary>
    private static ReadOnlyMemory<byte> JsonBody(GatewayCall call, Credentials? credentials, string? formatParameter, string? formatValue)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            if (credentials is not null)
            {
                foreach (var name in credentials.FieldNames)
                {
                    if (credentials.TryGetField(name, out var value)) w.WriteString(name, value);
                }
            }
            if (formatParameter is not null && formatValue is not null) w.WriteString(formatParameter, formatValue);
            if (call.Json is null && call.Form is not null)
            {
                var form = new FormWriter();
                call.Form(form);
                foreach (var pair in form.Pairs) w.WriteString(pair.Key, pair.Value);
            }
            if (call.Json is null) w.WriteEndObject();
        }
        if (call.Json is null) return buffer.WrittenMemory;

        var own = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(own))
        {
            call.Json(w);
        }
        var head = buffer.WrittenSpan; // "{" + our members, not closed
        var tail = own.WrittenSpan;    // "{...}" of the request
        if (tail.Length < 2 || tail[0] != (byte)'{') return Close(head);
        var hasOurs = head.Length > 1;
        var hasTheirs = tail.Length > 2;
        var result = new byte[head.Length + (hasOurs && hasTheirs ? 1 : 0) + tail.Length - 1];
        head.CopyTo(result);
        var at = head.Length;
        if (hasOurs && hasTheirs) result[at++] = (byte)',';
        tail.Slice(1).CopyTo(result.AsSpan(at));
        return result;
    }

    private static byte[] Close(ReadOnlySpan<byte> head)
    {
        var result = new byte[head.Length + 1];
        head.CopyTo(result);
        result[head.Length] = (byte)'}';
        return result;
    }

    private static void AddJsonAsPairs(FormWriter query, Action<Utf8JsonWriter> write)
    {
        // A JSON-described request on a GET: its members travel as query pairs (objects as JSON text).
        using var request = JsonDocument.Parse(JsonText.Write(write));
        if (request.RootElement.ValueKind != JsonValueKind.Object) return;
        foreach (var property in request.RootElement.EnumerateObject())
        {
            query.Add(property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText());
        }
    }

    internal static Uri Combine(Uri baseAddress, string path, string query)
    {
        var root = baseAddress.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/');
        var sb = new StringBuilder(root, root.Length + path.Length + query.Length + 2);
        if (path.Length > 0 && path[0] != '/') sb.Append('/');
        sb.Append(path);
        var existing = baseAddress.Query.Length > 1 ? baseAddress.Query.Substring(1) : string.Empty;
        if (existing.Length > 0 || query.Length > 0)
        {
            sb.Append('?').Append(existing);
            if (existing.Length > 0 && query.Length > 0) sb.Append('&');
            sb.Append(query);
        }
        return new Uri(sb.ToString(), UriKind.Absolute);
    }
}

/// <summary>
/// The last URL built without a query, per transport: a send to the same path (the common case) reuses
/// its <see cref="Uri"/> instead of building and parsing it again.
/// </summary>
internal sealed class UrlCache
{
    private Entry? _last;

    public Uri Get(Uri baseAddress, string path)
    {
        var last = Volatile.Read(ref _last);
        if (last is not null && ReferenceEquals(last.Base, baseAddress) && string.Equals(last.Path, path, StringComparison.Ordinal)) return last.Url;
        var url = RequestBuilder.Combine(baseAddress, path, string.Empty);
        Volatile.Write(ref _last, new Entry(baseAddress, path, url));
        return url;
    }

    private sealed record Entry(Uri Base, string Path, Uri Url);
}

/// <summary>What HTTP says about methods: which are safe to repeat, which carry a body.</summary>
internal static class HttpMethods
{
    /// <summary>GET, HEAD and OPTIONS: safe and idempotent by HTTP's definition (RFC 9110 §9.2).</summary>
    public static bool IsSafe(string method) =>
        string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase)
        || string.Equals(method, "HEAD", StringComparison.OrdinalIgnoreCase)
        || string.Equals(method, "OPTIONS", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when parameters travel in a body. GET, HEAD, OPTIONS and DELETE send them in the query: a
    /// DELETE body has no defined meaning and proxies drop it (this is about where parameters go, not
    /// about whether the call may be repeated).
    /// </summary>
    public static bool HasBody(string method) => !IsSafe(method) && !string.Equals(method, "DELETE", StringComparison.OrdinalIgnoreCase);

    public static HttpMethod Of(string method)
    {
        if (string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase)) return HttpMethod.Get;
        if (string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase)) return HttpMethod.Post;
        if (string.Equals(method, "PUT", StringComparison.OrdinalIgnoreCase)) return HttpMethod.Put;
        if (string.Equals(method, "DELETE", StringComparison.OrdinalIgnoreCase)) return HttpMethod.Delete;
        if (string.Equals(method, "PATCH", StringComparison.OrdinalIgnoreCase)) return HttpMethod.Patch;
        if (string.Equals(method, "HEAD", StringComparison.OrdinalIgnoreCase)) return HttpMethod.Head;
        return new HttpMethod(method.ToUpperInvariant());
    }
}
