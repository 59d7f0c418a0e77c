using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecGen.Analyzers
{
    /// <summary>Every SG2xxx and SG3xxx diagnostic. The help links point at docs/analyzers.md.</summary>
    public static class Descriptors
    {
        private const string Rules = "SpecGen.Rules";
        private const string Usage = "SpecGen.Usage";
        private const string Docs = SpecGen.Spec.BuildInfo.HelpLinkBase + "analyzers.md#";

        /// <summary>The property name a code fix reads: the literal value to write instead.</summary>
        public const string ReplacementKey = "SpecGen.Replacement";

        /// <summary>The property name a code fix reads: <c>string</c> or <c>number</c>.</summary>
        public const string ReplacementKindKey = "SpecGen.ReplacementKind";

        /// <summary>The property name a code fix reads: why the replacement (casing, trim, nearest).</summary>
        public const string ReplacementReasonKey = "SpecGen.ReplacementReason";

        public static readonly DiagnosticDescriptor NotAllowed = Error("SG2001", "Value not allowed by the spec", "{0}");
        public static readonly DiagnosticDescriptor OutOfRange = Error("SG2002", "Value out of the spec's range", "{0}");
        public static readonly DiagnosticDescriptor BadLength = Error("SG2003", "Text length outside the spec's bounds", "{0}");
        public static readonly DiagnosticDescriptor BadFormat = Error("SG2004", "Value not in the spec's format", "{0}");
        public static readonly DiagnosticDescriptor NoPatternMatch = Error("SG2005", "Value does not match the spec's pattern", "{0}");
        public static readonly DiagnosticDescriptor NotTrimmed = Error("SG2006", "Value has leading or trailing white space", "{0}");
        public static readonly DiagnosticDescriptor BadCount = Error("SG2007", "Wrong number of items", "{0}");
        public static readonly DiagnosticDescriptor MissingRequired = Error("SG2008", "Required value missing", "{0}");
        public static readonly DiagnosticDescriptor Forbidden = Error("SG2009", "Value not allowed here", "{0}");
        public static readonly DiagnosticDescriptor NotUnique = Error("SG2010", "Repeated value that must be unique", "{0}");
        public static readonly DiagnosticDescriptor NotSame = Error("SG2011", "Items that must be of one kind differ", "{0}");
        public static readonly DiagnosticDescriptor CompareFailed = Error("SG2012", "Fields in the wrong order", "{0}");
        public static readonly DiagnosticDescriptor VariantNotAllowed = Error("SG2013", "Variant not allowed here", "{0}");
        public static readonly DiagnosticDescriptor InvalidJson = Error("SG2014", "Invalid JSON literal", "{0}");
        public static readonly DiagnosticDescriptor JsonWrongKind = Error("SG2015", "JSON value of the wrong kind", "{0}");
        public static readonly DiagnosticDescriptor UnknownVariant = Error("SG2016", "Unknown variant", "{0}");

        public static readonly DiagnosticDescriptor SwitchWithoutDefault = new DiagnosticDescriptor(
            "SG3001",
            "Switch over an open value set without a default arm",
            "{0} is an open set: servers can send values the spec does not list, so this switch needs a default arm",
            Usage,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Open enumerations and code tables keep unknown values; a switch over them must handle the unknown case.",
            helpLinkUri: Docs + "sg3001");

        /// <summary>The SG2xxx descriptors.</summary>
        public static ImmutableArray<DiagnosticDescriptor> RuleDescriptors { get; } = ImmutableArray.Create(
            NotAllowed, OutOfRange, BadLength, BadFormat, NoPatternMatch, NotTrimmed, BadCount, MissingRequired, Forbidden,
            NotUnique, NotSame, CompareFailed, VariantNotAllowed, InvalidJson, JsonWrongKind, UnknownVariant);

        private static DiagnosticDescriptor Error(string id, string title, string format) =>
            new DiagnosticDescriptor(id, title, format, Rules, DiagnosticSeverity.Error, isEnabledByDefault: true,
                description: "A constant value breaks a rule of the spec the generated type was built from. The spec rule travels with the generated member as [SpecRule] metadata.",
                helpLinkUri: Docs + id.ToLowerInvariant());
    }
}
