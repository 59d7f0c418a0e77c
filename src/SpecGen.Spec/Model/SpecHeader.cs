namespace SpecGen.Spec.Model
{
    /// <summary>The file header: identity, base URL, auth and transport-wide settings.</summary>
    public sealed record SpecHeader(
        string Provider,
        string Version,
        string? Title,
        string? Namespace,
        string? StripPrefix,
        string? Document,
        string? BaseUrl,
        AuthSpec? Auth,
        string? MethodOverride,
        ResponseFormatSpec? ResponseFormat,
        RateLimitSpec? RateLimit,
        string? Note,
        SourceSpan Span)
    {
        /// <summary>
        /// <c>extends: provider/version</c>: a compiled spec whose shared blocks (base_url, strip_prefix, auth,
        /// response_format, method_override, enums and code tables) this spec reuses where it sets none of its own.
        /// </summary>
        public string? Extends { get; init; }
    }

    /// <summary>How credentials travel: <c>fields</c>, <c>bearer</c> or <c>basic</c>.</summary>
    public sealed record AuthSpec(string Scheme, EquatableArray<AuthFieldSpec> Fields, string? Header, string? QueryParameter, string? Note, SourceSpan Span);

    /// <summary>A credential sent as an ordinary parameter.</summary>
    public sealed record AuthFieldSpec(string Name, string? Description, bool Secret);

    /// <summary>How a caller picks the response body format.</summary>
    public sealed record ResponseFormatSpec(string Parameter, string Default, EquatableArray<KeyValue> Values, string? Note);

    /// <summary>A documented rate limit (informative).</summary>
    public sealed record RateLimitSpec(int Requests, string Per, string? AppliesTo, string? Note);

    /// <summary>A key and its value.</summary>
    public sealed record KeyValue(string Key, string Value);
}
