namespace SpecGen.Spec.Model
{
    /// <summary>An endpoint (we call the gateway) or a webhook (the gateway calls us).</summary>
    public sealed record OperationSpec(
        string Name,
        string Kind,
        string? Summary,
        string? Description,
        string? Source,
        string Method,
        string Path,
        string Encoding,
        EquatableArray<FieldSpec> Parameters,
        string? Body,
        EquatableArray<ResponseSpec> Responses,
        string? CodeTable,
        ReplySpec? Reply,
        EquatableArray<RuleSpec> Rules,
        string? Note,
        SourceSpan Span,
        EquatableArray<string> ContentTypes = default)
    {
        /// <summary>True for webhooks.</summary>
        public bool IsWebhook => Kind == OperationKinds.Webhook;

        /// <summary>
        /// The spec's <c>csharp:</c>: the C# name of the operation's request (endpoint) or event (webhook) class, for an
        /// operation whose derived name would stutter (<c>verify_request</c> → <c>VerifyRequestRequest</c>); null derives it.
        /// </summary>
        public string? CSharpName { get; init; }
    }

    /// <summary>The operation kinds.</summary>
    public static class OperationKinds
    {
        public const string Endpoint = "endpoint";
        public const string Webhook = "webhook";
    }

    /// <summary>A documented response: outcome, HTTP statuses, body shape and formats.</summary>
    public sealed record ResponseSpec(
        string Outcome,
        EquatableArray<int> Statuses,
        string? Body,
        EquatableArray<string> Formats,
        string? Variant,
        string? When,
        EquatableArray<string> BinaryContentTypes,
        bool IsBinary,
        string? Note,
        SourceSpan Span,
        bool IsArray = false,
        BodyStatusSpec? BodyStatus = null)
    {
        /// <summary>The spec type of the body: the schema, or <c>Schema[]</c> for an array body (<c>items:</c>).</summary>
        public string? BodyType => Body is null ? null : IsArray ? Body + "[]" : Body;
    }

    /// <summary>
    /// Where a body says how the call went (the spec's <c>body_status:</c>): the field holding the status
    /// code, the field holding the server's message, and the fields a successful body (or an accepted item)
    /// must carry. Paths are dotted; a <c>[]</c> step makes the code a per-item code (one per receiver).
    /// </summary>
    public sealed record BodyStatusSpec(string? Code, string? Message, EquatableArray<string> Requires, string? Note, SourceSpan Span)
    {
        /// <summary>The array part of <see cref="Code"/> (before <c>[]</c>), or null for a body-level code.</summary>
        public string? ItemsPath => Code is { } c && c.IndexOf("[]", System.StringComparison.Ordinal) is var i && i > 0 ? c.Substring(0, i) : null;
    }

    /// <summary>What a webhook receiver answers.</summary>
    public sealed record ReplySpec(int Status, string? Body, string? Note);
}
