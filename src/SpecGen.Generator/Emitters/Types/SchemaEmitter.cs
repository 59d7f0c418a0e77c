using SpecGen.Generator.Plan;
using SpecGen.Shared.Metadata;
using SpecGen.Shared.Rules;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Emitters
{
    /// <summary>Emits schema classes (properties, JSON/XML reading, JSON writing, validation) and union interfaces.</summary>
    internal sealed class SchemaEmitter
    {
        private const string Rt = "global::SpecGen.Runtime.Wire.";
        private readonly TypeMap _map;

        public SchemaEmitter(TypeMap map)
        {
            _map = map;
        }

        /// <summary>True when instances are read from the wire (responses, webhooks): every property is then optional.</summary>
        public bool IsWireSide(string schema) => _map.IsWireSide(schema);

        /// <summary>The properties of <paramref name="fields"/> as the plan shaped and named them (<paramref name="properties"/>, aligned).</summary>
        public void EmitProperties(SourceWriter w, IReadOnlyList<FieldSpec> fields, EquatableArray<PropertyBinding> properties)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                var f = fields[i];
                var (name, shape) = (properties[i].Name, properties[i].Shape);
                w.Line();
                w.DocXml(PropertySummary(f, shape.Fixed), f.Note is null ? null : SourceWriter.Escape(f.Note));
                w.Line(FieldAttribute(f, shape.Fixed));
                foreach (var rule in f.Rules) w.Line(RuleAttribute.For(rule));
                // A fixed value is set by the type: a caller cannot write it wrong.
                if (shape.Fixed is not null) w.Line("public " + shape.Type + " " + name + " => " + CSharp.Literal(shape.Fixed) + ";");
                else w.Line("public " + (shape.Required ? "required " : string.Empty) + shape.Type + (shape.Nullable ? "?" : string.Empty) + " " + name + " { get; init; }");
            }
        }

        /// <summary>The description, then one line of wire facts (wire name, aliases, required, default, fixed value) as rendered markup.</summary>
        private static string PropertySummary(FieldSpec f, string? fixedValue)
        {
            var facts = "Wire name <c>" + SourceWriter.Escape(f.WireName) + "</c>"
                + (f.Aliases.Count == 0 ? string.Empty : " (also read as " + string.Join(", ", f.Aliases.Select(a => "<c>" + SourceWriter.Escape(a) + "</c>")) + ")")
                + (fixedValue is not null ? "; always <c>" + SourceWriter.Escape(fixedValue) + "</c>, set by this type" : f.Required ? "; required" : string.Empty)
                + (f.Default is null ? string.Empty : "; default <c>" + SourceWriter.Escape(f.Default) + "</c>")
                + ".";
            return f.Description is null ? facts : SourceWriter.Escape(f.Description) + "\n" + facts;
        }

        private static string FieldAttribute(FieldSpec f, string? fixedValue)
        {
            var args = CSharp.Literal(f.WireName);
            if (f.Aliases.Count > 0) args += ", " + MetadataNames.Aliases + " = new string[] { " + string.Join(", ", f.Aliases.Select(CSharp.Literal)) + " }";
            if (fixedValue is not null) args += ", " + MetadataNames.Fixed + " = " + CSharp.Literal(fixedValue);
            return "[" + MetadataNames.Usage(MetadataNames.Field) + "(" + args + ")]";
        }

        public void EmitSchema(SourceWriter w, SchemaSpec schema)
        {
            var binding = _map.Names.Type(schema.Name)!;
            var name = binding.TypeName;
            var unions = _map.Model.Unions.Where(u => u.Variants.Any(v => v.Schema == schema.Name)).ToList();
            var wire = binding.WireSide;
            var fields = schema.Fields.AsArray();
            w.Doc(schema.Description ?? schema.Name, schema.Note);
            foreach (var rule in schema.Rules) w.Line(RuleAttribute.For(rule));
            foreach (var value in unions.SelectMany(u => u.Variants).Where(v => v.Schema == schema.Name).Select(v => v.Value).Distinct())
            {
                w.Line("[" + MetadataNames.Usage(MetadataNames.Variant) + "(" + CSharp.Literal(value) + ")]");
            }
            w.Line(Generated.Attribute);
            var bases = unions.Select(u => _map.TypeName(u.Name)).ToList();
            w.Open("public sealed partial record " + name + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty));
            EmitProperties(w, fields, binding.Properties);
            if (unions.Count > 0)
            {
                var discriminator = binding.Properties.FirstOrDefault(p => p.Wire == unions[0].Discriminator);
                w.Line();
                w.Line("/// <summary>The wire value that selects this variant in its union.</summary>");
                var value = discriminator is null ? "string.Empty" : discriminator.Shape.Fixed is { } fixedValue ? CSharp.Literal(fixedValue) : ToText(discriminator);
                w.Line("public string " + ClassMembers.Discriminator + " => " + value + ";");
            }
            w.Line();
            new ValidationEmitter(_map, binding.Properties.AsArray(), schema.Name).Emit(w, fields, schema.Rules.AsArray());
            w.Line();
            EmitJsonWrite(w, fields);
            w.Line();
            EmitReaders(w, binding, fields, schema.XmlRoot);
            w.Close();
        }

        /// <summary>The discriminator property's value as text (a value type is never null unless optional).</summary>
        private static string ToText(PropertyBinding discriminator) =>
            discriminator.Shape.IsValueType && !discriminator.Shape.Nullable ? discriminator.Name + ".ToString()" : "(" + discriminator.Name + "?.ToString() ?? string.Empty)";

        private void EmitJsonWrite(SourceWriter w, IReadOnlyList<FieldSpec> fields) =>
            EmitObjectWriter(w, fields, "Writes this object as JSON with the documented wire names.", "This object as JSON text.");

        /// <summary><c>WriteJson</c> of a JSON object of <paramref name="fields"/> (by their wire names) and <c>ToJson</c>, with their summaries.</summary>
        public void EmitObjectWriter(SourceWriter w, IEnumerable<FieldSpec> fields, string writes, string text)
        {
            var json = new JsonWriteEmitter(_map);
            EmitJsonWriters(w, writes, text, "public void WriteJson(global::System.Text.Json.Utf8JsonWriter w)", body =>
            {
                body.Line("w.WriteStartObject();");
                foreach (var f in fields) json.WriteField(body, f, _map.PropertyName(f));
                body.Line("w.WriteEndObject();");
            });
        }

        /// <summary>
        /// The two JSON writers every generated type has: hidden <c>WriteJson</c> (<paramref name="signature"/>, then
        /// <paramref name="body"/> as a block, or <paramref name="signature"/> alone when it is one line) and <c>ToJson</c>.
        /// </summary>
        private static void EmitJsonWriters(SourceWriter w, string writes, string text, string signature, System.Action<SourceWriter>? body = null)
        {
            w.Line("/// <summary>" + writes + "</summary>");
            w.Line(Generated.Hidden);
            if (body is null) w.Line(signature);
            else
            {
                w.Open(signature);
                body(w);
                w.Close();
            }
            w.Line();
            w.Line("/// <summary>" + text + "</summary>");
            w.Line("public string ToJson() => " + Rt + "JsonText.Write(WriteJson);");
        }

        private void EmitReaders(SourceWriter w, TypeBinding binding, IReadOnlyList<FieldSpec> allFields, string? xmlRoot)
        {
            var name = binding.TypeName;
            var shapes = new Dictionary<FieldSpec, PropertyShape>(FieldIdentity.Instance);
            for (var i = 0; i < allFields.Count; i++) shapes[allFields[i]] = binding.Properties[i].Shape;
            var fields = allFields.Where(f => shapes[f].Fixed is null).ToList();
            var read = new WireReadEmitter(_map);
            new JsonReadEmitter(_map).EmitObjectReader(w, name, allFields, f => shapes[f].Fixed is not null, (f, v) => Finish(shapes[f], v));
            w.Line();
            w.Line("/// <summary>Parses JSON text; a typed error instead of an exception for bad input.</summary>");
            w.Line("public static " + Rt + "ParseResult<" + name + "> FromJson(string? json) => " + Rt + "JsonText.ParseObject(json, ReadJson);");
            if (!WireReachability.ReadsXml(_map, binding.SpecName)) return;
            w.Line();
            w.Line("/// <summary>Reads an XML element; unknown elements are ignored.</summary>");
            w.Line(Generated.Hidden);
            w.Open("public static " + name + " ReadXml(global::System.Xml.Linq.XElement x) => new " + name);
            foreach (var f in fields) w.Line(_map.PropertyName(f) + " = " + Finish(shapes[f], read.FromXml(f, "x")) + ",");
            w.Close(";");
            w.Line();
            w.Line("/// <summary>Parses XML text; a typed error instead of an exception for bad input.</summary>");
            w.Line("public static " + Rt + "ParseResult<" + name + "> FromXml(string? xml) => " + Rt + "XmlValues.ParseRoot(xml, " + CSharp.Literal(xmlRoot) + ", ReadXml);");
        }

        /// <summary>Required non-nullable properties still read tolerant values (validation reports what is missing).</summary>
        private static string Finish(PropertyShape shape, string expr)
        {
            if (!shape.Required) return expr;
            return shape.IsValueType ? "(" + expr + " ?? default)" : expr + "!";
        }

        public void EmitUnion(SourceWriter w, UnionSpec union)
        {
            var name = _map.TypeName(union.Name);
            var unknown = UnknownName(union);
            w.Doc((union.Description ?? union.Name) + "\nVariants by '" + union.Discriminator + "': " + string.Join(", ", union.Variants.Select(v => v.Value + " → " + v.Schema)) + "; any other value is read as " + unknown + ".", union.Note);
            w.Line("[" + MetadataNames.Usage(MetadataNames.Union) + "(" + MetadataNames.Discriminator + " = " + CSharp.Literal(union.Discriminator)
                + ", " + MetadataNames.Values + " = new string[] { " + string.Join(", ", union.Variants.Select(v => v.Value).Distinct().Select(CSharp.Literal)) + " }"
                + ", " + MetadataNames.SequenceType + " = typeof(" + SequenceName(union) + "))]");
            w.Line(Generated.Attribute);
            w.Open("public partial interface " + name);
            w.Lines($$"""
                /// <summary>The wire value of '{{union.Discriminator}}' that selects the variant.</summary>
                string Discriminator { get; }

                /// <summary>Writes the variant as JSON.</summary>
                {{Generated.Hidden}}
                void WriteJson(global::System.Text.Json.Utf8JsonWriter w);

                /// <summary>Adds the variant's violations.</summary>
                {{Generated.Hidden}}
                void ValidateInto(ref global::SpecGen.Runtime.Validation.ViolationCollector c, string path);

                /// <summary>Reads the variant named by '{{union.Discriminator}}' ({{unknown}} for a value the spec does not list); null without a discriminator.</summary>
                {{Generated.Hidden}}
                """);
            new JsonReadEmitter(_map).EmitUnionReader(w, union, name, unknown);
            w.Line();
            w.Line("/// <summary>Parses JSON text into the right variant; a typed error for bad input or a missing discriminator.</summary>");
            w.Line("static " + Rt + "ParseResult<" + name + "> FromJson(string? json) => " + Rt + "JsonText.ParseObject(json, ReadJson);");
            w.Close();
            w.Line();
            EmitUnknown(w, union, name, unknown);
            w.Line();
            EmitSequence(w, union, name);
        }

        private string SequenceName(UnionSpec union) => _map.SequenceName(union);

        private string UnknownName(UnionSpec union) => _map.UnknownName(union);

        /// <summary>
        /// A variant the spec does not list, kept with its discriminator and raw JSON so it round-trips
        /// (servers add variants; a reader must not drop them). On a union a client sends, validation
        /// reports it: the gateway would reject what the spec does not know.
        /// </summary>
        private void EmitUnknown(SourceWriter w, UnionSpec union, string name, string unknown)
        {
            w.Doc("A " + union.Name + " whose '" + union.Discriminator + "' names no variant of the spec: the discriminator and the JSON as received (written back unchanged).");
            w.Line(Generated.Attribute);
            w.Open("public sealed partial class " + unknown + " : " + name);
            w.Lines($$"""
                /// <summary>Keeps an unknown variant (the JSON is copied, so it outlives its document).</summary>
                public {{unknown}}(string discriminator, global::System.Text.Json.JsonElement json)
                {
                    Discriminator = discriminator ?? throw new global::System.ArgumentNullException(nameof(discriminator));
                    Json = json.Clone();
                }

                /// <summary>The wire value of '{{union.Discriminator}}' as received.</summary>
                public string Discriminator { get; }

                /// <summary>The whole JSON object as received.</summary>
                public global::System.Text.Json.JsonElement Json { get; }

                """);
            EmitJsonWriters(w, "Writes the JSON as received.", "The JSON as text.", "public void WriteJson(global::System.Text.Json.Utf8JsonWriter w) => Json.WriteTo(w);");
            w.Line();
            var values = union.Variants.Select(v => v.Value).Distinct().ToList();
            w.Line("/// <summary>" + (IsWireSide(union.Name) ? "Nothing to check: a value read from the wire is kept as it came." : "Reports the unknown variant: the spec lists every variant a client may send.") + "</summary>");
            w.Line(Generated.Hidden);
            if (IsWireSide(union.Name))
            {
                w.Line("public void ValidateInto(ref global::SpecGen.Runtime.Validation.ViolationCollector c, string path) { }");
            }
            else
            {
                w.Line("public void ValidateInto(ref global::SpecGen.Runtime.Validation.ViolationCollector c, string path) => c.Add(path + " + CSharp.Literal(union.Discriminator) + ", " + CSharp.Literal(RuleKinds.AllowedVariants) + ", " + CSharp.Literal(RuleText.UnknownVariant(union.Discriminator, values)) + ");");
            }
            w.Close();
        }

        /// <summary>
        /// A sequence of union values (a program of actions, a list of contents): a fluent builder with
        /// validation and a JSON array round-trip.
        /// </summary>
        private void EmitSequence(SourceWriter w, UnionSpec union, string name)
        {
            var sequence = SequenceName(union);
            w.Doc("An ordered sequence of " + union.Name + " values, built fluently and written or read as one JSON array.");
            w.Line("[" + MetadataNames.Usage(MetadataNames.Sequence) + "(typeof(" + name + "))]");
            w.Line(Generated.Attribute);
            w.Open("public sealed partial class " + sequence + " : global::System.Collections.Generic.IReadOnlyList<" + name + ">");
            w.Line("private readonly global::System.Collections.Generic.List<" + name + "> _items = new();");
            w.Line();
            w.Line("/// <summary>Appends a value and returns this sequence.</summary>");
            w.Line("public " + sequence + " Add(" + name + " item) { _items.Add(item ?? throw new global::System.ArgumentNullException(nameof(item))); return this; }");
            foreach (var adder in _map.Names.Type(union.Name)!.Adders)
            {
                var variant = _map.TypeName(adder.Schema);
                w.Line();
                w.Line("/// <summary>Appends a <see cref=\"" + variant + "\"/>.</summary>");
                w.Line("public " + sequence + " " + adder.Method + "(" + variant + " item) => Add(item);");
            }
            w.Lines($$"""

                /// <inheritdoc />
                public int Count => _items.Count;
                /// <inheritdoc />
                public {{name}} this[int index] => _items[index];
                /// <inheritdoc />
                public global::System.Collections.Generic.IEnumerator<{{name}}> GetEnumerator() => _items.GetEnumerator();
                global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();

                /// <summary>Checks every value; paths are prefixed with the item index.</summary>
                public global::SpecGen.Runtime.Validation.ValidationResult Validate()
                {
                    var c = new global::SpecGen.Runtime.Validation.ViolationCollector();
                    for (var i = 0; i < _items.Count; i++) _items[i].ValidateInto(ref c, "[" + i.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "].");
                    return c.ToResult();
                }

                """);
            EmitJsonWriters(w, "Writes the values as a JSON array.", "The JSON array as text.", "public void WriteJson(global::System.Text.Json.Utf8JsonWriter w) { w.WriteStartArray(); foreach (var item in _items) item.WriteJson(w); w.WriteEndArray(); }");
            w.Line();
            w.Line("/// <summary>Reads a JSON array (a single object is read as one value); an unknown variant is kept, an item without '" + union.Discriminator + "' makes the whole read fail (null).</summary>");
            w.Line(Generated.Hidden);
            JsonReadEmitter.EmitSequenceReader(w, sequence, name);
            var expected = CSharp.Literal("expected a JSON array of " + union.Name + " objects, each with \"" + union.Discriminator + "\"");
            w.Lines($$"""

                /// <summary>Parses a JSON array; a typed error for bad input, never an exception.</summary>
                public static {{Rt}}ParseResult<{{sequence}}> FromJson(string? json)
                {
                    if ({{Rt}}JsonValues.Parse(json, ReadJson) is { } sequence) return {{Rt}}ParseResult<{{sequence}}>.Ok(sequence);
                    return {{Rt}}ParseResult<{{sequence}}>.Fail({{expected}});
                }
                """);
            w.Close();
        }
    }
}
