namespace SpecGen.Spec.Model
{
    /// <summary>
    /// A declarative rule. <see cref="Kind"/> is one of <see cref="RuleKinds"/>; the other members are
    /// used as that kind needs them. A rule on a field has no <see cref="Target"/>; a schema- or
    /// operation-level rule names its target path. <see cref="IgnoreCase"/>: an <c>allowed</c> rule that
    /// compares text ignoring case (<c>ignore_case: true</c>).
    /// </summary>
    public sealed record RuleSpec(
        string Kind,
        string? Target,
        EquatableArray<string> Values,
        decimal? Min,
        decimal? Max,
        string? Format,
        string? Pattern,
        string? Right,
        string? Operator,
        ConditionSpec? When,
        string? Message,
        string? Note,
        SourceSpan Span,
        bool IgnoreCase = false);

    /// <summary>The rule kinds of the language.</summary>
    public static class RuleKinds
    {
        public const string Allowed = "allowed";
        public const string Range = "range";
        public const string Length = "length";
        public const string Format = "format";
        public const string Pattern = "pattern";
        public const string Trimmed = "trimmed";
        public const string Count = "count";
        public const string Required = "required";
        public const string Forbidden = "forbidden";
        public const string Unique = "unique";
        public const string Same = "same";
        public const string Compare = "compare";
        public const string AllowedVariants = "allowed_variants";

        /// <summary>Kinds written on a field (the field is the target).</summary>
        public static readonly string[] FieldKinds = { Allowed, Range, Length, Format, Pattern, Trimmed, Count, AllowedVariants, "required_when", "forbidden_when" };

        /// <summary>Kinds written in a schema's or operation's rules (they name a target).</summary>
        public static readonly string[] ObjectKinds = { Required, Forbidden, Unique, Same, Compare, Count, Allowed, Range, Length, Format, Pattern, Trimmed, AllowedVariants };
    }

    /// <summary>The known formats.</summary>
    public static class Formats
    {
        public static readonly string[] All = { "phone", "url", "datetime", "date", "hex", "emoji" };
    }

    /// <summary>A condition on a sibling (or nested) field.</summary>
    public sealed record ConditionSpec(string Kind, string? Field, EquatableArray<string> Values, bool Present, decimal? Count, ConditionSpec? Inner);

    /// <summary>Condition kinds.</summary>
    public static class ConditionKinds
    {
        public const string Equal = "equals";
        public const string In = "in";
        public const string Present = "present";
        public const string CountGreaterThan = "count_gt";
        public const string Not = "not";
    }
}
