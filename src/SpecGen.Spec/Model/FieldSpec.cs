namespace SpecGen.Spec.Model
{
    /// <summary>A parameter of an operation or a field of a schema.</summary>
    public sealed record FieldSpec(
        string WireName,
        TypeRef Type,
        bool Required,
        string? Default,
        string? Description,
        ListSpec? List,
        string? In,
        string? EncodeAs,
        EquatableArray<string> Aliases,
        string? CSharpName,
        string? XmlItem,
        EquatableArray<RuleSpec> Rules,
        string? Note,
        SourceSpan Span,
        string? TimeZone = null);

    /// <summary>A type reference: a primitive, a named type, or an array of one.</summary>
    public sealed record TypeRef(string Name, TypeRef? Items)
    {
        /// <summary>
        /// True for <c>array</c> and <c>one_or_many</c>: both hold items (count rules, <c>[]</c> paths and item
        /// rules apply the same way); <see cref="IsOneOrMany"/> tells them apart where the wire form differs.
        /// </summary>
        public bool IsArray => Name == PrimitiveTypes.Array || Name == PrimitiveTypes.OneOrMany;

        /// <summary>True for <c>one_or_many</c>: the wire carries either one item or an array of items.</summary>
        public bool IsOneOrMany => Name == PrimitiveTypes.OneOrMany;

        /// <inheritdoc />
        public override string ToString() => IsOneOrMany ? (Items?.ToString() ?? "?") + " or " + (Items?.ToString() ?? "?") + "[]" : IsArray ? (Items?.ToString() ?? "?") + "[]" : Name;
    }

    /// <summary>A value written on the wire as a delimited list; <see cref="PercentEncoded"/> when servers may send it percent-encoded ("13%2C19").</summary>
    public sealed record ListSpec(EquatableArray<string> Separators, string Join, bool PercentEncoded = false);

    /// <summary>The primitive type names of the language.</summary>
    public static class PrimitiveTypes
    {
        public const string String = "string";
        public const string Int = "int";
        public const string Long = "long";
        public const string Decimal = "decimal";
        public const string Bool = "bool";
        public const string Url = "url";
        public const string Phone = "phone";
        public const string DateTime = "datetime";
        public const string Date = "date";
        public const string Binary = "binary";
        public const string Array = "array";

        /// <summary>One item or an array of items (the documents' "string/array"); needs <c>items:</c> like <see cref="Array"/>.</summary>
        public const string OneOrMany = "one_or_many";

        /// <summary>All primitive names (array and one_or_many included).</summary>
        public static readonly string[] All = { String, Int, Long, Decimal, Bool, Url, Phone, DateTime, Date, Binary, Array, OneOrMany };

        /// <summary>True for the type names that take <c>items:</c>.</summary>
        public static bool TakesItems(string name) => name == Array || name == OneOrMany;

        /// <summary>True for a primitive type name.</summary>
        public static bool IsPrimitive(string name) => System.Array.IndexOf(All, name) >= 0;

        /// <summary>True for the numeric primitives.</summary>
        public static bool IsNumeric(string name) => name == Int || name == Long || name == Decimal;

        /// <summary>True for primitives carried as text.</summary>
        public static bool IsTextual(string name) => name == String || name == Url || name == Phone || name == DateTime || name == Date;
    }
}
