namespace SpecGen.Spec.Model
{
    /// <summary>An object schema: named fields plus cross-field rules.</summary>
    public sealed record SchemaSpec(string Name, string? Description, string? XmlRoot, EquatableArray<FieldSpec> Fields, EquatableArray<RuleSpec> Rules, string? Note, SourceSpan Span, BodyStatusSpec? BodyStatus = null);

    /// <summary>A discriminated union: the discriminator field's value selects the variant schema.</summary>
    public sealed record UnionSpec(string Name, string? Description, string Discriminator, EquatableArray<UnionVariant> Variants, string? Note, SourceSpan Span);

    /// <summary>One variant of a union.</summary>
    public sealed record UnionVariant(string Value, string Schema, SourceSpan Span);

    /// <summary>An enumeration of string values; open enums keep unknown values.</summary>
    public sealed record EnumSpec(string Name, string? Description, bool Open, EquatableArray<EnumValueSpec> Values, string? Note, SourceSpan Span);

    /// <summary>One enumeration value.</summary>
    public sealed record EnumValueSpec(string Value, string? Description, string? Note, SourceSpan Span);

    /// <summary>
    /// A table of codes (numeric or string keys) with meanings. <see cref="Success"/> lists the codes that
    /// mean success (the spec's <c>success:</c>); every other code, listed or not, is a failure.
    /// </summary>
    public sealed record CodeTableSpec(string Name, string? Description, string? Source, string Key, bool Open, EquatableArray<CodeSpec> Codes, string? Note, SourceSpan Span, EquatableArray<string> Success = default)
    {
        /// <summary>The success codes: the declared ones, else 0 and the codes whose meaning is "OK" (the rule before <c>success:</c> existed).</summary>
        public System.Collections.Generic.IReadOnlyList<string> SuccessCodes
        {
            get
            {
                if (Success.Count > 0) return Success.AsArray();
                var list = new System.Collections.Generic.List<string> { "0" };
                foreach (var c in Codes)
                {
                    if (string.Equals(c.Meaning?.Trim(), "OK", System.StringComparison.OrdinalIgnoreCase) && !list.Contains(c.Code)) list.Add(c.Code);
                }
                return list;
            }
        }

        /// <summary>
        /// The spec's <c>csharp:</c>: the C# name of the table's type, for a table whose derived name would stutter
        /// (<c>error_code</c> → <c>ErrorCodeCode</c>); null derives it (the name in PascalCase with <c>Code</c> appended).
        /// </summary>
        public string? CSharpName { get; init; }
    }

    /// <summary>One code of a code table.</summary>
    public sealed record CodeSpec(string Code, string? Meaning, string? Description, string? Note, SourceSpan Span);

    /// <summary>A lookup table of string rows (e.g. network codes).</summary>
    public sealed record LookupSpec(
        string Name,
        string? Description,
        string? Source,
        EquatableArray<string> Columns,
        string? Key,
        EquatableArray<EquatableArray<string>> Indexes,
        EquatableArray<LookupRow> Rows,
        string? Note,
        SourceSpan Span);

    /// <summary>One lookup row.</summary>
    public sealed record LookupRow(EquatableArray<string> Values, string? Note, SourceSpan Span);
}
