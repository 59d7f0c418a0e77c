using SpecGen.Runtime.Wire;

namespace SpecGen.Runtime.Http;

/// <summary>How a spec authenticates (its <c>auth:</c> header), as generated clients describe it to the transport.</summary>
public sealed class AuthInfo
{
    private AuthInfo(string scheme, IReadOnlyList<AuthField> fields, string? header, string? queryParameter)
    {
        Scheme = scheme;
        Fields = fields;
        Header = header;
        QueryParameter = queryParameter;
    }

    /// <summary>No authentication.</summary>
    public static AuthInfo None { get; } = new("none", Array.Empty<AuthField>(), null, null);

    /// <summary><c>fields</c>, <c>bearer</c>, <c>basic</c> or <c>none</c>.</summary>
    public string Scheme { get; }

    /// <summary>The credential fields of the <c>fields</c> scheme, in spec order.</summary>
    public IReadOnlyList<AuthField> Fields { get; }

    /// <summary>The header of the <c>bearer</c> scheme (default <c>Authorization</c>).</summary>
    public string? Header { get; }

    /// <summary>The query-parameter fallback of the <c>bearer</c> scheme, used only when the caller asks for it.</summary>
    public string? QueryParameter { get; }

    /// <summary>Credentials as named parameters.</summary>
    public static AuthInfo ForFields(params AuthField[] fields) => new(AuthSchemes.Fields, fields ?? Array.Empty<AuthField>(), null, null);

    /// <summary>A bearer token in <paramref name="header"/>, or in <paramref name="queryParameter"/> when asked.</summary>
    public static AuthInfo ForBearer(string? header, string? queryParameter) => new(AuthSchemes.Bearer, Array.Empty<AuthField>(), header ?? "Authorization", queryParameter);

    /// <summary>HTTP Basic.</summary>
    public static AuthInfo ForBasic() => new(AuthSchemes.Basic, Array.Empty<AuthField>(), "Authorization", null);
}

/// <summary>One credential field of the <c>fields</c> scheme.</summary>
/// <param name="Name">The wire name.</param>
/// <param name="Secret">True when the spec marks it secret (all values are redacted anyway).</param>
public sealed record AuthField(string Name, bool Secret);

/// <summary>How the caller picks JSON or XML responses (the spec's <c>response_format:</c>).</summary>
/// <param name="Parameter">The request parameter.</param>
/// <param name="JsonValue">The parameter value that asks for JSON.</param>
/// <param name="XmlValue">The parameter value that asks for XML.</param>
public sealed record ResponseFormatInfo(string Parameter, string? JsonValue, string? XmlValue);

/// <summary>The body format of a response.</summary>
public enum WireFormat
{
    /// <summary>JSON (the default).</summary>
    Json,

    /// <summary>XML.</summary>
    Xml,
}

/// <summary>A documented outcome of an operation.</summary>
public enum ResponseOutcome
{
    /// <summary>The call did what was asked.</summary>
    Success,

    /// <summary>The gateway refused or failed the call.</summary>
    Error,
}

/// <summary>
/// One documented response of an endpoint (the spec's <c>responses:</c> entry), with the generated
/// readers of its body. Built by generated clients; the transport picks the case that fits what the
/// server answered.
/// </summary>
/// <param name="outcome">Success or error.</param>
/// <param name="statuses">The documented HTTP statuses; empty when the document gives none (the case then applies to any status of its outcome).</param>
/// <param name="variant">The spec's variant label, if any.</param>
/// <param name="binaryContentTypes">For a download: the documented content types; null for a body or an empty response.</param>
/// <param name="parse">Reads the body (JSON from its bytes, XML from its text); null when the response has no body.</param>
/// <param name="keys">The wire names of the body's top-level fields (used to choose between success shapes).</param>
/// <param name="inspect">Reads the status code and message carried in a parsed body; null when the body carries none.</param>
/// <param name="wrap">Turns the parsed body (or <see cref="BinaryContent"/>) into the method's result type; null for identity.</param>
public sealed class ResponseCase(
    ResponseOutcome outcome,
    int[] statuses,
    string? variant,
    string[]? binaryContentTypes,
    Func<ReceivedBody, WireFormat, ParseResult<object>>? parse,
    string[] keys,
    Func<object, BodyStatus>? inspect,
    Func<object, object>? wrap)
{
    /// <summary>Success or error.</summary>
    public ResponseOutcome Outcome { get; } = outcome;

    /// <summary>Documented HTTP statuses (empty: not documented).</summary>
    public IReadOnlyList<int> Statuses { get; } = statuses ?? Array.Empty<int>();

    /// <summary>The spec's variant label.</summary>
    public string? Variant { get; } = variant;

    /// <summary>Documented content types of a download; null when not a download.</summary>
    public IReadOnlyList<string>? BinaryContentTypes { get; } = binaryContentTypes;

    /// <summary>True for a download.</summary>
    public bool IsBinary => BinaryContentTypes is not null;

    /// <summary>The body reader.</summary>
    public Func<ReceivedBody, WireFormat, ParseResult<object>>? Parse { get; } = parse;

    /// <summary>Top-level field names of the body.</summary>
    public IReadOnlyList<string> Keys { get; } = keys ?? Array.Empty<string>();

    /// <summary>
    /// Reads the code and message of a parsed body: the spec's word on which status values of the body mean
    /// failure. On an error case it tells a documented error carried by any status. On a success case it is
    /// the predicate applied to the success body itself: a failure code there makes the answer
    /// <see cref="ApiErrorKind.Rejected"/>, never a success, without parsing the body again.
    /// </summary>
    public Func<object, BodyStatus>? Inspect { get; } = inspect;

    /// <summary>
    /// The type <see cref="Parse"/> produces, when the generated code says so. Cases with the same body type
    /// share one parse of the body; without it, cases whose <see cref="Keys"/> are identical are assumed to
    /// share their type (and parsed separately when the assumption fails).
    /// </summary>
    public Type? BodyType { get; init; }

    /// <summary>Converts the parsed value to the method's result type.</summary>
    public Func<object, object>? Wrap { get; } = wrap;

    /// <summary>True when the case documents <paramref name="status"/> explicitly.</summary>
    public bool Lists(int status)
    {
        for (var i = 0; i < Statuses.Count; i++)
        {
            if (Statuses[i] == status) return true;
        }
        return false;
    }
}

/// <summary>The status code and message a response body carries (raw text, before the code table is applied).</summary>
/// <param name="Code">The raw code, or null when the body carries none.</param>
/// <param name="Message">The server's message, if any.</param>
public readonly record struct BodyStatus(string? Code, string? Message)
{
    /// <summary>No code, no message.</summary>
    public static BodyStatus None => default;
}

/// <summary>An endpoint as the generated client describes it to the transport.</summary>
/// <param name="name">The spec's operation name.</param>
/// <param name="method">HTTP method.</param>
/// <param name="encoding"><c>form</c>, <c>query</c>, <c>json</c> or <c>none</c>.</param>
/// <param name="responses">The documented responses, in spec order.</param>
/// <param name="code">Makes the typed code-table entry from a raw code; null when the operation has no code table.</param>
/// <param name="sendsFormatParameter">True when the operation takes the spec's response-format parameter.</param>
public sealed class OperationInfo(string name, string method, string encoding, ResponseCase[] responses, Func<string, GatewayCode?>? code, bool sendsFormatParameter)
{
    /// <summary>The spec's operation name.</summary>
    public string Name { get; } = name;

    /// <summary>HTTP method.</summary>
    public string Method { get; } = method;

    /// <summary>How parameters travel.</summary>
    public string Encoding { get; } = encoding;

    /// <summary>The documented responses.</summary>
    public IReadOnlyList<ResponseCase> Responses { get; } = responses ?? Array.Empty<ResponseCase>();

    /// <summary>The code-table lookup.</summary>
    public Func<string, GatewayCode?>? Code { get; } = code;

    /// <summary>True when the operation takes the response-format parameter.</summary>
    public bool SendsFormatParameter { get; } = sendsFormatParameter;

    /// <summary>
    /// What the spec says about repeating this call: true when it is safe to send again, false when it must
    /// never be repeated, null (the default) when the spec is silent and HTTP decides.
    /// </summary>
    public bool? Idempotent { get; init; }

    /// <summary>
    /// True when a retry policy may repeat the call: as the spec declares (<see cref="Idempotent"/>), else
    /// for GET, HEAD and OPTIONS only. Never "anything but POST": a DELETE or PUT of a gateway may
    /// cancel or bill something twice.
    /// </summary>
    public bool IsIdempotent => Idempotent ?? HttpMethods.IsSafe(Method);

    /// <summary>True when any documented success is a download.</summary>
    public bool HasDownload { get; } = Downloads(responses);

    /// <summary>The method's <see cref="HttpMethod"/>, made on the first call and kept (every call sends it).</summary>
    internal HttpMethod WireMethod => _wireMethod ??= HttpMethods.Of(Method);

    private HttpMethod? _wireMethod;

    /// <summary>True when parameters travel in a body (see <see cref="HttpMethods.HasBody"/>), decided once.</summary>
    internal bool SendsBody { get; } = HttpMethods.HasBody(method);

    private static bool Downloads(ResponseCase[]? responses)
    {
        foreach (var r in responses ?? Array.Empty<ResponseCase>())
        {
            if (r.Outcome == ResponseOutcome.Success && r.IsBinary) return true;
        }
        return false;
    }
}

/// <summary>Helpers generated code uses to describe responses.</summary>
public static class ResponseReaders
{
    /// <summary>Widens a parse result to <see cref="object"/>.</summary>
    public static ParseResult<object> Box<T>(ParseResult<T> result) where T : class =>
        result.Success ? ParseResult<object>.Ok(result.Value) : ParseResult<object>.Fail(result.Error.Message, result.Error.Path);

    /// <summary>A failure for a body format the type cannot read.</summary>
    public static ParseResult<object> Unsupported(WireFormat format) => ParseResult<object>.Fail("this body has no " + (format == WireFormat.Xml ? "XML" : "JSON") + " form");

    /// <summary>Text of a number for a raw code.</summary>
    public static string? Raw(long? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Text of a number for a raw code.</summary>
    public static string? Raw(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A raw code that is already text.</summary>
    public static string? Raw(string? value) => value;

    /// <summary>The success codes assumed when an operation has no code table: 0.</summary>
    public static readonly string[] DefaultSuccessCodes = { "0" };

    /// <summary>True when <paramref name="raw"/> is one of <paramref name="successCodes"/> (numbers compared by value: "000" = "0").</summary>
    public static bool IsSuccessCode(string raw, string[] successCodes)
    {
        if (raw is null || successCodes is null) return false;
        var trimmed = raw.Trim();
        var isNumber = long.TryParse(trimmed, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number);
        foreach (var code in successCodes)
        {
            if (string.Equals(code, trimmed, StringComparison.Ordinal)) return true;
            if (isNumber && long.TryParse(code, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var other) && other == number) return true;
        }
        return false;
    }

    /// <summary>
    /// The status of a body whose code sits in its items (one status per receiver): the first item whose
    /// code is not a success, else <see cref="BodyStatus.None"/>.
    /// </summary>
    public static BodyStatus FirstFailure<TItem>(IReadOnlyList<TItem>? items, Func<TItem, string?> code, Func<TItem, string?> message, string[] successCodes)
    {
        if (items is null) return BodyStatus.None;
        foreach (var item in items)
        {
            if (item is null) continue;
            if (code(item) is { } raw && !IsSuccessCode(raw, successCodes)) return new BodyStatus(raw, message(item));
        }
        return BodyStatus.None;
    }
}
