// Shared source (linked, not a project): the names of the binding-contract attributes, written by the
// generator and read by the analyzers. The attribute classes live in SpecGen.Runtime/Validation/Metadata.
namespace SpecGen.Shared.Metadata
{
    /// <summary>Metadata names of the attributes that carry spec facts on generated code, and their named arguments.</summary>
    internal static class MetadataNames
    {
        public const string Namespace = "SpecGen.Runtime.Validation";
        public const string Rule = Namespace + ".SpecRuleAttribute";
        public const string Field = Namespace + ".SpecFieldAttribute";
        public const string Value = Namespace + ".SpecValueAttribute";
        public const string ValueSet = Namespace + ".SpecValueSetAttribute";
        public const string Union = Namespace + ".SpecUnionAttribute";
        public const string Variant = Namespace + ".SpecVariantAttribute";
        public const string Operation = Namespace + ".SpecOperationAttribute";
        public const string Sequence = Namespace + ".SpecSequenceAttribute";

        /// <summary>The runtime type of a one_or_many field (a list that also takes one item on its own).</summary>
        public const string OneOrManyType = "SpecGen.Runtime.Wire.OneOrMany`1";

        /// <summary>The name to write in generated code: <c>global::SpecGen.Runtime.Validation.SpecRule</c>.</summary>
        public static string Usage(string metadataName) => "global::" + metadataName.Substring(0, metadataName.Length - "Attribute".Length);

        // Named arguments of [SpecRule].
        public const string Target = "Target";
        public const string Values = "Values";
        public const string IgnoreCase = "IgnoreCase";
        public const string Min = "Min";
        public const string Max = "Max";
        public const string Format = "Format";
        public const string Pattern = "Pattern";
        public const string Right = "Right";
        public const string Operator = "Operator";
        public const string Message = "Message";
        public const string When = "When";
        public const string WhenField = "WhenField";
        public const string WhenValues = "WhenValues";
        public const string WhenPresent = "WhenPresent";
        public const string WhenCount = "WhenCount";
        public const string WhenNegated = "WhenNegated";

        // Named arguments of [SpecField] and [SpecUnion].
        public const string Aliases = "Aliases";
        public const string Fixed = "Fixed";
        public const string Discriminator = "Discriminator";
        public const string SequenceType = "Sequence";
    }
}
