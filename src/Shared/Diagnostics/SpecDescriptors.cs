using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecGen.Shared.Diagnostics
{
    /// <summary>
    /// The one Roslyn descriptor catalog for SG1xxx, linked into the generator and the analyzers. IDs are written
    /// out as constants so release tracking (AnalyzerReleases.*.md) sees them. The spec-file IDs (SG10xx to SG13xx)
    /// mirror SpecGen.Spec.Diagnostics.SpecDiagnostics.All (a test keeps them equal); their message is the spec
    /// reader's text. SG14xx are the build environment checks the generator makes before it emits anything.
    /// </summary>
    internal static class SpecDescriptors
    {
        public const string SpecCategory = "SpecGen.Spec";
        public const string BuildCategory = "SpecGen.Build";
        private const string Help = SpecGen.Spec.BuildInfo.HelpLinkBase + "diagnostics.md#";

        public static readonly DiagnosticDescriptor SG1001 = Spec("SG1001", "Invalid YAML", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1002 = Spec("SG1002", "Duplicate key", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1003 = Spec("SG1003", "Unsupported YAML feature", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1004 = Spec("SG1004", "Nesting too deep", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1005 = Spec("SG1005", "Empty spec file", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SG1101 = Spec("SG1101", "Missing required key", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1102 = Spec("SG1102", "Unknown key", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SG1103 = Spec("SG1103", "Wrong kind of value", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1104 = Spec("SG1104", "Invalid value", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1105 = Spec("SG1105", "Unsupported spec language version", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1106 = Spec("SG1106", "Invalid name", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1201 = Spec("SG1201", "Duplicate name", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1202 = Spec("SG1202", "Conflicting header value", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1203 = Spec("SG1203", "Missing spec header value", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1301 = Spec("SG1301", "Unknown type", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1302 = Spec("SG1302", "Unknown code table", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1303 = Spec("SG1303", "Rule on a missing field", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1304 = Spec("SG1304", "Empty or contradictory range", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1305 = Spec("SG1305", "Invalid regular expression", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1306 = Spec("SG1306", "Union variant without a schema", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1307 = Spec("SG1307", "Lookup row with wrong arity", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1308 = Spec("SG1308", "Duplicate lookup key", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1309 = Spec("SG1309", "Unknown lookup column", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1310 = Spec("SG1310", "Duplicate code or value", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1311 = Spec("SG1311", "Path parameter mismatch", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1312 = Spec("SG1312", "Rule does not fit the type", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1313 = Spec("SG1313", "Value not of the declared type", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1314 = Spec("SG1314", "Condition on a missing field", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1315 = Spec("SG1315", "Operation without a source", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1316 = Spec("SG1316", "Ambiguous operation body", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1317 = Spec("SG1317", "Array without item type", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1318 = Spec("SG1318", "Unknown union variant", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1319 = Spec("SG1319", "Unknown format", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1320 = Spec("SG1320", "Empty set of allowed values", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1321 = Spec("SG1321", "Default value breaks a rule", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1322 = Spec("SG1322", "Credential declared as a parameter", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SG1323 = Spec("SG1323", "Body status on a missing field", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1324 = Spec("SG1324", "Body status does not fit the body", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1325 = Spec("SG1325", "Success code not in the table", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1326 = Spec("SG1326", "Time zone on a value that is not a date-time", DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SG1410 = Spec("SG1410", "Change breaks the locked spec surface", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SG1327 = Spec("SG1327", "Response with both body and items", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor SG1401 = new DiagnosticDescriptor(
            "SG1401",
            "SpecGen.Runtime is not referenced",
            "The bindings of spec {0} call SpecGen.Runtime, which this project does not reference; reference the SpecGen package (or SpecGen.Runtime). Nothing is generated until then.",
            BuildCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Generated code uses the runtime helpers (validation, wire readers and writers, HTTP transport). Without the reference every generated file would fail with CS0246; SpecGen reports this once instead.",
            helpLinkUri: Help + "sg1401");

        public static readonly DiagnosticDescriptor SG1402 = new DiagnosticDescriptor(
            "SG1402",
            "C# 11 or later is required",
            "The bindings of spec {0} need C# 11 or later (required members), but this project compiles C# {1}; raise <LangVersion> to 11 or later. Nothing is generated until then.",
            BuildCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Generated code uses required members and other C# 11 features. Compiled as older C# it would fail with a flood of CS errors; SpecGen reports this once instead.",
            helpLinkUri: Help + "sg1402");

        public static readonly DiagnosticDescriptor SG1420 = Spec("SG1420", "Generated C# names collide", DiagnosticSeverity.Warning);

        /// <summary>The spec-file descriptors (SG10xx to SG13xx), in ID order: what the live spec analyzer reports.</summary>
        public static ImmutableArray<DiagnosticDescriptor> SpecFile { get; } = ImmutableArray.Create(
            SG1001, SG1002, SG1003, SG1004, SG1005, SG1101, SG1102, SG1103, SG1104, SG1105, SG1106, SG1201, SG1202, SG1203, SG1301, SG1302, SG1303, SG1304, SG1305, SG1306, SG1307, SG1308, SG1309, SG1310, SG1311, SG1312, SG1313, SG1314, SG1315, SG1316, SG1317, SG1318, SG1319, SG1320, SG1321, SG1322, SG1323, SG1324, SG1325, SG1326, SG1327, SG1410);

        /// <summary>The build environment descriptors (SG14xx), reported by the generator only.</summary>
        public static ImmutableArray<DiagnosticDescriptor> Environment { get; } = ImmutableArray.Create(SG1401, SG1402);

        /// <summary>The binding plan's descriptors (SG142x), reported by the generator only: the analyzers do not plan.</summary>
        public static ImmutableArray<DiagnosticDescriptor> Binding { get; } = ImmutableArray.Create(SG1420);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index();

        /// <summary>The descriptor of a spec diagnostic ID; null for an ID newer than this catalog.</summary>
        public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out var d) ? d : null;

        private static DiagnosticDescriptor Spec(string id, string title, DiagnosticSeverity severity) =>
            new DiagnosticDescriptor(id, title, "{0}", SpecCategory, severity, isEnabledByDefault: true, helpLinkUri: Help + id.ToLowerInvariant());

        private static Dictionary<string, DiagnosticDescriptor> Index()
        {
            var index = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
            foreach (var d in SpecFile) index[d.Id] = d;
            foreach (var d in Environment) index[d.Id] = d;
            foreach (var d in Binding) index[d.Id] = d;
            return index;
        }
    }
}
