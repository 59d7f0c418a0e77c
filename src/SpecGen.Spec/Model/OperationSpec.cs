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
        SourceSpan Span)
    {
        /// <summary>True for webhooks.</summary>
        public bool IsWebhook => Kind == OperationKinds.Webhook;
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
        SourceSpan Span);

    /// <summary>What a webhook receiver answers.</summary>
    public sealed record ReplySpec(int Status, string? Body, string? Note);
}
