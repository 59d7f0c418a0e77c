using SpecGen.Spec.Model;

namespace SpecGen.Spec.Locking
{
    /// <summary>
    /// A spec's public surface written back in the spec language (as JSON, which the YAML reader reads): identity,
    /// auth, operations and their parameters and responses, schemas, unions, enums and code tables, with the value
    /// rules the diff compares and the spec's own C# names (<c>csharp:</c> on operations, code tables and fields). Descriptions, notes, lookup rows and conditional rules are left out.
    /// </summary>
    internal static class SurfaceWriter
    {
        private sealed class Map : List<KeyValuePair<string, object?>>
        {
            public void Set(string key, object? value)
            {
                if (value is not null) Add(new KeyValuePair<string, object?>(key, value));
            }
        }

        public static List<KeyValuePair<string, object?>> Write(SpecModel model)
        {
            var h = model.Header;
            var root = new Map();
            root.Set("spec", 1);
            root.Set("provider", h.Provider);
            root.Set("version", h.Version);
            root.Set("namespace", h.Namespace);
            // Property names are made from wire names without it: part of the C# surface.
            root.Set("strip_prefix", h.StripPrefix);
            root.Set("document", h.Document ?? "locked");
            root.Set("base_url", h.BaseUrl);
            if (h.Auth is { } auth)
            {
                var a = new Map();
                a.Set("scheme", auth.Scheme);
                if (auth.Fields.Count > 0)
                {
                    var fields = new Map();
                    foreach (var f in auth.Fields) fields.Set(f.Name, f.Secret ? new Map { new KeyValuePair<string, object?>("secret", true) } : new Map());
                    a.Set("fields", fields);
                }
                a.Set("header", auth.Header);
                a.Set("query_parameter", auth.QueryParameter);
                root.Set("auth", a);
            }
            var operations = new Map();
            foreach (var op in model.Operations) operations.Set(op.Name, Operation(op));
            root.Set("operations", operations);
            if (model.Schemas.Count > 0)
            {
                var schemas = new Map();
                foreach (var s in model.Schemas) schemas.Set(s.Name, new Map { new KeyValuePair<string, object?>("fields", Fields(s.Fields)) });
                root.Set("schemas", schemas);
            }
            if (model.Unions.Count > 0)
            {
                var unions = new Map();
                foreach (var u in model.Unions)
                {
                    var variants = new Map();
                    foreach (var v in u.Variants) variants.Set(v.Value, v.Schema);
                    unions.Set(u.Name, new Map { new KeyValuePair<string, object?>("discriminator", u.Discriminator), new KeyValuePair<string, object?>("variants", variants) });
                }
                root.Set("unions", unions);
            }
            if (model.Enums.Count > 0)
            {
                var enums = new Map();
                foreach (var e in model.Enums)
                    enums.Set(e.Name, new Map { new KeyValuePair<string, object?>("open", e.Open), new KeyValuePair<string, object?>("values", e.Values.Select(v => (object?)new Map { new KeyValuePair<string, object?>("value", v.Value) }).ToList()) });
                root.Set("enums", enums);
            }
            if (model.CodeTables.Count > 0)
            {
                var tables = new Map();
                foreach (var t in model.CodeTables)
                {
                    var m = new Map
                    {
                        new KeyValuePair<string, object?>("source", t.Source ?? "locked"),
                        new KeyValuePair<string, object?>("key", t.Key),
                        new KeyValuePair<string, object?>("open", t.Open),
                        new KeyValuePair<string, object?>("codes", t.Codes.Select(Code).ToList()),
                    };
                    // The C# name is surface: renaming the type breaks code that names it.
                    m.Set("csharp", t.CSharpName);
                    tables.Set(t.Name, m);
                }
                root.Set("code_tables", tables);
            }
            if (model.Lookups.Count > 0)
            {
                // Columns and keys are the surface; rows are data, so none is recorded.
                var lookups = new Map();
                foreach (var l in model.Lookups)
                {
                    var m = new Map();
                    m.Set("source", l.Source ?? "locked");
                    m.Set("columns", l.Columns.Select(c => (object?)c).ToList());
                    m.Set("key", l.Key);
                    if (l.Indexes.Count > 0) m.Set("indexes", l.Indexes.Select(i => (object?)i.Select(c => (object?)c).ToList()).ToList());
                    m.Set("rows", new List<object?>());
                    lookups.Set(l.Name, m);
                }
                root.Set("lookups", lookups);
            }
            return root;
        }

        /// <summary>A code with the words its C# member is named from (the meaning, else the description).</summary>
        private static object? Code(CodeSpec c)
        {
            var m = new Map();
            m.Set("code", c.Code);
            m.Set("meaning", c.Meaning);
            if (c.Meaning is null) m.Set("description", c.Description);
            return m;
        }

        private static Map Operation(OperationSpec op)
        {
            var m = new Map();
            m.Set("kind", op.Kind);
            m.Set("source", op.Source ?? "locked");
            m.Set("method", op.Method);
            m.Set("path", op.Path);
            m.Set("encoding", op.Encoding);
            if (op.Parameters.Count > 0) m.Set("parameters", Fields(op.Parameters));
            m.Set("body", op.Body);
            if (op.Responses.Count > 0)
            {
                m.Set("responses", op.Responses.Select(r =>
                {
                    var x = new Map();
                    x.Set("outcome", r.Outcome);
                    x.Set("status", r.Statuses.Select(s => (object?)s).ToList());
                    x.Set("body", r.Body);
                    if (r.Formats.Count > 0) x.Set("formats", r.Formats.Select(f => (object?)f).ToList());
                    x.Set("variant", r.Variant);
                    if (r.IsBinary) x.Set("binary", new Map { new KeyValuePair<string, object?>("content_types", r.BinaryContentTypes.Select(c => (object?)c).ToList()) });
                    return (object?)x;
                }).ToList());
            }
            m.Set("code_table", op.CodeTable);
            m.Set("csharp", op.CSharpName);
            if (op.Reply is { } reply)
            {
                var r = new Map();
                r.Set("status", reply.Status);
                r.Set("body", reply.Body);
                m.Set("reply", r);
            }
            return m;
        }

        private static Map Fields(EquatableArray<FieldSpec> fields)
        {
            var map = new Map();
            foreach (var f in fields)
            {
                var m = new Map();
                m.Set("type", f.Type.Name);
                if (f.Type.IsArray) m.Set("items", f.Type.Items?.Name);
                if (f.Required) m.Set("required", true);
                m.Set("default", f.Default);
                if (f.List is { } list)
                {
                    m.Set("list", new Map
                    {
                        new KeyValuePair<string, object?>("separators", list.Separators.Select(s => (object?)s).ToList()),
                        new KeyValuePair<string, object?>("join", list.Join),
                        new KeyValuePair<string, object?>("percent_encoded", list.PercentEncoded),
                    });
                }
                m.Set("in", f.In);
                m.Set("encode_as", f.EncodeAs);
                m.Set("csharp", f.CSharpName);
                var rules = f.Rules.Where(r => r.When is null).Select(Rule).Where(r => r is not null).ToList();
                if (rules.Count > 0) m.Set("rules", rules);
                map.Set(f.WireName, m);
            }
            return map;
        }

        private static object? Rule(RuleSpec r)
        {
            Map Bounds()
            {
                var b = new Map();
                b.Set("min", r.Min);
                b.Set("max", r.Max);
                return b;
            }
            switch (r.Kind)
            {
                case RuleKinds.Allowed: return new Map { new KeyValuePair<string, object?>("allowed", r.Values.Select(v => (object?)v).ToList()) };
                case RuleKinds.Range:
                case RuleKinds.Length:
                case RuleKinds.Count: return new Map { new KeyValuePair<string, object?>(r.Kind, Bounds()) };
                case RuleKinds.Pattern: return new Map { new KeyValuePair<string, object?>("pattern", r.Pattern) };
                case RuleKinds.Format:
                    var f = new Map { new KeyValuePair<string, object?>("format", r.Format) };
                    f.Set("pattern", r.Pattern);
                    return f;
                default: return null;
            }
        }
    }
}
