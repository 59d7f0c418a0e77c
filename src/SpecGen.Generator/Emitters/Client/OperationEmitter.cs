using SpecGen.Generator.Plan;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Emitters
{
    /// <summary>Emits a request class per endpoint and an event class per webhook.</summary>
    internal sealed class OperationEmitter
    {
        private const string Rt = "global::SpecGen.Runtime.Wire.";
        private readonly TypeMap _map;
        private readonly SchemaEmitter _schemas;

        public OperationEmitter(TypeMap map, SchemaEmitter schemas)
        {
            _map = map;
            _schemas = schemas;
        }

        /// <summary>The fields of the request or event (the plan's <see cref="OperationFields"/>: parameters, then the body schema's fields).</summary>
        private List<FieldSpec> Fields(OperationSpec op) => OperationFields.Of(op, _map.Model.Header, _map.Scope);

        public void Emit(SourceWriter w, OperationSpec op)
        {
            var binding = _map.Names.Operation(op.Name);
            var name = binding.ClassName;
            var fields = Fields(op);
            // A description that starts with the summary is not preceded by it again.
            var repeats = op.Summary is not null && op.Description is not null && op.Description.StartsWith(op.Summary.TrimEnd('.'), System.StringComparison.Ordinal);
            var summary = (repeats ? op.Description! : (op.Summary ?? op.Name) + (op.Description is null ? string.Empty : "\n" + op.Description))
                + "\n" + (op.IsWebhook ? "Webhook: the gateway calls " : "Endpoint: ") + op.Method + " " + op.Path + " (" + op.Encoding + ")."
                + (op.Source is null ? string.Empty : "\nSource: " + op.Source + ".");
            w.Doc(summary, op.Note);
            foreach (var rule in op.Rules) w.Line(RuleAttribute.For(rule));
            w.Line("[" + SpecGen.Shared.Metadata.MetadataNames.Usage(SpecGen.Shared.Metadata.MetadataNames.Operation) + "(" + CSharp.Literal(op.Kind) + ")]");
            w.Line(Generated.Attribute);
            w.Open("public sealed partial record " + name);
            w.Lines($$"""
                /// <summary>The HTTP method.</summary>
                public const string Method = {{CSharp.Literal(op.Method)}};
                /// <summary>The path (relative to the base URL for endpoints), with {placeholders} for path parameters.</summary>
                public const string PathTemplate = {{CSharp.Literal(op.Path)}};
                /// <summary>How parameters travel: form, query, json or none.</summary>
                public const string Encoding = {{CSharp.Literal(op.Encoding)}};
                """);
            if (op.CodeTable is { } table)
            {
                w.Line("/// <summary>The code table of this operation's response status.</summary>");
                w.Line("public const string CodeTable = " + CSharp.Literal(table) + ";");
            }
            _schemas.EmitProperties(w, fields, binding.Properties);
            w.Line();
            new ValidationEmitter(_map, binding.Properties.AsArray()).Emit(w, fields, op.Rules.AsArray());
            if (op.IsWebhook) EmitWebhookParsers(w, name, fields);
            else EmitRequestWriters(w, op, fields, binding);
            w.Close();
        }

        private void EmitRequestWriters(SourceWriter w, OperationSpec op, List<FieldSpec> fields, OperationBinding binding)
        {
            var pathFields = fields.Where(f => f.In == "path").ToList();
            w.Line();
            w.Line("/// <summary>The path with path parameters filled in (escaped).</summary>");
            var path = CSharp.Literal(op.Path);
            var expr = path;
            foreach (var f in pathFields)
            {
                expr += ".Replace(" + CSharp.Literal("{" + f.WireName + "}") + ", global::System.Uri.EscapeDataString(" + _map.PropertyName(f) + "?.ToString() ?? string.Empty))";
            }
            w.Line("public string BuildPath() => " + expr + ";");
            var bodyFields = fields.Where(f => f.In != "path").ToList();
            var properties = new Dictionary<FieldSpec, PropertyBinding>(FieldIdentity.Instance);
            for (var i = 0; i < fields.Count; i++) properties[fields[i]] = binding.Properties[i];
            if (op.Encoding == "json")
            {
                w.Line();
                _schemas.EmitObjectWriter(w, bodyFields, "Writes the JSON body with the documented wire names.", "The JSON body as text.");
            }
            else
            {
                w.Line();
                w.Line("/// <summary>Writes the parameters as form fields or query-string pairs, in documented order (credentials excluded).</summary>");
                w.Line(Generated.Hidden);
                w.Open("public void WriteForm(" + Rt + "FormWriter f)");
                foreach (var f in bodyFields) w.Line(FormAdd(f, properties[f]));
                w.Close();
                w.Line();
                w.Line("/// <summary>The encoded form body or query string.</summary>");
                w.Line("public string ToForm() { var f = new " + Rt + "FormWriter(); WriteForm(f); return f.ToString(); }");
            }
        }

        /// <summary>The form writer's line for one field, by the shape the plan gave its property.</summary>
        private string FormAdd(FieldSpec f, PropertyBinding property)
        {
            var prop = property.Name;
            var shape = property.Shape;
            var name = CSharp.Literal(f.WireName);
            if (f.List is { } list) return "f.Add(" + name + ", " + prop + ", " + CSharp.Literal(list.Join) + ");";
            if (f.Type.IsArray || shape.Element == TypeKinds.Schema || shape.Element == TypeKinds.Union)
            {
                var json = new JsonWriteEmitter(_map);
                string write;
                if (f.Type.IsArray) write = "w => { w.WriteStartArray(); foreach (var item in v) { " + json.Value(f, "item") + " } w.WriteEndArray(); }";
                else write = "w => " + json.Value(f, "v");
                return "if (" + prop + " is { } v" + prop + ") { var v = v" + prop + "; f.Add(" + name + ", " + Rt + "JsonText.Write(" + write + ")); }";
            }
            if (shape.Element == TypeKinds.Enum || shape.Element == TypeKinds.CodeTable)
            {
                return "f.Add(" + name + ", " + prop + (shape.Nullable ? "?" : string.Empty) + ".Value);";
            }
            if (shape.Element == PrimitiveTypes.DateTime || shape.Element == PrimitiveTypes.Date)
            {
                // A date-time documented in a fixed zone is written as that zone's wall-clock time.
                var value = f.TimeZone is { } zone && TimeZones.TryParseOffset(zone, out var minutes)
                    ? Rt + "ZonedTime.ToZone(" + prop + ", " + minutes.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")"
                    : prop;
                return "f.Add(" + name + ", " + value + ", " + CSharp.Literal(_map.DateTimePattern(f)) + ");";
            }
            return "f.Add(" + name + ", " + prop + ");";
        }

        private void EmitWebhookParsers(SourceWriter w, string name, List<FieldSpec> fields)
        {
            var read = new WireReadEmitter(_map);
            var names = new List<string>();
            foreach (var f in fields)
            {
                if (!names.Contains(f.WireName)) names.Add(f.WireName);
                foreach (var a in f.Aliases) if (!names.Contains(a)) names.Add(a);
            }
            w.Line();
            EmitReader(w, "Reads the event from form fields (or query-string pairs). Unknown fields are ignored.",
                "ReadForm(global::System.Collections.Generic.IReadOnlyDictionary<string, string> form)", name, fields.Select(f => _map.PropertyName(f) + " = " + read.FromForm(f, "form")));
            w.Lines($$"""

                /// <summary>Parses a form-encoded body or query string; a typed error for unusable input, never an exception.</summary>
                public static {{Rt}}ParseResult<{{name}}> FromForm(string? body) => {{Rt}}WebhookBodies.Form(body, DocumentedFields, ReadForm);

                /// <summary>The documented wire names (aliases included): an event carries at least one of them.</summary>
                private static readonly string[] DocumentedFields = { {{string.Join(", ", names.Select(CSharp.Literal))}} };

                """);
            new JsonReadEmitter(_map).EmitObjectReader(w, name, fields, static _ => false, static (_, v) => v);
            w.Lines($$"""

                /// <summary>Parses a JSON body; a typed error for bad input, never an exception.</summary>
                public static {{Rt}}ParseResult<{{name}}> FromJson(string? json) => {{Rt}}WebhookBodies.Json(json, DocumentedFields, ReadJson);
                """);
        }

        /// <summary>A hidden static reader: <c>public static Event Read…(…) => new Event { Property = …, … };</c>.</summary>
        private static void EmitReader(SourceWriter w, string summary, string signature, string name, IEnumerable<string> assignments)
        {
            w.Line("/// <summary>" + summary + "</summary>");
            w.Line(Generated.Hidden);
            w.Open("public static " + name + " " + signature + " => new " + name);
            foreach (var a in assignments) w.Line(a + ",");
            w.Close(";");
        }
    }
}
