using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;
using SpecGen.Spec.Yaml;

namespace SpecGen.Spec.Reading
{
    /// <summary>Reads fields, schemas, unions, enums and rules.</summary>
    internal sealed class TypeReader
    {
        private static readonly string[] FieldKeys = { "type", "items", "required", "default", "description", "list", "in", "encode_as", "aliases", "csharp", "xml_item", "rules", "time_zone", "note" };
        private static readonly string[] Locations = { "path", "query", "body", "header" };

        private readonly NodeReader _r;
        private readonly RuleReader _rules;

        public TypeReader(NodeReader r)
        {
            _r = r;
            _rules = new RuleReader(r);
        }

        public List<RuleSpec> ObjectRules(YamlNode? node, string what) => _rules.Read(node, what, onField: false);

        public List<FieldSpec> Fields(YamlMapping owner, string key, string what)
        {
            var list = new List<FieldSpec>();
            foreach (var entry in _r.Named(owner, key, "field"))
            {
                var fwhat = what + "." + entry.Key.Value;
                var map = _r.AsMapping(entry.Value, fwhat);
                if (map is null)
                {
                    if (entry.Value is not YamlMapping) _r.Report(SpecDiagnostics.MissingKey.Create(entry.Key.Span, "type", fwhat));
                    continue;
                }
                _r.CheckKeys(map, fwhat, FieldKeys);
                var typeName = _r.String(map, "type", fwhat, required: true) ?? PrimitiveTypes.String;
                var items = _r.String(map, "items", fwhat);
                var type = new TypeRef(typeName, PrimitiveTypes.TakesItems(typeName) ? new TypeRef(items ?? string.Empty, null) : null);
                if (PrimitiveTypes.TakesItems(typeName) && items is null)
                {
                    _r.Report(SpecDiagnostics.ArrayWithoutItems.Create(map.Span, fwhat));
                }
                list.Add(new FieldSpec(
                    entry.Key.Value,
                    type,
                    _r.Bool(map, "required", fwhat) ?? false,
                    _r.String(map, "default", fwhat),
                    _r.String(map, "description", fwhat),
                    List(map.Get("list"), fwhat),
                    _r.OneOf(map, "in", fwhat, Locations),
                    _r.OneOf(map, "encode_as", fwhat, new[] { "json" }),
                    _r.Strings(map.Get("aliases"), "'aliases' of " + fwhat),
                    _r.CSharpName(map, fwhat),
                    _r.String(map, "xml_item", fwhat),
                    EquatableArray.From(_rules.Read(map.Get("rules"), fwhat, onField: true)),
                    _r.String(map, "note", fwhat),
                    entry.Key.Span,
                    TimeZoneReader.Read(_r, map, fwhat)));
            }
            return list;
        }

        private ListSpec? List(YamlNode? node, string what)
        {
            var map = _r.AsMapping(node, "'list' of " + what);
            if (map is null) return null;
            _r.CheckKeys(map, "'list' of " + what, "separators", "join", "percent_encoded", "note");
            var separators = _r.Strings(map.Get("separators"), "'separators'");
            if (separators.Count == 0) _r.Report(SpecDiagnostics.MissingKey.Create(map.Span, "separators", "'list' of " + what));
            return new ListSpec(separators, _r.String(map, "join", what) ?? (separators.Count > 0 ? separators[0] : ","), _r.Bool(map, "percent_encoded", what) ?? false);
        }

        public IEnumerable<SchemaSpec> Schemas(YamlMapping root)
        {
            foreach (var entry in _r.Named(root, "schemas", "schema"))
            {
                var what = "schema " + entry.Key.Value;
                var map = _r.Definition(entry, what);
                if (map is null) continue;
                _r.CheckKeys(map, what, "description", "xml_root", "fields", "rules", "body_status", "note");
                yield return new SchemaSpec(
                    entry.Key.Value,
                    _r.String(map, "description", what),
                    _r.String(map, "xml_root", what),
                    EquatableArray.From(Fields(map, "fields", entry.Key.Value)),
                    EquatableArray.From(ObjectRules(map.Get("rules"), what)),
                    _r.String(map, "note", what),
                    entry.Key.Span,
                    BodyStatusReader.Read(_r, map.Get("body_status"), what));
            }
        }

        public IEnumerable<UnionSpec> Unions(YamlMapping root)
        {
            foreach (var entry in _r.Named(root, "unions", "union"))
            {
                var what = "union " + entry.Key.Value;
                var map = _r.Definition(entry, what);
                if (map is null) continue;
                _r.CheckKeys(map, what, "description", "discriminator", "variants", "note");
                var variants = new List<UnionVariant>();
                var variantMap = _r.AsMapping(map.Get("variants"), "'variants' of " + what);
                if (variantMap is null) _r.Report(SpecDiagnostics.MissingKey.Create(map.Span, "variants", what));
                else
                {
                    foreach (var v in variantMap.Entries)
                    {
                        variants.Add(new UnionVariant(v.Key.Value, _r.Scalar(v.Value, "variant " + v.Key.Value) ?? string.Empty, v.Key.Span));
                    }
                }
                yield return new UnionSpec(entry.Key.Value, _r.String(map, "description", what), _r.RequiredString(map, "discriminator", what), EquatableArray.From(variants), _r.String(map, "note", what), entry.Key.Span);
            }
        }

        public IEnumerable<EnumSpec> Enums(YamlMapping root)
        {
            foreach (var entry in _r.Named(root, "enums", "enum"))
            {
                var what = "enum " + entry.Key.Value;
                var map = _r.Definition(entry, what);
                if (map is null) continue;
                _r.CheckKeys(map, what, "description", "open", "values", "note", "source");
                var values = new List<EnumValueSpec>();
                var sequence = _r.AsSequence(map.Get("values"), "'values' of " + what);
                if (sequence is null) _r.Report(SpecDiagnostics.MissingKey.Create(map.Span, "values", what));
                else
                {
                    foreach (var item in sequence.Items)
                    {
                        if (item is YamlScalar scalar)
                        {
                            if (!scalar.IsNull) values.Add(new EnumValueSpec(scalar.Value, null, null, scalar.Span));
                            continue;
                        }
                        var v = _r.AsMapping(item, "a value of " + what);
                        if (v is null) continue;
                        _r.CheckKeys(v, "a value of " + what, "value", "description", "note");
                        values.Add(new EnumValueSpec(_r.RequiredString(v, "value", "a value of " + what), _r.String(v, "description", what), _r.String(v, "note", what), v.Span));
                    }
                }
                yield return new EnumSpec(entry.Key.Value, _r.String(map, "description", what), _r.Bool(map, "open", what) ?? true, EquatableArray.From(values), _r.String(map, "note", what), entry.Key.Span);
            }
        }
    }
}
