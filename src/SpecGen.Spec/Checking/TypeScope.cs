using SpecGen.Shared.Paths;
using SpecGen.Spec.Model;

namespace SpecGen.Spec.Checking
{
    /// <summary>
    /// Name resolution for one spec: what a type name refers to and which fields a path reaches.
    /// Shared by the checker and by the consumers (generator, analyzers), so paths mean one thing.
    /// </summary>
    public sealed class TypeScope
    {
        private readonly Dictionary<string, SchemaSpec> _schemas = new Dictionary<string, SchemaSpec>(StringComparer.Ordinal);
        private readonly Dictionary<string, UnionSpec> _unions = new Dictionary<string, UnionSpec>(StringComparer.Ordinal);
        private readonly Dictionary<string, EnumSpec> _enums = new Dictionary<string, EnumSpec>(StringComparer.Ordinal);
        private readonly Dictionary<string, CodeTableSpec> _tables = new Dictionary<string, CodeTableSpec>(StringComparer.Ordinal);

        public TypeScope(SpecModel model)
        {
            Model = model;
            foreach (var s in model.Schemas) _schemas[s.Name] = s;
            foreach (var u in model.Unions) _unions[u.Name] = u;
            foreach (var e in model.Enums) _enums[e.Name] = e;
            foreach (var t in model.CodeTables) _tables[t.Name] = t;
        }

        /// <summary>The spec being resolved.</summary>
        public SpecModel Model { get; }

        public SchemaSpec? Schema(string name) => _schemas.TryGetValue(name, out var s) ? s : null;

        public UnionSpec? Union(string name) => _unions.TryGetValue(name, out var u) ? u : null;

        public EnumSpec? Enum(string name) => _enums.TryGetValue(name, out var e) ? e : null;

        public CodeTableSpec? CodeTable(string name) => _tables.TryGetValue(name, out var t) ? t : null;

        /// <summary>True when the name is a primitive or a type of this spec.</summary>
        public bool IsKnown(string name) => PrimitiveTypes.IsPrimitive(name) || _schemas.ContainsKey(name) || _unions.ContainsKey(name) || _enums.ContainsKey(name) || _tables.ContainsKey(name);

        /// <summary>The fields an object of this type has (a union has the fields of all its variants).</summary>
        public IReadOnlyList<FieldSpec> FieldsOf(string typeName)
        {
            if (Schema(typeName) is { } schema) return schema.Fields.AsArray();
            if (Union(typeName) is { } union)
            {
                var fields = new List<FieldSpec>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var variant in union.Variants)
                {
                    if (Schema(variant.Schema) is not { } vs) continue;
                    foreach (var f in vs.Fields)
                    {
                        if (seen.Add(f.WireName)) fields.Add(f);
                    }
                }
                return fields;
            }
            return Array.Empty<FieldSpec>();
        }

        /// <summary>
        /// Resolves a dotted path (<c>action.sections[].rows[].id</c>) from a list of fields.
        /// Returns the field reached, or null with a reason.
        /// </summary>
        public FieldSpec? Resolve(IReadOnlyList<FieldSpec> fields, string path, out string reason)
        {
            reason = string.Empty;
            var current = fields;
            FieldSpec? found = null;
            var steps = SpecPath.Steps(path);
            for (var i = 0; i < steps.Count; i++)
            {
                var name = steps[i].Name;
                var stepsIntoItems = steps[i].IntoItems;
                found = null;
                foreach (var f in current)
                {
                    if (f.WireName == name) { found = f; break; }
                }
                if (found is null)
                {
                    reason = "no field '" + name + "' there";
                    return null;
                }
                if (stepsIntoItems && !found.Type.IsArray && found.List is null)
                {
                    reason = "'" + name + "' is not an array, so '[]' cannot step into its items";
                    return null;
                }
                if (i == steps.Count - 1) break;
                var type = found.Type.IsArray ? found.Type.Items?.Name ?? string.Empty : found.Type.Name;
                current = FieldsOf(type);
                if (current.Count == 0)
                {
                    reason = "'" + name + "' is of type " + type + ", which has no fields";
                    return null;
                }
            }
            return found;
        }
    }
}
