namespace SpecGen.Spec.Diagnostics
{
    /// <summary>
    /// The catalog of spec diagnostics. IDs are stable: SG10xx YAML, SG11xx shape of a file,
    /// SG12xx merging files of one spec, SG13xx meaning (references, rules, tables), SG14xx the locked public surface.
    /// </summary>
    public static class SpecDiagnostics
    {
        private static SpecDiagnosticDescriptor E(string id, string title, string format) => new SpecDiagnosticDescriptor(id, title, format, SpecSeverity.Error);
        private static SpecDiagnosticDescriptor W(string id, string title, string format) => new SpecDiagnosticDescriptor(id, title, format, SpecSeverity.Warning);

        public static readonly SpecDiagnosticDescriptor YamlSyntax = E("SG1001", "Invalid YAML", "The file is not valid YAML: {0}. Fix the YAML syntax at this position.");
        public static readonly SpecDiagnosticDescriptor DuplicateKey = E("SG1002", "Duplicate key", "The key '{0}' appears more than once in this mapping; remove or rename one of them.");
        public static readonly SpecDiagnosticDescriptor UnsupportedYaml = E("SG1003", "Unsupported YAML feature", "{0} is not supported in spec files; write the value out in full.");
        public static readonly SpecDiagnosticDescriptor TooDeep = E("SG1004", "Nesting too deep", "The document nests deeper than {0} levels; a spec never needs this.");
        public static readonly SpecDiagnosticDescriptor EmptyFile = W("SG1005", "Empty spec file", "The file has no content; add 'spec: 1', 'provider:' and 'version:' or delete it.");

        public static readonly SpecDiagnosticDescriptor MissingKey = E("SG1101", "Missing required key", "'{0}' is required in {1}; add it.");
        public static readonly SpecDiagnosticDescriptor UnknownKey = W("SG1102", "Unknown key", "'{0}' is not a key of {1}; expected one of: {2}.");
        public static readonly SpecDiagnosticDescriptor WrongNodeKind = E("SG1103", "Wrong kind of value", "{0} must be a {1}, not a {2}.");
        public static readonly SpecDiagnosticDescriptor InvalidValue = E("SG1104", "Invalid value", "'{0}' is not a valid {1}; expected {2}.");
        public static readonly SpecDiagnosticDescriptor UnsupportedLanguageVersion = E("SG1105", "Unsupported spec language version", "spec: {0} is not supported; this reader understands 'spec: 1'.");
        public static readonly SpecDiagnosticDescriptor InvalidName = E("SG1106", "Invalid name", "'{0}' is not a valid {1} name; use letters, digits, '_' or '-', starting with a letter.");

        public static readonly SpecDiagnosticDescriptor DuplicateName = E("SG1201", "Duplicate name", "{0} '{1}' is already defined in {2}; names must be unique within the spec {3}.");
        public static readonly SpecDiagnosticDescriptor ConflictingHeader = E("SG1202", "Conflicting header value", "'{0}' of spec {1} is set to '{2}' here but to '{3}' in {4}; set it in one file only.");
        public static readonly SpecDiagnosticDescriptor MissingHeader = E("SG1203", "Missing spec header value", "The spec {0} has no '{1}' in any of its files; add it to one of them.");

        public static readonly SpecDiagnosticDescriptor UnknownType = E("SG1301", "Unknown type", "'{0}' in {1} is not a primitive type nor a schema, union, enum or code table of spec {2}.");
        public static readonly SpecDiagnosticDescriptor UnknownCodeTable = E("SG1302", "Unknown code table", "Code table '{0}' referenced by {1} is not defined in spec {2}.");
        public static readonly SpecDiagnosticDescriptor UnknownRuleTarget = E("SG1303", "Rule on a missing field", "The {0} rule in {1} targets '{2}', which does not exist: {3}.");
        public static readonly SpecDiagnosticDescriptor EmptyRange = E("SG1304", "Empty or contradictory range", "The {0} rule in {1} has min {2} greater than max {3}; no value could satisfy it.");
        public static readonly SpecDiagnosticDescriptor BadRegex = E("SG1305", "Invalid regular expression", "The pattern '{0}' in {1} is not a valid regular expression: {2}.");
        public static readonly SpecDiagnosticDescriptor BadVariant = E("SG1306", "Union variant without a schema", "Variant '{0}' of union {1} refers to '{2}', which {3}.");
        public static readonly SpecDiagnosticDescriptor LookupArity = E("SG1307", "Lookup row with wrong arity", "Row {0} of lookup {1} has {2} values but the table has {3} columns.");
        public static readonly SpecDiagnosticDescriptor DuplicateLookupKey = E("SG1308", "Duplicate lookup key", "Key '{0}' of lookup {1} appears again in row {2}; the key column must be unique.");
        public static readonly SpecDiagnosticDescriptor UnknownColumn = E("SG1309", "Unknown lookup column", "'{0}' in lookup {1} is not one of its columns ({2}).");
        public static readonly SpecDiagnosticDescriptor DuplicateCode = E("SG1310", "Duplicate code or value", "'{0}' appears more than once in {1}; each code or value must be listed once.");
        public static readonly SpecDiagnosticDescriptor PathParameter = E("SG1311", "Path parameter mismatch", "{0}");
        public static readonly SpecDiagnosticDescriptor RuleNotApplicable = E("SG1312", "Rule does not fit the type", "The {0} rule in {1} cannot apply to a value of type {2}: {3}.");
        public static readonly SpecDiagnosticDescriptor ValueNotOfType = E("SG1313", "Value not of the declared type", "'{0}' in {1} is not a valid {2}.");
        public static readonly SpecDiagnosticDescriptor UnknownConditionField = E("SG1314", "Condition on a missing field", "The condition in {0} refers to '{1}', which does not exist: {2}.");
        public static readonly SpecDiagnosticDescriptor MissingSource = E("SG1315", "Operation without a source", "Operation {0} has no 'source:'; name the document section it transcribes.");
        public static readonly SpecDiagnosticDescriptor BodyAndParameters = E("SG1316", "Ambiguous operation body", "Operation {0} {1}.");
        public static readonly SpecDiagnosticDescriptor ArrayWithoutItems = E("SG1317", "Array without item type", "{0} is an array but has no 'items:'; say what it holds.");
        public static readonly SpecDiagnosticDescriptor UnknownVariant = E("SG1318", "Unknown union variant", "'{0}' in {1} is not a variant of union {2} (variants: {3}).");
        public static readonly SpecDiagnosticDescriptor UnknownFormat = E("SG1319", "Unknown format", "'{0}' in {1} is not a known format; use one of: {2}.");
        public static readonly SpecDiagnosticDescriptor EmptyAllowed = E("SG1320", "Empty set of allowed values", "The {0} rule in {1} lists no values; nothing could satisfy it.");
        public static readonly SpecDiagnosticDescriptor DefaultViolatesRule = E("SG1321", "Default value breaks a rule", "The default '{0}' of {1} breaks its own {2} rule.");
        public static readonly SpecDiagnosticDescriptor UnusedAuthField = W("SG1322", "Credential declared as a parameter", "'{0}' in {1} is an auth field of spec {2}; credentials come from the client, remove it from the parameters.");

        public static readonly SpecDiagnosticDescriptor BodyStatusPath = E("SG1323", "Body status on a missing field", "'{0}' in the body_status of {1} does not exist in the body: {2}.");
        public static readonly SpecDiagnosticDescriptor BadBodyStatus = E("SG1324", "Body status does not fit the body", "The body_status of {0} {1}.");
        public static readonly SpecDiagnosticDescriptor UnknownSuccessCode = E("SG1325", "Success code not in the table", "Success code '{0}' of {1} is not one of its codes; list it under 'codes:' or remove it.");
        public static readonly SpecDiagnosticDescriptor TimeZoneNotDateTime = E("SG1326", "Time zone on a value that is not a date-time", "{0} has 'time_zone' but is of type {1}; a time zone applies to datetime values only.");
        public static readonly SpecDiagnosticDescriptor BodyAndItems = E("SG1327", "Response with both body and items", "{0} has both 'body:' (one object) and 'items:' (an array of objects); keep one.");
        public static readonly SpecDiagnosticDescriptor LockedSurfaceBroken = W("SG1410", "Change breaks the locked spec surface", "{0} of spec {1}: {2}; this breaks the surface recorded in specgen.lock.json. If intended, run 'specgen lock' to accept it.");

        /// <summary>Every descriptor, in ID order (for documentation and the CLI).</summary>
        public static IReadOnlyList<SpecDiagnosticDescriptor> All { get; } = new[]
        {
            YamlSyntax, DuplicateKey, UnsupportedYaml, TooDeep, EmptyFile,
            MissingKey, UnknownKey, WrongNodeKind, InvalidValue, UnsupportedLanguageVersion, InvalidName,
            DuplicateName, ConflictingHeader, MissingHeader,
            UnknownType, UnknownCodeTable, UnknownRuleTarget, EmptyRange, BadRegex, BadVariant, LookupArity,
            DuplicateLookupKey, UnknownColumn, DuplicateCode, PathParameter, RuleNotApplicable, ValueNotOfType,
            UnknownConditionField, MissingSource, BodyAndParameters, ArrayWithoutItems, UnknownVariant, UnknownFormat,
            EmptyAllowed, DefaultViolatesRule, UnusedAuthField,
            BodyStatusPath, BadBodyStatus, UnknownSuccessCode, TimeZoneNotDateTime, BodyAndItems,
            LockedSurfaceBroken,
        };
    }
}
