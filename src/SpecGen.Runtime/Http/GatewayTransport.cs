using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SpecGen.Runtime.Validation;
using SpecGen.Runtime.Wire;

namespace SpecGen.Runtime.Http;

/// <summary>
/// The provider-agnostic HTTP engine of generated clients: base URL, credentials per auth scheme,
/// validation before sending, response format, timeout, retries of idempotent calls, and the mapping
/// of every answer to a typed <see cref="ApiResult{T}"/>. It never throws for what the server does;
/// only the caller's cancellation surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class GatewayTransport
{
    private const int MessageSnippet = 300;
    private static readonly UTF8Encoding Utf8 = new(false, false);

    private readonly HttpClient _http;
    private readonly GatewayClientOptions _options;
    private readonly Uri? _defaultBaseAddress;
    private readonly AuthInfo _auth;
    private readonly ResponseFormatInfo? _format;

    /// <summary>Creates the transport of one client.</summary>
    /// <param name="http">The injected client (e.g. from <c>IHttpClientFactory</c>); never disposed here.</param>
    /// <param name="options">Settings, read on every call (changes apply to later calls).</param>
    /// <param name="defaultBaseAddress">The spec's <c>base_url</c>.</param>
    /// <param name="auth">The spec's auth scheme.</param>
    /// <param name="format">The spec's response-format parameter, if any.</param>
    public GatewayTransport(HttpClient http, GatewayClientOptions? options, Uri? defaultBaseAddress, AuthInfo? auth, ResponseFormatInfo? format)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _options = options ?? new GatewayClientOptions();
        _defaultBaseAddress = defaultBaseAddress;
        _auth = auth ?? AuthInfo.None;
        _format = format;
    }

    /// <summary>The settings in use.</summary>
    public GatewayClientOptions Options => _options;

    /// <summary>The base address calls go to.</summary>
    public Uri? BaseAddress => _options.BaseAddress ?? _http.BaseAddress ?? _defaultBaseAddress;

    /// <summary>Validates, sends (with retries for GET when a policy is set) and maps the answer.</summary>
    public async Task<ApiResult<T>> SendAsync<T>(GatewayCall call, CancellationToken cancellationToken = default) where T : class
    {
        if (call is null) throw new ArgumentNullException(nameof(call));
        var violations = new List<Violation>(call.Validation.Violations);
        CheckCredentials(violations);
        var baseAddress = BaseAddress;
        if (baseAddress is null || !baseAddress.IsAbsoluteUri) violations.Add(new Violation("base_url", "required", "no base URL: set GatewayClientOptions.BaseAddress or HttpClient.BaseAddress"));
        if (violations.Count > 0) return ApiResult<T>.Invalid(violations);

        var plan = Plan(call, baseAddress!);
        var redactor = new Redactor(_auth, _options.Credentials);
        var op = call.Operation;
        var retry = op.IsIdempotent ? _options.Retry : null;
        var attempts = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            attempts++;
            var (result, error) = await AttemptAsync<T>(op, plan, redactor, attempts, cancellationToken).ConfigureAwait(false);
            if (result is not null) return result;
            if (retry is not null && attempts <= retry.MaxRetries && retry.ShouldRetry(error!) && retry.DelayBefore(attempts - 1, error!) is { } delay)
            {
                Log(redactor, op.Name + " retry " + attempts.ToString(CultureInfo.InvariantCulture) + " in " + ((long)delay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " ms after " + error!.Kind);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                continue;
            }
            return ApiResult<T>.Fail(error!, attempts);
        }
    }

    private void CheckCredentials(List<Violation> violations)
    {
        var credentials = _options.Credentials;
        if (_auth.Scheme == "none") return;
        if (credentials is null)
        {
            violations.Add(new Violation("credentials", "required", "credentials are required (scheme " + _auth.Scheme + ")"));
            return;
        }
        if (!string.Equals(credentials.Scheme, _auth.Scheme, StringComparison.Ordinal))
        {
            violations.Add(new Violation("credentials", "scheme", "the spec's auth scheme is " + _auth.Scheme + ", the credentials are " + credentials.Scheme));
            return;
        }
        foreach (var field in _auth.Fields)
        {
            if (!credentials.TryGetField(field.Name, out var value) || value.Length == 0)
            {
                violations.Add(new Violation("credentials." + field.Name, "required", "credential " + field.Name + " is required"));
            }
        }
    }

    private sealed class RequestPlan
    {
        public RequestPlan(Uri url, string method, byte[]? body, string? contentType, string? authorization, string accept)
        {
            Url = url;
            Method = method;
            Body = body;
            ContentType = contentType;
            Authorization = authorization;
            Accept = accept;
        }

        public Uri Url { get; }
        public string Method { get; }
        public byte[]? Body { get; }
        public string? ContentType { get; }
        public string? Authorization { get; }
        public string Accept { get; }
    }

    private RequestPlan Plan(GatewayCall call, Uri baseAddress)
    {
        var op = call.Operation;
        var credentials = _options.Credentials;
        var fieldsAuth = _auth.Scheme == AuthSchemes.Fields && credentials is not null;
        string? formatValue = null;
        if (op.SendsFormatParameter && !call.FormatParameterSet && _format is not null)
        {
            formatValue = _options.ResponseFormat == WireFormat.Xml ? _format.XmlValue : _format.JsonValue;
        }

        var query = new FormWriter();
        byte[]? body = null;
        string? contentType = null;
        var isGet = string.Equals(op.Method, "GET", StringComparison.OrdinalIgnoreCase) || string.Equals(op.Method, "DELETE", StringComparison.OrdinalIgnoreCase);
        if (op.Encoding == "json" && !isGet)
        {
            body = JsonBody(call, fieldsAuth ? credentials : null, _format?.Parameter, formatValue);
            contentType = "application/json";
        }
        else if (op.Encoding == "form" && !isGet)
        {
            var form = new FormWriter();
            if (fieldsAuth) AddFields(form, credentials!);
            call.Form?.Invoke(form);
            if (formatValue is not null) form.Add(_format!.Parameter, formatValue);
            body = Utf8.GetBytes(form.ToString());
            contentType = "application/x-www-form-urlencoded";
        }
        else
        {
            if (fieldsAuth) AddFields(query, credentials!);
            call.Form?.Invoke(query);
            if (call.Json is not null && call.Form is null)
            {
                // A JSON-described request on a GET: its members travel as query pairs (objects as JSON text).
                AddJsonAsPairs(query, call.Json);
            }
            if (formatValue is not null) query.Add(_format!.Parameter, formatValue);
        }

        string? authorization = null;
        if (_auth.Scheme == AuthSchemes.Bearer && credentials?.Token is { } token)
        {
            if (_options.SendTokenInQuery && _auth.QueryParameter is { } q) query.Add(q, token);
            else authorization = "Bearer " + token;
        }
        else if (_auth.Scheme == AuthSchemes.Basic && credentials is not null)
        {
            authorization = "Basic " + credentials.BasicParameter();
        }

        var url = Combine(baseAddress, call.Path, query.ToString());
        var accept = op.HasDownload ? "*/*" : _options.ResponseFormat == WireFormat.Xml && op.SendsFormatParameter ? "application/xml, text/xml;q=0.9, */*;q=0.1" : "application/json, */*;q=0.1";
        return new RequestPlan(url, op.Method, body, contentType, authorization, accept);
    }

    private static void AddFields(FormWriter writer, Credentials credentials)
    {
        foreach (var name in credentials.FieldNames)
        {
            if (credentials.TryGetField(name, out var value)) writer.Add(name, value);
        }
    }

    private static byte[] JsonBody(GatewayCall call, Credentials? credentials, string? formatParameter, string? formatValue)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
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
            if (call.Json is not null)
            {
                using var request = JsonDocument.Parse(JsonText.Write(call.Json));
                if (request.RootElement.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in request.RootElement.EnumerateObject()) property.WriteTo(w);
                }
            }
            else if (call.Form is not null)
            {
                var form = new FormWriter();
                call.Form(form);
                foreach (var pair in form.Pairs) w.WriteString(pair.Key, pair.Value);
            }
            if (formatParameter is not null && formatValue is not null) w.WriteString(formatParameter, formatValue);
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void AddJsonAsPairs(FormWriter query, Action<Utf8JsonWriter> write)
    {
        using var request = JsonDocument.Parse(JsonText.Write(write));
        if (request.RootElement.ValueKind != JsonValueKind.Object) return;
        foreach (var property in request.RootElement.EnumerateObject())
        {
            query.Add(property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText());
        }
    }

    private static Uri Combine(Uri baseAddress, string path, string query)
    {
        var root = baseAddress.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/');
        var sb = new StringBuilder(root);
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

    private async Task<(ApiResult<T>? Result, ApiError? Error)> AttemptAsync<T>(OperationInfo op, RequestPlan plan, Redactor redactor, int attempt, CancellationToken cancellationToken) where T : class
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_options.Timeout > TimeSpan.Zero && _options.Timeout != Timeout.InfiniteTimeSpan) timeout.CancelAfter(_options.Timeout);
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage? response = null;
        var keepResponse = false;
        try
        {
            using var request = new HttpRequestMessage(new HttpMethod(plan.Method), plan.Url);
            request.Headers.TryAddWithoutValidation("Accept", plan.Accept);
            if (plan.Authorization is { } authorization)
            {
                var header = _auth.Header ?? "Authorization";
                if (string.Equals(header, "Authorization", StringComparison.OrdinalIgnoreCase))
                {
                    var space = authorization.IndexOf(' ');
                    request.Headers.Authorization = new AuthenticationHeaderValue(authorization.Substring(0, space), authorization.Substring(space + 1));
                }
                else
                {
                    request.Headers.TryAddWithoutValidation(header, authorization);
                }
            }
            if (plan.Body is not null)
            {
                var content = new ByteArrayContent(plan.Body);
                content.Headers.ContentType = new MediaTypeHeaderValue(plan.ContentType ?? "application/octet-stream") { CharSet = plan.ContentType == "application/json" ? null : "utf-8" };
                request.Content = content;
            }

            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var (result, error, keep) = await ReadAsync<T>(op, response, redactor, attempt, timeout.Token).ConfigureAwait(false);
            keepResponse = keep;
            Log(redactor, plan, attempt, (int)response.StatusCode, started, error);
            return (result, error);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log(redactor, plan, attempt, null, started, null, "cancelled");
            throw;
        }
        catch (OperationCanceledException)
        {
            var error = new ApiError(ApiErrorKind.Timeout, response is null ? null : (int)response.StatusCode, null, "no complete answer within " + _options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s", null, null, null, null);
            Log(redactor, plan, attempt, null, started, error);
            return (null, error);
        }
        catch (Exception e) when (e is HttpRequestException || e is IOException || e is InvalidOperationException || e is System.Net.Sockets.SocketException)
        {
            var error = new ApiError(ApiErrorKind.Transport, response is null ? null : (int)response.StatusCode, null, redactor.Text(Describe(e)), null, null, null, null);
            Log(redactor, plan, attempt, null, started, error);
            return (null, error);
        }
        finally
        {
            if (!keepResponse) response?.Dispose();
        }
    }

    private static string Describe(Exception e)
    {
        var sb = new StringBuilder(e.Message);
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException) sb.Append(" -> ").Append(inner.Message);
        return sb.ToString();
    }

    private async Task<(ApiResult<T>? Result, ApiError? Error, bool KeepResponse)> ReadAsync<T>(OperationInfo op, HttpResponseMessage response, Redactor redactor, int attempts, CancellationToken token) where T : class
    {
        var status = (int)response.StatusCode;
        var ok = status >= 200 && status <= 299;
        var mediaType = response.Content.Headers.ContentType?.MediaType?.Trim().ToLowerInvariant();
        var retryAfter = RetryAfter(response);

        // A download: hand the live stream to the caller.
        if (ok)
        {
            foreach (var c in op.Responses)
            {
                if (c.Outcome != ResponseOutcome.Success || !c.IsBinary || !Applies(c, status, ok) || !IsBinaryAnswer(mediaType, c)) continue;
                var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
                var disposition = response.Content.Headers.ContentDisposition;
                var fileName = (disposition?.FileNameStar ?? disposition?.FileName)?.Trim('"');
                var download = new BinaryContent(stream, response.Content.Headers.ContentType?.ToString(), fileName, response.Content.Headers.ContentLength, response);
                return (ApiResult<T>.Ok((T)(c.Wrap?.Invoke(download) ?? download), status, attempts), null, true);
            }
        }

        var (text, tooLarge) = await ReadTextAsync(response, token).ConfigureAwait(false);
        if (tooLarge)
        {
            return (null, new ApiError(ok ? ApiErrorKind.MalformedResponse : KindFor(op, status), status, null, "the response body is larger than " + _options.MaxResponseBytes.ToString(CultureInfo.InvariantCulture) + " bytes", null, retryAfter, null, null), false);
        }
        var format = FormatOf(mediaType, text);

        // Errors told by a code in the body (documented bodies whose status field is not a success code).
        object? errorBody = null;
        ResponseCase? errorCase = null;
        BodyStatus errorStatus = default;
        foreach (var c in op.Responses)
        {
            if (c.Outcome != ResponseOutcome.Error || c.Parse is null || !Applies(c, status, ok)) continue;
            var parsed = c.Parse(text, format);
            if (!parsed.Success) continue;
            var bodyStatus = c.Inspect?.Invoke(parsed.Value) ?? BodyStatus.None;
            if (bodyStatus.Code is { } raw)
            {
                var code = CodeOf(op, raw);
                if (!code.IsSuccess)
                {
                    var kind = ok ? ApiErrorKind.Rejected : KindFor(op, status);
                    return (null, new ApiError(kind, status, code, bodyStatus.Message is { } m ? redactor.Text(m) : code.Description ?? "the gateway reported code " + raw, parsed.Value, retryAfter, null, c.Variant), false);
                }
            }
            if (errorBody is null && (bodyStatus.Code is null || !ok))
            {
                errorBody = parsed.Value;
                errorCase = c;
                errorStatus = bodyStatus;
            }
        }

        if (ok)
        {
            var success = ChooseSuccess(op, status, text, format);
            if (success is not null)
            {
                if (success.Parse is null)
                {
                    return (ApiResult<T>.Ok((T)(success.Wrap?.Invoke(NoContent.Instance) ?? NoContent.Instance), status, attempts), null, false);
                }
                var parsed = success.Parse(text, format);
                if (parsed.Success)
                {
                    return (ApiResult<T>.Ok((T)(success.Wrap?.Invoke(parsed.Value) ?? parsed.Value), status, attempts), null, false);
                }
                var where = parsed.Error.Path is { } p ? " (at " + p + ")" : string.Empty;
                return (null, new ApiError(ApiErrorKind.MalformedResponse, status, null, "the " + (format == WireFormat.Xml ? "XML" : "JSON") + " body could not be read: " + redactor.Text(parsed.Error.Message) + where, new MalformedBody(redactor.Text(text), redactor.Text(parsed.Error.Message), parsed.Error.Path), null, null, success.Variant), false);
            }
        }

        // An error status (or a success status no success response documents).
        var errorKind = ok ? ApiErrorKind.UnexpectedStatus : KindFor(op, status);
        GatewayCode? errorCode = null;
        string? message = null;
        if (errorBody is not null)
        {
            if (errorStatus.Code is { } raw) errorCode = CodeOf(op, raw);
            message = errorStatus.Message is { } m ? redactor.Text(m) : null;
        }
        if (errorCode is null && op.Code?.Invoke(status.ToString(CultureInfo.InvariantCulture)) is { IsKnown: true } byStatus && BodylessErrorDocumented(op, status))
        {
            errorCode = byStatus;
        }
        message ??= errorCode?.Description;
        if (message is null && text.Length > 0) message = redactor.Text(text.Length > MessageSnippet ? text.Substring(0, MessageSnippet) + "…" : text);
        message ??= response.ReasonPhrase ?? "HTTP " + status.ToString(CultureInfo.InvariantCulture);
        return (null, new ApiError(errorKind, status, errorCode, message, errorBody, retryAfter, null, errorCase?.Variant), false);
    }

    private static bool BodylessErrorDocumented(OperationInfo op, int status)
    {
        foreach (var c in op.Responses)
        {
            if (c.Outcome == ResponseOutcome.Error && c.Parse is null && (c.Lists(status) || c.Statuses.Count == 0)) return true;
        }
        return false;
    }

    private static ResponseCase? ChooseSuccess(OperationInfo op, int status, string text, WireFormat format)
    {
        ResponseCase? best = null;
        var bestScore = -1;
        HashSet<string>? keys = null;
        foreach (var c in op.Responses)
        {
            if (c.Outcome != ResponseOutcome.Success || c.IsBinary || !Applies(c, status, true)) continue;
            if (best is null)
            {
                best = c;
                continue;
            }
            keys ??= TopLevelKeys(text, format);
            if (bestScore < 0) bestScore = Score(best, keys);
            var score = Score(c, keys);
            if (score > bestScore || (score == bestScore && c.Keys.Count < best.Keys.Count))
            {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    private static int Score(ResponseCase c, HashSet<string> keys)
    {
        var score = 0;
        foreach (var k in c.Keys)
        {
            if (keys.Contains(k)) score++;
        }
        return score;
    }

    private static HashSet<string> TopLevelKeys(string text, WireFormat format)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            if (format == WireFormat.Xml)
            {
                var root = XmlValues.Load(text, out _);
                if (root is not null)
                {
                    foreach (var e in root.Elements()) keys.Add(e.Name.LocalName);
                }
            }
            else
            {
                using var document = JsonDocument.Parse(text, JsonValues.Options);
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in document.RootElement.EnumerateObject()) keys.Add(p.Name);
                }
            }
        }
        catch (JsonException)
        {
        }
        return keys;
    }

    private static bool Applies(ResponseCase c, int status, bool ok) =>
        c.Lists(status) || (c.Statuses.Count == 0 && (c.Outcome == ResponseOutcome.Error || ok));

    private static bool IsBinaryAnswer(string? mediaType, ResponseCase c)
    {
        if (string.IsNullOrEmpty(mediaType)) return false;
        foreach (var t in c.BinaryContentTypes!)
        {
            var listed = t;
            var semi = listed.IndexOf(';');
            if (semi >= 0) listed = listed.Substring(0, semi);
            if (string.Equals(listed.Trim(), mediaType, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return !(mediaType!.Contains("json") || mediaType.Contains("xml") || mediaType.StartsWith("text/", StringComparison.Ordinal));
    }

    private static WireFormat FormatOf(string? mediaType, string text)
    {
        if (mediaType is not null)
        {
            if (mediaType.Contains("xml")) return WireFormat.Xml;
            if (mediaType.Contains("json")) return WireFormat.Json;
        }
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\uFEFF') continue;
            return ch == '<' ? WireFormat.Xml : WireFormat.Json;
        }
        return WireFormat.Json;
    }

    private async Task<(string Text, bool TooLarge)> ReadTextAsync(HttpResponseMessage response, CancellationToken token)
    {
        var limit = _options.MaxResponseBytes <= 0 ? long.MaxValue : _options.MaxResponseBytes;
        if (response.Content.Headers.ContentLength is { } declared && declared > limit) return (string.Empty, true);
        using var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(chunk.AsMemory(0, chunk.Length), token).ConfigureAwait(false);
                if (read == 0) break;
                if (buffer.Length + read > limit) return (string.Empty, true);
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes.Slice(3);
        return (Utf8.GetString(bytes), false);
    }

    private static GatewayCode CodeOf(OperationInfo op, string raw) =>
        op.Code?.Invoke(raw) ?? new GatewayCode(raw, raw, false, null, ResponseReaders.IsSuccessCode(raw, ResponseReaders.DefaultSuccessCodes));

    private static ApiErrorKind KindFor(OperationInfo op, int status)
    {
        switch (status)
        {
            case 401: return ApiErrorKind.Unauthorized;
            case 403: return ApiErrorKind.Forbidden;
            case 404: return ApiErrorKind.NotFound;
            case 406: return ApiErrorKind.NotAcceptable;
            case 429: return ApiErrorKind.RateLimited;
        }
        if (status >= 500 && status <= 599) return ApiErrorKind.ServerError;
        foreach (var c in op.Responses)
        {
            if (c.Outcome == ResponseOutcome.Error && (c.Lists(status) || (c.Statuses.Count == 0 && status >= 400 && status <= 499))) return ApiErrorKind.Rejected;
        }
        return ApiErrorKind.UnexpectedStatus;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header is null) return null;
        if (header.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }

    private void Log(Redactor redactor, RequestPlan plan, int attempt, int? status, long started, ApiError? error, string? note = null)
    {
        if (_options.Log is null) return;
        var elapsed = Stopwatch.GetElapsedTime(started);
        var sb = new StringBuilder(plan.Method).Append(' ').Append(redactor.Url(plan.Url))
            .Append(" attempt ").Append(attempt.ToString(CultureInfo.InvariantCulture))
            .Append(" -> ").Append(status?.ToString(CultureInfo.InvariantCulture) ?? "no answer")
            .Append(" in ").Append(((long)elapsed.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)).Append(" ms");
        if (error is not null) sb.Append(": ").Append(error.Kind).Append(' ').Append(error.Message);
        if (note is not null) sb.Append(" (").Append(note).Append(')');
        Log(redactor, sb.ToString());
    }

    private void Log(Redactor redactor, string line) => _options.Log?.Invoke(redactor.Text(line));
}
