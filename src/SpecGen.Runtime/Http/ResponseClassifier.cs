using System.Globalization;
using SpecGen.Runtime.Wire;

namespace SpecGen.Runtime.Http;

/// <summary>What one answer means: the success value, or the typed error.</summary>
/// <param name="Value">The method's result value on success.</param>
/// <param name="Error">The error otherwise.</param>
/// <param name="KeepResponse">True when the value owns the response (a download stream).</param>
internal readonly record struct Classified(object? Value, ApiError? Error, bool KeepResponse)
{
    public static Classified Fail(ApiError error) => new(null, error, false);
}

/// <summary>
/// Maps an HTTP answer to a success or a typed error, by the operation's documented responses. A success
/// needs a documented status, a body of a documented format, a body its reader accepts, and no failure
/// status in that body (per the spec's predicates). The body is read once and, on a success, parsed once.
/// Everything an error carries (message, body, raw text) is scrubbed of the configured secrets.
/// </summary>
internal sealed class ResponseClassifier
{
    private const int MessageSnippet = 300;
    private const int RawBodyLimit = 16 * 1024;

    private readonly GatewayClientOptions _options;
    private readonly ScrubberCache _scrubbers;

    public ResponseClassifier(GatewayClientOptions options, ScrubberCache scrubbers)
    {
        _options = options;
        _scrubbers = scrubbers;
    }

    private SecretScrubber Scrubber => _scrubbers.For(_options.Credentials);

    public async ValueTask<Classified> ClassifyAsync(OperationInfo op, PreparedRequest request, HttpResponseMessage response, CancellationToken token)
    {
        var status = (int)response.StatusCode;
        if (Redirect(request, response, status) is { } redirect) return Classified.Fail(redirect);

        var ok = status >= 200 && status <= 299;
        var mediaType = response.Content.Headers.ContentType?.MediaType?.Trim().ToLowerInvariant();
        var retryAfter = RetryAfter(response);

        if (ok && DownloadCase(op, status, mediaType) is { } downloadCase)
        {
            // The live stream is handed to the caller; the timeout covered the headers.
            var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            var disposition = response.Content.Headers.ContentDisposition;
            var fileName = (disposition?.FileNameStar ?? disposition?.FileName)?.Trim('"');
            var download = new BinaryContent(stream, response.Content.Headers.ContentType?.ToString(), fileName, response.Content.Headers.ContentLength, response);
            return new Classified(downloadCase.Wrap?.Invoke(download) ?? download, null, true);
        }

        using var body = await ResponseBody.ReadAsync(response.Content, _options.MaxResponseBytes, token).ConfigureAwait(false);
        if (body.TooLarge)
        {
            var message = "the response body is larger than " + _options.MaxResponseBytes.ToString(CultureInfo.InvariantCulture) + " bytes";
            return Classified.Fail(ok ? ApiError.Malformed(status, message, null) : ApiError.FromStatus(KindFor(op, status), status, message, retryAfter: retryAfter));
        }
        return ok ? SuccessStatus(op, status, mediaType, body, retryAfter) : ErrorStatus(op, status, mediaType, body.Text, retryAfter, response.ReasonPhrase);
    }

    /// <summary>
    /// A 3xx with a Location, or an answer that came from another URL than the one sent (the injected
    /// handler followed a redirect by itself): never a success, never followed by us.
    /// </summary>
    private ApiError? Redirect(PreparedRequest request, HttpResponseMessage response, int status)
    {
        if (response.RequestMessage?.RequestUri is { } final && final != request.Url)
        {
            return ApiError.Redirected(status, Scrubber.Url(final));
        }
        if (status >= 300 && status <= 399 && response.Headers.Location is { } location)
        {
            return ApiError.Redirected(status, location.IsAbsoluteUri ? Scrubber.Url(location) : Scrubber.Text(location.OriginalString));
        }
        return null;
    }

    private static ResponseCase? DownloadCase(OperationInfo op, int status, string? mediaType)
    {
        for (var ci = 0; ci < op.Responses.Count; ci++)
        {
            var c = op.Responses[ci];
            if (c.Outcome == ResponseOutcome.Success && c.IsBinary && Applies(c, status, true) && IsBinaryAnswer(mediaType, c)) return c;
        }
        return null;
    }

    private Classified SuccessStatus(OperationInfo op, int status, string? mediaType, ResponseBody body, TimeSpan? retryAfter)
    {
        // The bytes are read as they came; body.Text is decoded only on the paths that report or log the body.
        var received = body.Received;
        var success = ChooseSuccess(op, status, body);
        var checkedFormat = MediaTypes.FormatOf(mediaType, body);
        if (checkedFormat is null && !body.IsEmpty && (success is null || success.Parse is not null))
        {
            // A captive portal, a proxy's page, plain text: not a documented body, whatever the 2xx status says
            // (only a documented body-less success ignores what comes with it).
            return Classified.Fail(ApiError.Malformed(status, "the " + status.ToString(CultureInfo.InvariantCulture) + " answer is " + (mediaType ?? "not JSON or XML") + ", not a documented JSON or XML body", Raw(body.Text), success?.Variant));
        }
        var format = checkedFormat ?? MediaTypes.Lenient(mediaType, body);

        ParseResult<object> parsed = default;
        if (success?.Parse is { } parse) parsed = parse(received, format);

        // A JSON object that carries members, none of them documented, is some other document (an echo of the request,
        // another API's answer) even when its reader, all of whose fields are optional, accepts it. The read noted the
        // names, so this costs no second walk.
        if (parsed.Success && format == WireFormat.Json && success!.Keys.Count > 0 && body.HasOnlyOtherTopLevelKeys(success.Keys))
        {
            return Classified.Fail(ApiError.Malformed(status, "the " + status.ToString(CultureInfo.InvariantCulture) + " answer carries none of the documented fields (" + string.Join(", ", success.Keys) + ")", Raw(body.Text), success.Variant));
        }

        // The spec's predicate on the success body itself.
        if (parsed.Success && success!.Inspect is { } inspect && inspect(parsed.Value) is { Code: { } successRaw } successStatus)
        {
            var code = CodeOf(op, successRaw);
            if (!code.IsSuccess) return Classified.Fail(Rejected(success, status, code, successStatus, parsed.Value, body.Text, format, retryAfter));
        }

        // Documented errors that may come with this status: a failure code in the body is never a success.
        object? errorBody = null;
        ResponseCase? errorCase = null;
        BodyStatus errorStatus = default;
        if (!body.IsEmpty)
        {
            for (var ci = 0; ci < op.Responses.Count; ci++)
            {
                var c = op.Responses[ci];
                if (c.Outcome != ResponseOutcome.Error || c.Parse is null || !Applies(c, status, true)) continue;
                // A body that carries none of the case's fields is not that case: no parse.
                if (format == WireFormat.Json && c.Keys.Count > 0 && body.HasAnyTopLevelKey(c.Keys) == false) continue;
                object? value = null;
                BodyStatus bodyStatus = default;
                if (parsed.Success && SameBody(success!, c))
                {
                    try
                    {
                        bodyStatus = c.Inspect?.Invoke(parsed.Value) ?? BodyStatus.None;
                        value = parsed.Value;
                    }
                    catch (InvalidCastException)
                    {
                        // Same keys, other type: read it as its own type below.
                    }
                }
                if (value is null)
                {
                    var own = c.Parse(received, format);
                    if (!own.Success) continue;
                    value = own.Value;
                    bodyStatus = c.Inspect?.Invoke(value) ?? BodyStatus.None;
                }
                if (bodyStatus.Code is { } raw)
                {
                    var code = CodeOf(op, raw);
                    if (!code.IsSuccess) return Classified.Fail(Rejected(c, status, code, bodyStatus, value, body.Text, format, retryAfter));
                }
                else if (errorBody is null)
                {
                    errorBody = value;
                    errorCase = c;
                    errorStatus = bodyStatus;
                }
            }
        }

        if (success is not null)
        {
            if (success.Parse is null) return new Classified(success.Wrap?.Invoke(NoContent.Instance) ?? NoContent.Instance, null, false);
            if (parsed.Success) return new Classified(success.Wrap?.Invoke(parsed.Value) ?? parsed.Value, null, false);
            var scrubber = Scrubber;
            var where = parsed.Error.Path is { } p ? " (at " + p + ")" : string.Empty;
            var raw = Raw(body.Text);
            return Classified.Fail(ApiError.Malformed(status, "the " + (format == WireFormat.Xml ? "XML" : "JSON") + " body could not be read: " + scrubber.Text(parsed.Error.Message) + where, raw, success.Variant, new MalformedBody(raw, scrubber.Text(parsed.Error.Message), parsed.Error.Path)));
        }

        // A success status no success response documents.
        var text = body.Text;
        var scrubbed = Scrubber.Text(text);
        if (errorBody is not null && !ReferenceEquals(scrubbed, text)) errorBody = Reparse(errorCase!, scrubbed, format) ?? errorBody;
        return Classified.Fail(Unanswered(op, status, ApiErrorKind.UnexpectedStatus, scrubbed, errorBody, errorCase, errorStatus, retryAfter, null));
    }

    private Classified ErrorStatus(OperationInfo op, int status, string? mediaType, string rawText, TimeSpan? retryAfter, string? reasonPhrase)
    {
        // Error bodies are surfaced: read them from the scrubbed text, so no parsed field holds a secret.
        var text = Scrubber.Text(rawText);
        var format = MediaTypes.Lenient(mediaType, text);
        object? errorBody = null;
        ResponseCase? errorCase = null;
        BodyStatus errorStatus = default;
        for (var ci = 0; ci < op.Responses.Count; ci++)
        {
            var c = op.Responses[ci];
            if (c.Outcome != ResponseOutcome.Error || c.Parse is null || !Applies(c, status, false)) continue;
            var parsed = c.Parse(ReceivedBody.FromText(text), format);
            if (!parsed.Success) continue;
            var bodyStatus = c.Inspect?.Invoke(parsed.Value) ?? BodyStatus.None;
            if (bodyStatus.Code is { } raw)
            {
                var code = CodeOf(op, raw);
                if (!code.IsSuccess)
                {
                    var message = bodyStatus.Message is { } m ? Scrubber.Text(m) : code.Description ?? "the gateway reported code " + raw;
                    return Classified.Fail(ApiError.FromStatus(KindFor(op, status), status, message, code, parsed.Value, c.Variant, retryAfter));
                }
            }
            if (errorBody is null)
            {
                errorBody = parsed.Value;
                errorCase = c;
                errorStatus = bodyStatus;
            }
        }
        return Classified.Fail(Unanswered(op, status, KindFor(op, status), text, errorBody, errorCase, errorStatus, retryAfter, reasonPhrase));
    }

    /// <summary>An error told by the HTTP status, with what the body adds (its code, its message, or its raw text).</summary>
    private ApiError Unanswered(OperationInfo op, int status, ApiErrorKind kind, string scrubbedText, object? errorBody, ResponseCase? errorCase, BodyStatus errorStatus, TimeSpan? retryAfter, string? reasonPhrase)
    {
        GatewayCode? code = null;
        string? message = null;
        if (errorBody is not null)
        {
            if (errorStatus.Code is { } raw) code = CodeOf(op, raw);
            message = errorStatus.Message is { } m ? Scrubber.Text(m) : null;
        }
        if (code is null && op.Code?.Invoke(status.ToString(CultureInfo.InvariantCulture)) is { IsKnown: true } byStatus && BodylessErrorDocumented(op, status))
        {
            code = byStatus;
        }
        message ??= code?.Description;
        if (message is null && scrubbedText.Length > 0) message = scrubbedText.Length > MessageSnippet ? scrubbedText.Substring(0, MessageSnippet) + "…" : scrubbedText;
        message ??= reasonPhrase ?? "HTTP " + status.ToString(CultureInfo.InvariantCulture);
        var rawBody = errorBody is null && scrubbedText.Length > 0 ? Truncate(scrubbedText) : null;
        return ApiError.FromStatus(kind, status, message, code, errorBody, errorCase?.Variant, retryAfter, rawBody);
    }

    /// <summary>A failure code found in a 2xx body; the body handed out is read from the scrubbed text when the raw one held a secret.</summary>
    private ApiError Rejected(ResponseCase c, int status, GatewayCode code, BodyStatus bodyStatus, object value, string text, WireFormat format, TimeSpan? retryAfter)
    {
        var scrubber = Scrubber;
        var scrubbed = scrubber.Text(text);
        if (!ReferenceEquals(scrubbed, text)) value = Reparse(c, scrubbed, format) ?? value;
        var message = bodyStatus.Message is { } m ? scrubber.Text(m) : code.Description ?? "the gateway reported code " + code.Raw;
        return ApiError.Rejected(status, code, message, value, c.Variant, retryAfter);
    }

    private static object? Reparse(ResponseCase c, string text, WireFormat format) =>
        c.Parse?.Invoke(ReceivedBody.FromText(text), format) is { Success: true } again ? again.Value : null;

    private string Raw(string text) => Truncate(Scrubber.Text(text));

    private static string Truncate(string text) => text.Length > RawBodyLimit ? text.Substring(0, RawBodyLimit) + "…" : text;

    private static bool SameBody(ResponseCase a, ResponseCase b)
    {
        if (a.BodyType is not null || b.BodyType is not null) return a.BodyType == b.BodyType;
        if (a.Keys.Count == 0 || a.Keys.Count != b.Keys.Count) return false;
        for (var i = 0; i < a.Keys.Count; i++)
        {
            if (!string.Equals(a.Keys[i], b.Keys[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static bool BodylessErrorDocumented(OperationInfo op, int status)
    {
        for (var ci = 0; ci < op.Responses.Count; ci++)
        {
            var c = op.Responses[ci];
            if (c.Outcome == ResponseOutcome.Error && c.Parse is null && (c.Lists(status) || c.Statuses.Count == 0)) return true;
        }
        return false;
    }

    /// <summary>The documented success shape that fits best: by status, then by how many of its fields the body has.</summary>
    private static ResponseCase? ChooseSuccess(OperationInfo op, int status, ResponseBody body)
    {
        ResponseCase? best = null;
        var bestScore = -1;
        HashSet<string>? keys = null;
        for (var ci = 0; ci < op.Responses.Count; ci++)
        {
            var c = op.Responses[ci];
            if (c.Outcome != ResponseOutcome.Success || c.IsBinary || !Applies(c, status, true)) continue;
            if (best is null)
            {
                best = c;
                continue;
            }
            keys ??= TopLevelKeys(body);
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
        for (var i = 0; i < c.Keys.Count; i++)
        {
            if (keys.Contains(c.Keys[i])) score++;
        }
        return score;
    }

    private static HashSet<string> TopLevelKeys(ResponseBody body)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (MediaTypes.Lenient(null, body) == WireFormat.Xml)
        {
            var root = XmlValues.Load(body.Text, out _);
            if (root is not null)
            {
                foreach (var e in root.Elements()) keys.Add(e.Name.LocalName);
            }
            return keys;
        }
        body.CollectTopLevelKeys(keys);
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
        // Text formats are never a download: a page, a form (an echoed request), a multipart message.
        return !(mediaType!.Contains("json") || mediaType.Contains("xml") || mediaType.StartsWith("text/", StringComparison.Ordinal)
            || mediaType == "application/x-www-form-urlencoded" || mediaType.StartsWith("multipart/", StringComparison.Ordinal));
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
        for (var ci = 0; ci < op.Responses.Count; ci++)
        {
            var c = op.Responses[ci];
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
}
