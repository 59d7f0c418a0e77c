using System.Globalization;
using System.Text.RegularExpressions;
using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;

namespace SpecGen.Spec.Checking
{
    /// <summary>Semantic checks of a merged spec: references, rules, tables (SG13xx).</summary>
    public sealed class SpecChecker
    {
        private static readonly Regex PathParameterPattern = new Regex(@"\{([^{}]+)\}", RegexOptions.CultureInvariant);

        private readonly SpecModel _model;
        private readonly TypeScope _scope;
        private readonly List<SpecDiagnostic> _diagnostics;

        private SpecChecker(SpecModel model, List<SpecDiagnostic> diagnostics)
        {
            _model = model;
            _scope = new TypeScope(model);
            _diagnostics = diagnostics;
        }

        /// <summary>Checks one spec, adding diagnostics.</summary>
        public static void Check(SpecModel model, List<SpecDiagnostic> diagnostics) => new SpecChecker(model, diagnostics).Run();

        private void Run()
        {
            foreach (var op in _model.Operations) CheckOperation(op);
            foreach (var schema in _model.Schemas)
            {
                CheckFields(schema.Fields.AsArray(), "schema " + schema.Name);
                CheckObjectRules(schema.Rules, schema.Fields.AsArray(), "schema " + schema.Name);
                if (schema.BodyStatus is { } status) CheckBodyStatus(status, schema.Fields.AsArray(), "schema " + schema.Name);
            }
            foreach (var union in _model.Unions) CheckUnion(union);
            foreach (var e in _model.Enums) CheckDuplicates(e.Values, v => v.Value, v => v.Span, "enum " + e.Name);
            foreach (var table in _model.CodeTables) CheckCodeTable(table);
            foreach (var lookup in _model.Lookups) CheckLookup(lookup);
        }

        private void Report(SpecDiagnostic d) => _diagnostics.Add(d);

        private void CheckOperation(OperationSpec op)
        {
            var what = "operation " + op.Name;
            // A transcription (a spec that names its document) says where each operation comes from; a user's own spec need not.
            if (_model.Header.Document is not null && string.IsNullOrWhiteSpace(op.Source)) Report(SpecDiagnostics.MissingSource.Create(op.Span, op.Name));
            if (op.CodeTable is { } table && _scope.CodeTable(table) is null)
                Report(SpecDiagnostics.UnknownCodeTable.Create(op.Span, table, what, _model.Id));
            if (op.Body is { } body)
            {
                if (_scope.Schema(body) is null) Report(SpecDiagnostics.UnknownType.Create(op.Span, body, what + " body", _model.Id));
                if (op.Parameters.Count > 0 && op.Encoding == "json")
                    Report(SpecDiagnostics.BodyAndParameters.Create(op.Span, op.Name, "has both 'body' and JSON 'parameters'; keep one"));
            }
            foreach (var response in op.Responses)
            {
                if (response.Body is { } rb && _scope.Schema(rb) is null && _scope.Union(rb) is null)
                    Report(SpecDiagnostics.UnknownType.Create(response.Span, rb, what + " response", _model.Id));
                if (response.BodyStatus is { } status)
                {
                    var rwhat = "a response of " + what;
                    if (response.Body is null || response.IsBinary) Report(SpecDiagnostics.BadBodyStatus.Create(status.Span, rwhat, "is set, but the response has no body"));
                    else if (response.IsArray) Report(SpecDiagnostics.BadBodyStatus.Create(status.Span, rwhat, "is set, but the body is an array (items:); declare the status on the item schema instead"));
                    else if (_scope.Schema(response.Body) is { } statusSchema) CheckBodyStatus(status, statusSchema.Fields.AsArray(), rwhat);
                }
            }
            if (op.Reply?.Body is { } reply && !_scope.IsKnown(reply))
                Report(SpecDiagnostics.UnknownType.Create(op.Span, reply, what + " reply", _model.Id));

            CheckPathParameters(op);
            if (_model.Header.Auth is { } auth)
            {
                foreach (var p in op.Parameters)
                {
                    foreach (var f in auth.Fields)
                    {
                        if (f.Name == p.WireName) Report(SpecDiagnostics.UnusedAuthField.Create(p.Span, p.WireName, what, _model.Id));
                    }
                }
            }
            var fields = op.Body is { } b && _scope.Schema(b) is { } bodySchema ? bodySchema.Fields.AsArray() : op.Parameters.AsArray();
            CheckFields(op.Parameters.AsArray(), what);
            CheckObjectRules(op.Rules, fields, what);
        }

        /// <summary>A body_status names existing fields; the code is one scalar (per body or per item of one array); the message sits beside it.</summary>
        private void CheckBodyStatus(BodyStatusSpec status, IReadOnlyList<FieldSpec> fields, string what)
        {
            FieldSpec? Path(string path)
            {
                var f = _scope.Resolve(fields, path, out var reason);
                if (f is null) Report(SpecDiagnostics.BodyStatusPath.Create(status.Span, path, what, reason));
                return f;
            }
            string? items = null;
            if (status.Code is { } code && Path(code) is { } codeField)
            {
                var steps = CountItemSteps(code);
                items = status.ItemsPath;
                if (codeField.Type.IsArray || codeField.List is not null || _scope.FieldsOf(codeField.Type.Name).Count > 0 || (!PrimitiveTypes.IsNumeric(codeField.Type.Name) && !PrimitiveTypes.IsTextual(codeField.Type.Name) && _scope.CodeTable(codeField.Type.Name) is null))
                    Report(SpecDiagnostics.BadBodyStatus.Create(status.Span, what, "names '" + code + "' as the code, but it is of type " + codeField.Type + "; the code must be one number or text"));
                else if (steps > 1)
                    Report(SpecDiagnostics.BadBodyStatus.Create(status.Span, what, "names '" + code + "' as the code, which steps into more than one array; a code is per body or per item of one array"));
            }
            if (status.Message is { } message && Path(message) is not null)
            {
                var messageItems = message.IndexOf("[]", StringComparison.Ordinal) is var i && i > 0 ? message.Substring(0, i) : null;
                if (messageItems is not null && messageItems != items)
                    Report(SpecDiagnostics.BadBodyStatus.Create(status.Span, what, "names '" + message + "' as the message, but the code '" + status.Code + "' is not in the same items; put both in the same array or the message at the top"));
            }
            foreach (var required in status.Requires)
            {
                if (Path(required) is null) continue;
                var requiredItems = required.IndexOf("[]", StringComparison.Ordinal) is var k && k > 0 ? required.Substring(0, k) : null;
                if (items is not null && requiredItems != items)
                    Report(SpecDiagnostics.BadBodyStatus.Create(status.Span, what, "requires '" + required + "', but the code is per item of '" + items + "'; name what an accepted item must carry ('" + items + "[].field')"));
            }
            foreach (var path in Paths(status))
            {
                if (!IsShortPath(path))
                    Report(SpecDiagnostics.BadBodyStatus.Create(status.Span, what, "names '" + path + "'; body_status paths are a top-level field ('status') or a field of the items of a top-level array ('messages[].status')"));
            }
        }

        private static IEnumerable<string> Paths(BodyStatusSpec status)
        {
            if (status.Code is { } c) yield return c;
            if (status.Message is { } m) yield return m;
            foreach (var r in status.Requires) yield return r;
        }

        private static bool IsShortPath(string path)
        {
            var segments = path.Split('.');
            if (segments.Length == 1) return !segments[0].EndsWith("[]", StringComparison.Ordinal);
            return segments.Length == 2 && segments[0].EndsWith("[]", StringComparison.Ordinal) && !segments[1].EndsWith("[]", StringComparison.Ordinal);
        }

        private static int CountItemSteps(string path)
        {
            var n = 0;
            for (var i = path.IndexOf("[]", StringComparison.Ordinal); i >= 0; i = path.IndexOf("[]", i + 2, StringComparison.Ordinal)) n++;
            return n;
        }

        private void CheckPathParameters(OperationSpec op)
        {
            var inPath = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match m in PathParameterPattern.Matches(op.Path)) inPath.Add(m.Groups[1].Value);
            foreach (var name in inPath)
            {
                var declared = false;
                foreach (var p in op.Parameters) declared |= p.WireName == name;
                if (!declared) Report(SpecDiagnostics.PathParameter.Create(op.Span, "Path of operation " + op.Name + " uses {" + name + "} but no parameter '" + name + "' is declared; add it with 'in: path'."));
            }
            foreach (var p in op.Parameters)
            {
                if (p.In == "path" && !inPath.Contains(p.WireName))
                    Report(SpecDiagnostics.PathParameter.Create(p.Span, "Parameter '" + p.WireName + "' of operation " + op.Name + " is 'in: path' but the path '" + op.Path + "' has no {" + p.WireName + "}."));
            }
        }

        private void CheckFields(IReadOnlyList<FieldSpec> fields, string owner)
        {
            foreach (var field in fields)
            {
                var what = owner + "." + field.WireName;
                CheckType(field.Type, field.Span, what);
                if (field.TimeZone is not null && field.Type.Name != PrimitiveTypes.DateTime)
                    Report(SpecDiagnostics.TimeZoneNotDateTime.Create(field.Span, what, field.Type));
                foreach (var rule in field.Rules)
                {
                    CheckFieldRule(rule, field, fields, what);
                }
                CheckDefault(field, what);
            }
        }

        private void CheckType(TypeRef type, SourceSpan span, string what)
        {
            if (type.IsArray)
            {
                if (type.Items is { } items && items.Name.Length > 0) CheckType(items, span, what + " items");
                return;
            }
            if (!_scope.IsKnown(type.Name)) Report(SpecDiagnostics.UnknownType.Create(span, type.Name, what, _model.Id));
        }

        private string ValueType(FieldSpec field)
        {
            if (field.Type.IsArray) return "array";
            if (_scope.CodeTable(field.Type.Name) is { } table) return table.Key == "int" ? PrimitiveTypes.Int : PrimitiveTypes.String;
            if (_scope.Enum(field.Type.Name) is not null) return PrimitiveTypes.String;
            return field.Type.Name;
        }

        private void CheckFieldRule(RuleSpec rule, FieldSpec field, IReadOnlyList<FieldSpec> siblings, string what)
        {
            var valueType = ValueType(field);
            var isCollection = field.Type.IsArray || field.List is not null;
            switch (rule.Kind)
            {
                case RuleKinds.Range:
                    if (!PrimitiveTypes.IsNumeric(valueType))
                        Report(SpecDiagnostics.RuleNotApplicable.Create(rule.Span, rule.Kind, what, field.Type, "ranges need a numeric type; use 'length' for text"));
                    break;
                case RuleKinds.Length:
                case RuleKinds.Trimmed:
                case RuleKinds.Pattern:
                case RuleKinds.Format:
                    if (!PrimitiveTypes.IsTextual(valueType) && !(isCollection && field.Type.Items is { } it && PrimitiveTypes.IsTextual(it.Name)) && !(field.List is not null))
                        Report(SpecDiagnostics.RuleNotApplicable.Create(rule.Span, rule.Kind, what, field.Type, "it applies to text values"));
                    break;
                case RuleKinds.Count:
                    if (!isCollection)
                        Report(SpecDiagnostics.RuleNotApplicable.Create(rule.Span, rule.Kind, what, field.Type, "it applies to arrays and delimited lists"));
                    break;
                case RuleKinds.Allowed:
                    foreach (var value in rule.Values)
                    {
                        if (!IsOfType(value, valueType)) Report(SpecDiagnostics.ValueNotOfType.Create(rule.Span, value, what, valueType));
                    }
                    break;
                case RuleKinds.AllowedVariants:
                    CheckVariants(rule, field.Type.IsArray ? field.Type.Items?.Name ?? string.Empty : field.Type.Name, what);
                    break;
            }
            // Any field rule may be conditional; its condition names siblings.
            if (rule.When is { } when) CheckCondition(when, siblings, what, rule.Span);
        }

        private void CheckVariants(RuleSpec rule, string typeName, string what)
        {
            var union = _scope.Union(typeName);
            if (union is null)
            {
                Report(SpecDiagnostics.RuleNotApplicable.Create(rule.Span, rule.Kind, what, typeName, "it applies to union-typed values"));
                return;
            }
            var names = new List<string>();
            foreach (var v in union.Variants) names.Add(v.Value);
            foreach (var value in rule.Values)
            {
                if (!names.Contains(value)) Report(SpecDiagnostics.UnknownVariant.Create(rule.Span, value, what, union.Name, string.Join(", ", names)));
            }
        }

        private void CheckObjectRules(EquatableArray<RuleSpec> rules, IReadOnlyList<FieldSpec> fields, string what)
        {
            foreach (var rule in rules)
            {
                if (rule.Target is null)
                {
                    Report(SpecDiagnostics.MissingKey.Create(rule.Span, "target", "the " + rule.Kind + " rule of " + what));
                    continue;
                }
                var target = _scope.Resolve(fields, rule.Target, out var reason);
                if (target is null)
                {
                    Report(SpecDiagnostics.UnknownRuleTarget.Create(rule.Span, rule.Kind, what, rule.Target, reason));
                    continue;
                }
                if (rule.Kind == RuleKinds.Compare && rule.Right is { } right && _scope.Resolve(fields, right, out var rightReason) is null)
                {
                    Report(SpecDiagnostics.UnknownRuleTarget.Create(rule.Span, rule.Kind, what, right, rightReason));
                }
                if (rule.When is { } when && (rule.Kind == RuleKinds.Required || rule.Kind == RuleKinds.Forbidden || rule.Kind == RuleKinds.Unique || rule.Kind == RuleKinds.Same || rule.Kind == RuleKinds.Compare)) CheckCondition(when, fields, what, rule.Span);
                if (rule.Kind != RuleKinds.Required && rule.Kind != RuleKinds.Forbidden && rule.Kind != RuleKinds.Unique && rule.Kind != RuleKinds.Same && rule.Kind != RuleKinds.Compare)
                {
                    CheckFieldRule(rule, target, fields, what + " (" + rule.Target + ")");
                }
            }
        }

        private void CheckCondition(ConditionSpec condition, IReadOnlyList<FieldSpec> fields, string what, SourceSpan ruleSpan)
        {
            if (condition.Inner is { } inner)
            {
                CheckCondition(inner, fields, what, ruleSpan);
                return;
            }
            if (condition.Field is null) return;
            if (_scope.Resolve(fields, condition.Field, out var reason) is null)
            {
                Report(SpecDiagnostics.UnknownConditionField.Create(ruleSpan, what, condition.Field, reason));
            }
        }

        private void CheckDefault(FieldSpec field, string what)
        {
            if (field.Default is not { } value) return;
            var valueType = ValueType(field);
            if (!IsOfType(value, valueType))
            {
                Report(SpecDiagnostics.ValueNotOfType.Create(field.Span, value, what + " default", valueType));
                return;
            }
            foreach (var rule in field.Rules)
            {
                if (rule.Kind == RuleKinds.Allowed && rule.When is null && rule.Values.Count > 0 && Array.IndexOf(rule.Values.AsArray(), value) < 0)
                    Report(SpecDiagnostics.DefaultViolatesRule.Create(field.Span, value, what, "allowed"));
                if (rule.Kind == RuleKinds.Range && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && ((rule.Min is { } min && number < min) || (rule.Max is { } max && number > max)))
                    Report(SpecDiagnostics.DefaultViolatesRule.Create(field.Span, value, what, "range"));
            }
        }

        private static bool IsOfType(string value, string type)
        {
            switch (type)
            {
                case PrimitiveTypes.Int: return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
                case PrimitiveTypes.Long: return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
                case PrimitiveTypes.Decimal: return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
                case PrimitiveTypes.Bool: return value == "true" || value == "false";
                case PrimitiveTypes.Url: return Uri.TryCreate(value, UriKind.Absolute, out _);
                default: return true;
            }
        }

        private void CheckUnion(UnionSpec union)
        {
            CheckDuplicates(union.Variants, v => v.Value, v => v.Span, "union " + union.Name);
            foreach (var variant in union.Variants)
            {
                var schema = _scope.Schema(variant.Schema);
                if (schema is null)
                {
                    Report(SpecDiagnostics.BadVariant.Create(variant.Span, variant.Value, union.Name, variant.Schema, "is not a schema of spec " + _model.Id));
                    continue;
                }
                var hasDiscriminator = false;
                foreach (var f in schema.Fields) hasDiscriminator |= f.WireName == union.Discriminator;
                if (!hasDiscriminator)
                    Report(SpecDiagnostics.BadVariant.Create(variant.Span, variant.Value, union.Name, variant.Schema, "has no discriminator field '" + union.Discriminator + "'"));
            }
        }

        private void CheckCodeTable(CodeTableSpec table)
        {
            var what = "code table " + table.Name;
            CheckDuplicates(table.Codes, c => table.Key == "int" ? Normalize(c.Code) : c.Code, c => c.Span, what);
            foreach (var success in table.Success)
            {
                var listed = false;
                foreach (var c in table.Codes) listed |= table.Key == "int" ? Normalize(c.Code) == Normalize(success) : c.Code == success;
                if (!listed) Report(SpecDiagnostics.UnknownSuccessCode.Create(table.Span, success, what));
            }
            if (table.Key != "int") return;
            foreach (var code in table.Codes)
            {
                if (!IsOfType(code.Code, PrimitiveTypes.Int)) Report(SpecDiagnostics.ValueNotOfType.Create(code.Span, code.Code, what, "int code (set 'key: string' for text codes)"));
            }
        }

        private static string Normalize(string code) => int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n.ToString(CultureInfo.InvariantCulture) : code;

        private void CheckLookup(LookupSpec lookup)
        {
            var what = "lookup " + lookup.Name;
            var columns = lookup.Columns.AsArray();
            var names = string.Join(", ", columns);
            void CheckColumn(string column)
            {
                if (Array.IndexOf(columns, column) < 0) Report(SpecDiagnostics.UnknownColumn.Create(lookup.Span, column, lookup.Name, names));
            }
            if (lookup.Key is { } key) CheckColumn(key);
            foreach (var index in lookup.Indexes)
            {
                foreach (var column in index) CheckColumn(column);
            }
            var keyIndex = lookup.Key is null ? -1 : Array.IndexOf(columns, lookup.Key);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < lookup.Rows.Count; i++)
            {
                var row = lookup.Rows[i];
                if (row.Values.Count != columns.Length)
                {
                    Report(SpecDiagnostics.LookupArity.Create(row.Span, i + 1, lookup.Name, row.Values.Count, columns.Length));
                    continue;
                }
                if (keyIndex >= 0 && !seen.Add(row.Values[keyIndex]))
                    Report(SpecDiagnostics.DuplicateLookupKey.Create(row.Span, row.Values[keyIndex], what, i + 1));
            }
        }

        private void CheckDuplicates<T>(EquatableArray<T> items, Func<T, string> key, Func<T, SourceSpan> span, string what) where T : IEquatable<T>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (!seen.Add(key(item))) Report(SpecDiagnostics.DuplicateCode.Create(span(item), key(item), what));
            }
        }
    }
}
