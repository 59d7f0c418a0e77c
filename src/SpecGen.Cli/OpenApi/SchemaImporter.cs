using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace SpecGen.Cli.OpenApi
{
    /// <summary>
    /// Turns OpenAPI schemas into the spec language's schemas, unions, enums, code tables, field types and rules.
    /// What the language cannot say goes into the nearest element's note and into <see cref="ImportContext.Warnings"/>.
    /// </summary>
    internal sealed class SchemaImporter
    {
        private readonly ImportContext _cx;
        private readonly OpenApiDocument _doc;
        private readonly Dictionary<string, string> _componentNames = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly HashSet<string> _importing = new HashSet<string>(StringComparer.Ordinal);

        public SchemaImporter(ImportContext cx, OpenApiDocument doc)
        {
            _cx = cx;
            _doc = doc;
        }

        /// <summary>Every component schema that is an object, a union or a string enum, in document order.</summary>
        /// <param name="requestComponents">Components reachable from request bodies and parameters: their enums are also rules.</param>
        /// <param name="responseComponents">Components a server sends; one that no operation uses is read as a request shape.</param>
        public void ImportComponents(ISet<string> requestComponents, ISet<string> responseComponents)
        {
            if (_doc.Components?.Schemas is not { } schemas) return;
            foreach (var pair in schemas)
            {
                var s = pair.Value;
                if (IsObject(s) || IsUnion(s) || IsStringEnum(s)) ComponentType(pair.Key, s, request: requestComponents.Contains(pair.Key) || !responseComponents.Contains(pair.Key));
            }
        }

        /// <summary>Adds the ids of every component schema <paramref name="schema"/> refers to, transitively.</summary>
        public static void CollectReferences(IOpenApiSchema? schema, ISet<string> into)
        {
            if (schema is null) return;
            if (schema is OpenApiSchemaReference r)
            {
                if (r.Reference.Id is { } id && into.Add(id)) CollectReferences(r.Target, into);
                return;
            }
            foreach (var p in schema.Properties?.Values ?? Enumerable.Empty<IOpenApiSchema>()) CollectReferences(p, into);
            CollectReferences(schema.Items, into);
            foreach (var list in new[] { schema.AllOf, schema.OneOf, schema.AnyOf })
            {
                foreach (var x in list ?? new List<IOpenApiSchema>()) CollectReferences(x, into);
            }
        }

        /// <summary>
        /// The spec type of a value with this schema; rules, defaults, notes go into <paramref name="field"/>.
        /// <paramref name="suggested"/> names an inline object, union or enum that needs a name.
        /// </summary>
        public string FieldType(IOpenApiSchema schema, string pointer, string suggested, bool request, FieldBuilder field)
        {
            if (schema is OpenApiSchemaReference reference && reference.Reference.Id is { } id && reference.Target is { } target)
            {
                var componentPointer = "#/components/schemas/" + id;
                if (IsObject(target) || IsUnion(target) || IsStringEnum(target))
                {
                    var name = ComponentType(id, target, request);
                    if (IsStringEnum(target) && request) field.Rule(Allowed(target.Enum!));
                    return name;
                }
                // A primitive component (an api_key string, say) is inlined: the language has no named primitive types.
                return Scalar(target, componentPointer, suggested, request, field);
            }
            if (schema.AllOf is { Count: 1 } single && (schema.Properties is null || schema.Properties.Count == 0))
            {
                NoteNullable(schema, pointer, field);
                return FieldType(single[0], pointer + "/allOf/0", suggested, request, field);
            }
            if (IsUnion(schema)) return InlineUnion(schema, pointer, suggested, request, field);
            if (IsObject(schema)) return ImportObject(suggested, schema, pointer, request);
            return Scalar(schema, pointer, suggested, request, field);
        }

        private string ComponentType(string id, IOpenApiSchema target, bool request)
        {
            if (_componentNames.TryGetValue(id, out var known)) return known;
            var name = _cx.UniqueTypeName(Names.Pascal(id));
            _componentNames[id] = name;
            var pointer = "#/components/schemas/" + id;
            if (IsUnion(target)) ImportUnion(name, target, pointer, request);
            else if (IsStringEnum(target)) ImportEnum(name, target, target.Enum!, pointer);
            else ImportObject(name, target, pointer, request, named: true);
            return name;
        }

        private string InlineUnion(IOpenApiSchema schema, string pointer, string suggested, bool request, FieldBuilder field)
        {
            var variants = schema.OneOf?.Count > 0 ? schema.OneOf : schema.AnyOf!;
            var keyword = schema.OneOf?.Count > 0 ? "oneOf" : "anyOf";
            if (schema.Discriminator is not null)
            {
                var name = _cx.UniqueTypeName(suggested);
                ImportUnion(name, schema, pointer, request);
                return name;
            }
            if (variants.Count == 1) return FieldType(variants[0], pointer + "/" + keyword + "/0", suggested, request, field);
            _cx.Warn(pointer + "/" + keyword, keyword, keyword + " without a discriminator: the language's unions need one, so the value is typed by the first alternative", field.Notes);
            return FieldType(variants[0], pointer + "/" + keyword + "/0", suggested, request, field);
        }

        /// <summary>A union (oneOf/anyOf + discriminator): variants from the mapping, else from each variant's discriminator enum/const or schema name.</summary>
        private void ImportUnion(string name, IOpenApiSchema schema, string pointer, bool request)
        {
            var notes = new List<string>();
            var keyword = schema.OneOf?.Count > 0 ? "oneOf" : "anyOf";
            var alternatives = schema.OneOf?.Count > 0 ? schema.OneOf : schema.AnyOf ?? new List<IOpenApiSchema>();
            var map = new Dictionary<string, object?>();
            _cx.Unions[name] = map;
            if (schema.Description is { } d) map["description"] = d;
            if (schema.Discriminator?.PropertyName is not { } discriminator)
            {
                // Only reached for a component union without a discriminator: variants get their schema names as values.
                _cx.Warn(pointer + "/" + keyword, keyword, keyword + " without a discriminator: imported as a union on a 'type' field that the variants do not carry; check it", notes);
                discriminator = "type";
            }
            map["discriminator"] = discriminator;
            var variants = new Dictionary<string, object?>();
            if (schema.Discriminator?.Mapping is { Count: > 0 } mapping)
            {
                foreach (var pair in mapping)
                {
                    if (pair.Value.Reference.Id is { } id && pair.Value.Target is { } t) variants[pair.Key] = ComponentType(id, t, request);
                }
            }
            else
            {
                for (var i = 0; i < alternatives.Count; i++)
                {
                    var alt = alternatives[i];
                    var typeName = FieldType(alt, pointer + "/" + keyword + "/" + i, name + "Variant" + (i + 1), request, new FieldBuilder());
                    var value = DiscriminatorValue(alt, discriminator) ?? (alt is OpenApiSchemaReference r ? r.Reference.Id : null) ?? typeName;
                    variants[value!] = typeName;
                }
            }
            map["variants"] = variants;
            if (notes.Count > 0) map["note"] = string.Join(" ", notes);
        }

        private static string? DiscriminatorValue(IOpenApiSchema alt, string discriminator)
        {
            var properties = AllProperties(alt);
            if (!properties.TryGetValue(discriminator, out var p)) return null;
            if (p.Const is { } c) return c;
            if (p.Enum is { Count: 1 } e) return Text(e[0]);
            return null;
        }

        private void ImportEnum(string name, IOpenApiSchema schema, IList<JsonNode> values, string pointer)
        {
            var map = new Dictionary<string, object?>();
            _cx.Enums[name] = map;
            if (schema.Description is { } d) map["description"] = d;
            // An OpenAPI enum is what the document lists today; servers add values, so the set stays open and unknown values are kept.
            map["open"] = true;
            map["values"] = values.Where(v => v is not null).Select(v => (object?)new Dictionary<string, object?> { ["value"] = Text(v) }).ToList();
            _ = pointer;
        }

        /// <summary>An object schema (properties, allOf parts merged) written as a spec schema; returns its name.</summary>
        private string ImportObject(string suggested, IOpenApiSchema schema, string pointer, bool request, bool named = false)
        {
            var name = named ? suggested : _cx.UniqueTypeName(suggested);
            if (!_importing.Add(name)) return name;
            var map = new Dictionary<string, object?>();
            _cx.Schemas[name] = map;
            var notes = new List<string>();
            if (schema.Description is { } d) map["description"] = d;
            else if (schema.Title is { } title) map["description"] = title;
            if (schema.Xml?.Name is { } root) map["xml_root"] = root;
            CommonNotes(schema, pointer, notes, isField: false);
            var fields = new Dictionary<string, object?>();
            var rules = new List<object?>();
            var required = new HashSet<string>(StringComparer.Ordinal);
            var csharpNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (propertyName, property, propertyPointer) in MergedProperties(schema, pointer, required, notes))
            {
                var field = new FieldBuilder { WireName = propertyName, Required = required.Contains(propertyName) };
                field.AvoidNameClash(csharpNames);
                ImportFieldInto(field, property, propertyPointer, name + Names.Pascal(propertyName), request);
                if (field.UniqueItems) rules.Add(new Dictionary<string, object?> { ["unique"] = propertyName + "[]" });
                fields[propertyName] = field.Build();
            }
            map["fields"] = fields;
            if (rules.Count > 0) map["rules"] = rules;
            if (notes.Count > 0) map["note"] = string.Join(" ", notes);
            return name;
        }

        /// <summary>Imports one property/parameter schema into <paramref name="field"/>.</summary>
        public void ImportFieldInto(FieldBuilder field, IOpenApiSchema schema, string pointer, string suggested, bool request)
        {
            if (field.Description is null)
            {
                var description = schema.Description;
                if (description is null && schema is OpenApiSchemaReference r) description = r.Target?.Description;
                field.Description = description ?? schema.Title;
            }
            if (schema.Xml?.Name is { } xmlName) field.XmlName = xmlName;
            field.Type = FieldType(schema, pointer, suggested, request, field);
            if (field.Type == "array" && schema.Xml?.Name is null && Items(schema)?.Xml?.Name is { } itemName) field.XmlItem = itemName;
            if (field.Required && schema.Type is { } t && (t & JsonSchemaType.Null) != 0)
                _cx.Warn(pointer + "/nullable", "nullable", "a required value that may be null: required fields are never null in the language, so null is not accepted", field.Notes);
        }

        private static IOpenApiSchema? Items(IOpenApiSchema schema) => schema is OpenApiSchemaReference r ? r.Target?.Items : schema.Items;

        private IEnumerable<(string Name, IOpenApiSchema Schema, string Pointer)> MergedProperties(IOpenApiSchema schema, string pointer, HashSet<string> required, List<string> notes)
        {
            var seen = new Dictionary<string, (IOpenApiSchema, string)>(StringComparer.Ordinal);
            var order = new List<string>();
            void Walk(IOpenApiSchema s, string at)
            {
                if (s is OpenApiSchemaReference r && r.Target is { } target)
                {
                    Walk(target, "#/components/schemas/" + r.Reference.Id);
                    return;
                }
                if (s.AllOf is { } parts)
                {
                    for (var i = 0; i < parts.Count; i++) Walk(parts[i], at + "/allOf/" + i);
                }
                if (s.Required is { } req) foreach (var q in req) required.Add(q);
                if (s.Properties is { } props)
                {
                    foreach (var p in props)
                    {
                        if (!seen.ContainsKey(p.Key)) order.Add(p.Key);
                        seen[p.Key] = (p.Value, at + "/properties/" + Pointer.Escape(p.Key));
                    }
                }
                if (s.AdditionalProperties is not null || s.PatternProperties?.Count > 0)
                    _cx.Warn(at + "/additionalProperties", "additionalProperties", "additional or pattern properties: only the named properties are imported", notes);
                if (s.Discriminator is not null && !IsUnion(s))
                    _cx.Warn(at + "/discriminator", "discriminator", "a discriminator on a plain object (property '" + s.Discriminator.PropertyName + "') is not a union; kept as a field", notes);
            }
            Walk(schema, pointer);
            foreach (var key in order) yield return (key, seen[key].Item1, seen[key].Item2);
        }

        private static Dictionary<string, IOpenApiSchema> AllProperties(IOpenApiSchema schema)
        {
            var result = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
            void Walk(IOpenApiSchema s)
            {
                if (s is OpenApiSchemaReference r && r.Target is { } t) { Walk(t); return; }
                if (s.AllOf is { } parts) foreach (var part in parts) Walk(part);
                if (s.Properties is { } props) foreach (var p in props) result[p.Key] = p.Value;
            }
            Walk(schema);
            return result;
        }

        /// <summary>Primitive and array values: the type, its constraints as rules, and notes for the rest.</summary>
        private string Scalar(IOpenApiSchema s, string pointer, string suggested, bool request, FieldBuilder field)
        {
            var type = (s.Type ?? 0) & ~JsonSchemaType.Null;
            CommonNotes(s, pointer, field.Notes, isField: true);
            NoteNullable(s, pointer, field);
            if (s.Default is { } def && def.GetValueKind() is not System.Text.Json.JsonValueKind.Object and not System.Text.Json.JsonValueKind.Array and not System.Text.Json.JsonValueKind.Null)
                field.Default = Text(def);
            if (type == JsonSchemaType.Array || (type == 0 && s.Items is not null))
            {
                if (s.MinItems is not null || s.MaxItems is not null) field.Rule(Bounds("count", s.MinItems, s.MaxItems));
                if (s.UniqueItems == true) field.UniqueItems = true;
                if (s.Properties?.Count > 0)
                    _cx.Warn(pointer + "/properties", "properties on an array", "an array schema that also declares properties (" + string.Join(", ", s.Properties.Keys) + "); only its items are imported", field.Notes);
                var itemField = new FieldBuilder();
                var itemType = s.Items is null ? "string" : FieldType(s.Items, pointer + "/items", suggested + "Item", request, itemField);
                if (s.Items is null) _cx.Warn(pointer, "array without items", "an array without 'items': read as an array of strings", field.Notes);
                foreach (var rule in itemField.Rules)
                {
                    _cx.Warn(pointer + "/items", "item constraint", "a constraint on array items (" + string.Join(",", rule.Keys) + ") cannot be written on the array field; kept as a note", field.Notes);
                }
                field.Items = itemType;
                field.Notes.AddRange(itemField.Notes);
                return Extension(s, "x-specgen-type") is System.Text.Json.Nodes.JsonValue mark && mark.TryGetValue<string>(out var marked) && marked == "one_or_many" ? "one_or_many" : "array";
            }
            if (s.Const is { } constant) field.Rule(new Dictionary<string, object?> { ["allowed"] = new List<object?> { constant } });
            if (type == JsonSchemaType.Integer || type == JsonSchemaType.Number)
            {
                var primitive = type == JsonSchemaType.Integer ? (s.Format == "int64" ? "long" : "int") : "decimal";
                if (s.Format is { } f && f != "int32" && f != "int64" && f != "float" && f != "double")
                    _cx.Warn(pointer + "/format", "format", "format '" + f + "' has no equivalent in the language; the value is a " + primitive, field.Notes);
                NumericBounds(s, pointer, primitive, field);
                if (s.MultipleOf is { } m) _cx.Warn(pointer + "/multipleOf", "multipleOf", "multipleOf " + Names.Number(m) + " has no rule in the language", field.Notes);
                if (s.Enum is { Count: > 0 } values)
                {
                    if (request) field.Rule(Allowed(values));
                    else return IntCodeTable(suggested, s, values, primitive);
                }
                return primitive;
            }
            if (type == JsonSchemaType.Boolean) return "bool";
            if (type == JsonSchemaType.Object || type == 0 && s.Properties is null && type != JsonSchemaType.String)
            {
                if (type == 0 && s.Enum is null && s.Format is null && s.Pattern is null && s.MaxLength is null && s.MinLength is null)
                {
                    if (type == 0) _cx.Warn(pointer, "untyped schema", "a schema without a type: read as text", field.Notes);
                    return "string";
                }
                if (type == JsonSchemaType.Object) return ImportObject(suggested, s, pointer, request);
            }
            // Text.
            var result = "string";
            switch (s.Format)
            {
                case null: break;
                case "date-time": result = "datetime"; break;
                case "date": result = "date"; break;
                case "uri": case "url": result = "url"; break;
                default:
                    _cx.Warn(pointer + "/format", "format", "format '" + s.Format + "' has no equivalent in the language; the value is text", field.Notes);
                    break;
            }
            if (s.MinLength is not null || s.MaxLength is not null) field.Rule(Bounds("length", s.MinLength, s.MaxLength));
            if (s.Pattern is { } pattern)
            {
                // ^(?:X)$ is how an export says "the whole value matches X": the language's own meaning of X.
                if (pattern.StartsWith("^(?:", StringComparison.Ordinal) && pattern.EndsWith(")$", StringComparison.Ordinal)) pattern = pattern.Substring(4, pattern.Length - 6);
                field.Rule(new Dictionary<string, object?> { ["pattern"] = pattern });
                if (!(pattern.StartsWith("^", StringComparison.Ordinal) && pattern.EndsWith("$", StringComparison.Ordinal)) && !(s.Pattern ?? string.Empty).StartsWith("^(?:", StringComparison.Ordinal))
                    _cx.Warn(pointer + "/pattern", "unanchored pattern", "pattern '" + pattern + "' is not anchored: JSON Schema finds it anywhere in the value, the language matches the whole value", field.Notes);
            }
            var possible = Extension(s, "x-possible-values");
            if (s.Enum is { Count: 1 } single && result == "string")
            {
                // A one-value enum is a constant (a variant's discriminator tag): a rule in both directions, not a value set.
                field.Rule(Allowed(single));
                return result;
            }
            if (s.Enum is { Count: > 0 } strings && result == "string")
            {
                var name = _cx.UniqueTypeName(suggested);
                ImportEnum(name, s, strings, pointer);
                if (request) field.Rule(Allowed(strings));
                return name;
            }
            if (possible is JsonArray list && result == "string")
            {
                // The x-possible-values extension lists what a server sends: exactly an open value set.
                var name = _cx.UniqueTypeName(suggested);
                ImportEnum(name, s, list.Where(n => n is not null).Select(n => n!).ToList(), pointer);
                return name;
            }
            return result;
        }

        private string IntCodeTable(string suggested, IOpenApiSchema s, IList<JsonNode> values, string primitive)
        {
            // An integer enum a server sends is a code table (key int, open): codes are kept even when unknown.
            var name = Names.Snake(_cx.UniqueTypeName(suggested));
            var codes = values.Where(v => v is not null).Select(v => (object?)new Dictionary<string, object?> { ["code"] = Text(v) }).ToList();
            var map = new Dictionary<string, object?>();
            if (s.Description is { } d) map["description"] = d;
            map["source"] = "OpenAPI enum";
            map["key"] = primitive == "decimal" ? "string" : "int";
            map["open"] = true;
            map["codes"] = codes;
            _cx.CodeTables[name] = map;
            return name;
        }

        private void NumericBounds(IOpenApiSchema s, string pointer, string primitive, FieldBuilder field)
        {
            decimal? min = Parse(s.Minimum), max = Parse(s.Maximum);
            var exMin = Parse(s.ExclusiveMinimum);
            var exMax = Parse(s.ExclusiveMaximum);
            var integral = primitive != "decimal";
            if (exMin is { } a)
            {
                if (integral) min = Math.Max(min ?? decimal.MinValue, Math.Floor(a) + 1);
                else _cx.Warn(pointer + "/exclusiveMinimum", "exclusiveMinimum", "exclusive minimum " + Names.Number(a) + " on a decimal: the language's ranges are inclusive", field.Notes);
            }
            if (exMax is { } b)
            {
                if (integral) max = Math.Min(max ?? decimal.MaxValue, Math.Ceiling(b) - 1);
                else _cx.Warn(pointer + "/exclusiveMaximum", "exclusiveMaximum", "exclusive maximum " + Names.Number(b) + " on a decimal: the language's ranges are inclusive", field.Notes);
            }
            if (min is not null || max is not null)
            {
                var range = new Dictionary<string, object?>();
                if (min is { } lo) range["min"] = lo;
                if (max is { } hi) range["max"] = hi;
                field.Rule(new Dictionary<string, object?> { ["range"] = range });
            }
        }

        /// <summary>Notes and warnings for keywords every schema may carry: examples, deprecation, x- extensions, xml details.</summary>
        private void CommonNotes(IOpenApiSchema s, string pointer, List<string> notes, bool isField)
        {
            if (s is OpenApiSchemaReference) return;
#pragma warning disable CS0618 // 3.0 documents carry "example"; 3.x keeps it beside "examples".
            if (s.Example is { } example) _cx.Warn(pointer + "/example", "example", "example " + Shorten(example.ToJsonString()), notes);
#pragma warning restore CS0618
            if (s.Examples is { Count: > 0 } examples) _cx.Warn(pointer + "/examples", "example", "examples " + Shorten(string.Join(", ", examples.Select(e => e?.ToJsonString())), 200), notes);
            if (s.Deprecated) _cx.Warn(pointer + "/deprecated", "deprecated", "deprecated", notes);
            if (s.ReadOnly) _cx.Warn(pointer + "/readOnly", "readOnly", "read-only (sent by the server only)", notes);
            if (s.WriteOnly) _cx.Warn(pointer + "/writeOnly", "writeOnly", "write-only (never returned)", notes);
            if (s.Not is not null) _cx.Warn(pointer + "/not", "not", "a 'not' schema has no equivalent", notes);
            if (isField && s.Xml is { } xml)
            {
                if (xml.NodeType is { } node && node != OpenApiXmlNodeType.Element)
                    _cx.Warn(pointer + "/xml", "xml node type", "written as an XML " + node.ToString().ToLowerInvariant() + ", not an element", notes);
                if (xml.Namespace is not null || xml.Prefix is not null)
                    _cx.Warn(pointer + "/xml", "xml namespace", "XML namespace/prefix " + xml.Namespace + xml.Prefix, notes);
            }
            if (s.Xml?.Extensions is { Count: > 0 } xmlExtensions)
            {
                // The xml.x-text extension marks a value written as the element's text.
                foreach (var pair in xmlExtensions)
                    _cx.Warn(pointer + "/xml/" + Pointer.Escape(pair.Key), "x-extension xml." + pair.Key, "XML extension " + pair.Key + ": " + (pair.Value is JsonNodeExtension j ? j.Node.ToJsonString() : pair.Value.ToString()), notes);
            }
            if (s is IOpenApiExtensible extensible && extensible.Extensions is { } extensions)
            {
                foreach (var pair in extensions)
                {
                    if (pair.Key == "x-possible-values") continue;
                    var text = pair.Value is JsonNodeExtension j ? j.Node.ToJsonString() : pair.Value.ToString();
                    _cx.Warn(pointer + "/" + Pointer.Escape(pair.Key), "x-extension " + pair.Key, "extension " + pair.Key + ": " + Shorten(text ?? string.Empty), notes);
                }
            }
            if (s.UnrecognizedKeywords is { Count: > 0 } unknown)
            {
                foreach (var pair in unknown) _cx.Warn(pointer + "/" + Pointer.Escape(pair.Key), "unknown keyword " + pair.Key, "keyword " + pair.Key + ": " + Shorten(pair.Value?.ToJsonString() ?? "null"), notes);
            }
        }

        private void NoteNullable(IOpenApiSchema s, string pointer, FieldBuilder field)
        {
            // nullable on an optional value is what the language already says (absent or null both read as null).
            _ = s;
            _ = pointer;
            _ = field;
        }

        private static JsonNode? Extension(IOpenApiSchema s, string name) =>
            s is IOpenApiExtensible e && e.Extensions is { } x && x.TryGetValue(name, out var v) && v is JsonNodeExtension j ? j.Node : null;

        public static bool IsObject(IOpenApiSchema s)
        {
            if (s is OpenApiSchemaReference r) return r.Target is { } t && IsObject(t);
            if (IsUnion(s)) return false;
            var type = (s.Type ?? 0) & ~JsonSchemaType.Null;
            if (type == JsonSchemaType.Array) return false;
            return s.Properties?.Count > 0 || s.AllOf?.Count > 1 || (s.AllOf?.Count == 1 && s.Properties?.Count > 0) || (type == JsonSchemaType.Object && s.AllOf is null);
        }

        public static bool IsUnion(IOpenApiSchema s)
        {
            if (s is OpenApiSchemaReference r) return r.Target is { } t && IsUnion(t);
            return (s.OneOf?.Count > 1 || s.AnyOf?.Count > 1) && s.Discriminator is not null;
        }

        private static bool IsStringEnum(IOpenApiSchema s) =>
            s is not OpenApiSchemaReference && ((s.Type ?? 0) & ~JsonSchemaType.Null) == JsonSchemaType.String && s.Enum is { Count: > 1 } && s.Format is null;

        private static Dictionary<string, object?> Allowed(IEnumerable<JsonNode?> values) =>
            new Dictionary<string, object?> { ["allowed"] = values.Where(v => v is not null && v.GetValueKind() != System.Text.Json.JsonValueKind.Null).Select(v => (object?)Text(v!)).Distinct().ToList() };

        private static Dictionary<string, object?> Bounds(string kind, int? min, int? max)
        {
            var bounds = new Dictionary<string, object?>();
            if (min is { } lo) bounds["min"] = lo;
            if (max is { } hi) bounds["max"] = hi;
            return new Dictionary<string, object?> { [kind] = bounds };
        }

        public static string Text(JsonNode node) => node.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();

        private static decimal? Parse(string? s) => s is not null && decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : (decimal?)null;

        public static string Shorten(string s, int max = 120) => s.Length <= max ? s : s.Substring(0, max) + "…";
    }

    /// <summary>JSON pointer escaping (RFC 6901).</summary>
    internal static class Pointer
    {
        public static string Escape(string token) => token.Replace("~", "~0").Replace("/", "~1");
    }
}
