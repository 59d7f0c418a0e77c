using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecGen.Analyzers
{
    /// <summary>
    /// The SG1xxx descriptors, written out with constant IDs so release tracking (AnalyzerReleases.*.md)
    /// sees them. Kept equal to SpecGen.Spec.Diagnostics.SpecDiagnostics.All by a test.
    /// </summary>
    public static class SpecFileDescriptors
    {
        private const string Category = "SpecGen.Spec";
        private const string Help = "https://github.com/specgen/specgen/blob/main/docs/diagnostics.md#";

        public static readonly DiagnosticDescriptor SG1001 = new DiagnosticDescriptor("SG1001", "Invalid YAML", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1001");
        public static readonly DiagnosticDescriptor SG1002 = new DiagnosticDescriptor("SG1002", "Duplicate key", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1002");
        public static readonly DiagnosticDescriptor SG1003 = new DiagnosticDescriptor("SG1003", "Unsupported YAML feature", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1003");
        public static readonly DiagnosticDescriptor SG1004 = new DiagnosticDescriptor("SG1004", "Nesting too deep", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1004");
        public static readonly DiagnosticDescriptor SG1005 = new DiagnosticDescriptor("SG1005", "Empty spec file", "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Help + "sg1005");
        public static readonly DiagnosticDescriptor SG1101 = new DiagnosticDescriptor("SG1101", "Missing required key", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1101");
        public static readonly DiagnosticDescriptor SG1102 = new DiagnosticDescriptor("SG1102", "Unknown key", "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Help + "sg1102");
        public static readonly DiagnosticDescriptor SG1103 = new DiagnosticDescriptor("SG1103", "Wrong kind of value", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1103");
        public static readonly DiagnosticDescriptor SG1104 = new DiagnosticDescriptor("SG1104", "Invalid value", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1104");
        public static readonly DiagnosticDescriptor SG1105 = new DiagnosticDescriptor("SG1105", "Unsupported spec language version", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1105");
        public static readonly DiagnosticDescriptor SG1106 = new DiagnosticDescriptor("SG1106", "Invalid name", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1106");
        public static readonly DiagnosticDescriptor SG1201 = new DiagnosticDescriptor("SG1201", "Duplicate name", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1201");
        public static readonly DiagnosticDescriptor SG1202 = new DiagnosticDescriptor("SG1202", "Conflicting header value", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1202");
        public static readonly DiagnosticDescriptor SG1203 = new DiagnosticDescriptor("SG1203", "Missing spec header value", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1203");
        public static readonly DiagnosticDescriptor SG1301 = new DiagnosticDescriptor("SG1301", "Unknown type", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1301");
        public static readonly DiagnosticDescriptor SG1302 = new DiagnosticDescriptor("SG1302", "Unknown code table", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1302");
        public static readonly DiagnosticDescriptor SG1303 = new DiagnosticDescriptor("SG1303", "Rule on a missing field", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1303");
        public static readonly DiagnosticDescriptor SG1304 = new DiagnosticDescriptor("SG1304", "Empty or contradictory range", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1304");
        public static readonly DiagnosticDescriptor SG1305 = new DiagnosticDescriptor("SG1305", "Invalid regular expression", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1305");
        public static readonly DiagnosticDescriptor SG1306 = new DiagnosticDescriptor("SG1306", "Union variant without a schema", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1306");
        public static readonly DiagnosticDescriptor SG1307 = new DiagnosticDescriptor("SG1307", "Lookup row with wrong arity", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1307");
        public static readonly DiagnosticDescriptor SG1308 = new DiagnosticDescriptor("SG1308", "Duplicate lookup key", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1308");
        public static readonly DiagnosticDescriptor SG1309 = new DiagnosticDescriptor("SG1309", "Unknown lookup column", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1309");
        public static readonly DiagnosticDescriptor SG1310 = new DiagnosticDescriptor("SG1310", "Duplicate code or value", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1310");
        public static readonly DiagnosticDescriptor SG1311 = new DiagnosticDescriptor("SG1311", "Path parameter mismatch", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1311");
        public static readonly DiagnosticDescriptor SG1312 = new DiagnosticDescriptor("SG1312", "Rule does not fit the type", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1312");
        public static readonly DiagnosticDescriptor SG1313 = new DiagnosticDescriptor("SG1313", "Value not of the declared type", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1313");
        public static readonly DiagnosticDescriptor SG1314 = new DiagnosticDescriptor("SG1314", "Condition on a missing field", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1314");
        public static readonly DiagnosticDescriptor SG1315 = new DiagnosticDescriptor("SG1315", "Operation without a source", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1315");
        public static readonly DiagnosticDescriptor SG1316 = new DiagnosticDescriptor("SG1316", "Ambiguous operation body", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1316");
        public static readonly DiagnosticDescriptor SG1317 = new DiagnosticDescriptor("SG1317", "Array without item type", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1317");
        public static readonly DiagnosticDescriptor SG1318 = new DiagnosticDescriptor("SG1318", "Unknown union variant", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1318");
        public static readonly DiagnosticDescriptor SG1319 = new DiagnosticDescriptor("SG1319", "Unknown format", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1319");
        public static readonly DiagnosticDescriptor SG1320 = new DiagnosticDescriptor("SG1320", "Empty set of allowed values", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1320");
        public static readonly DiagnosticDescriptor SG1321 = new DiagnosticDescriptor("SG1321", "Default value breaks a rule", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help + "sg1321");
        public static readonly DiagnosticDescriptor SG1322 = new DiagnosticDescriptor("SG1322", "Credential declared as a parameter", "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Help + "sg1322");

        public static readonly DiagnosticDescriptor SG1401 = new DiagnosticDescriptor("SG1401", "Change breaks the locked spec surface", "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Help + "sg1401");

        public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
            SG1001, SG1002, SG1003, SG1004, SG1005, SG1101, SG1102, SG1103, SG1104, SG1105, SG1106, SG1201, SG1202, SG1203, SG1301, SG1302, SG1303, SG1304, SG1305, SG1306, SG1307, SG1308, SG1309, SG1310, SG1311, SG1312, SG1313, SG1314, SG1315, SG1316, SG1317, SG1318, SG1319, SG1320, SG1321, SG1322, SG1401);
    }
}
