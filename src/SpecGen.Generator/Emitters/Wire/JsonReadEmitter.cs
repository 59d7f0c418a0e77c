using SpecGen.Spec.Model;
using static SpecGen.Generator.Emitters.GlobalNames;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// Streaming JSON readers: one pass over a <c>Utf8JsonReader</c>, each member name compared once against UTF-8
    /// literals, values read by the runtime's <c>JsonRead</c> helpers (tolerant, drift recorded). The documented name
    /// wins over an alias, and an earlier alias over a later one, whatever the member order, as the per-name lookups
    /// they replace did.
    /// </summary>
    internal sealed class JsonReadEmitter
    {
        public const string Reader = "global::System.Text.Json.Utf8JsonReader";
        public const string State = Wire + "JsonReadState";
        private const string Read = Wire + "JsonRead.";

        private readonly TypeMap _map;
        private int _counter;

        public JsonReadEmitter(TypeMap map) => _map = map;

        /// <summary>The parameter list of every generated reader.</summary>
        public static string Parameters => "ref " + Reader + " r, ref " + State + " s";

        private string Next(string prefix) => prefix + (_counter++).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string U8(string name) => CSharp.Literal(name) + "u8";

        /// <summary>
        /// <c>public static T ReadJson(ref Utf8JsonReader r, ref JsonReadState s)</c> for an object of
        /// <paramref name="fields"/>; <paramref name="isFixed"/> fields are set by the type (only their presence counts),
        /// <paramref name="finish"/> turns a local into the property value.
        /// </summary>
        public void EmitObjectReader(SourceWriter w, string type, IReadOnlyList<FieldSpec> fields, Func<FieldSpec, bool> isFixed, Func<FieldSpec, string, string> finish)
        {
            w.Line("/// <summary>Reads a JSON object (the reader on its start, left on its end); unknown members are skipped, unreadable values become null.</summary>");
            w.Line(Generated.Hidden);
            w.Open("public static " + type + " ReadJson(" + Parameters + ")");
            // Fields the type sets itself are read only to see that a required one is there.
            fields = fields.Where(f => !isFixed(f) || f.Required).ToList();
            var locals = new Dictionary<FieldSpec, string>();
            var ranks = new Dictionary<FieldSpec, string>();
            // Which fields each member name fills, and as which spelling (0 = the wire name, n = the n-th alias).
            var byName = new List<(string Name, List<(FieldSpec Field, int Rank)> Targets)>();
            foreach (var f in fields)
            {
                var local = Next("v");
                locals[f] = local;
                w.Line(isFixed(f) ? "var " + local + " = false;" : _map.ClrType(f) + "? " + local + " = null;");
                if (f.Aliases.Count > 0)
                {
                    var rank = Next("k");
                    ranks[f] = rank;
                    w.Line("var " + rank + " = " + (f.Aliases.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ";");
                }
                var names = new[] { f.WireName }.Concat(f.Aliases).ToList();
                for (var i = 0; i < names.Count; i++)
                {
                    var entry = byName.FirstOrDefault(b => b.Name == names[i]);
                    if (entry.Name is null)
                    {
                        entry = (names[i], new List<(FieldSpec, int)>());
                        byName.Add(entry);
                    }
                    if (!entry.Targets.Any(t => t.Field == f)) entry.Targets.Add((f, i));
                }
            }
            w.Open("while (" + Read + "NextProperty(ref r, ref s))");
            w.Open("switch (JsonMembers.IndexOf(ref r))");
            for (var b = 0; b < byName.Count; b++)
            {
                var lines = new List<string>();
                var targets = byName[b].Targets;
                for (var t = 0; t < targets.Count; t++)
                {
                    // A name two fields read (one's alias is the other's name) fills both: all but the last from a copy.
                    var reader = t < targets.Count - 1 ? Next("c") : "r";
                    if (reader != "r") lines.Add("var " + reader + " = r;");
                    lines.Add(Assignment(targets[t].Field, targets[t].Rank, locals[targets[t].Field], ranks.TryGetValue(targets[t].Field, out var rank) ? rank : null, isFixed(targets[t].Field), reader));
                }
                w.Line("case " + b.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + string.Join(" ", lines) + " break;");
            }
            w.Line("default: " + Read + "Skip(ref r); break;");
            w.Close();
            w.Close();
            foreach (var f in fields)
            {
                // A missing required field is drift: the strict response check then says which.
                if (f.Required) w.Line("if (" + (isFixed(f) ? "!" + locals[f] : locals[f] + " is null") + ") s.Flag();");
            }
            var set = fields.Where(f => !isFixed(f)).Select(f => _map.PropertyName(f) + " = " + finish(f, locals[f])).ToList();
            w.Line("return new " + type + (set.Count == 0 ? "();" : " { " + string.Join(", ", set) + " };"));
            w.Close();
            w.Line();
            w.Line("private static readonly " + Wire + "JsonNames JsonMembers = new " + Wire + "JsonNames(" + string.Join(", ", byName.Select(b => CSharp.Literal(b.Name))) + ");");
        }

        private string Assignment(FieldSpec f, int rank, string local, string? rankLocal, bool isFixed, string reader)
        {
            var value = isFixed ? Read + "Present(ref " + reader + ", ref s)" : Value(f, reader, "s");
            // The last member of a name counts, a null one too, as a document lookup and the strict check see the body.
            if (rankLocal is null) return isFixed ? "if (" + Read + "Value(ref " + reader + ")) " + local + " = " + value + ";" : local + " = " + Read + "Value(ref " + reader + ") ? " + value + " : null;";
            var n = rank.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (rank == 0) return "if (" + Read + "Value(ref " + reader + ")) { " + rankLocal + " = 0; " + local + " = " + value + "; }";
            // An alias counts only when no better spelling was read (and its value is still read past).
            return "if (" + Read + "Value(ref " + reader + ") && " + rankLocal + " >= " + n + ") { " + rankLocal + " = " + n + "; " + local + " = " + value + "; } else " + reader + ".Skip();";
        }

        /// <summary>An expression reading the field's value at the reader (not null: the caller skipped JSON null).</summary>
        public string Value(FieldSpec field, string r, string s)
        {
            if (field.Type.IsOneOrMany)
            {
                // The documents allow one item on its own or an array of them.
                var single = _map.IsValueElement(field) ? "SingleValue" : "Single";
                return "(" + r + ".TokenType == global::System.Text.Json.JsonTokenType.StartArray ? " + TypeMap.OneOrMany + ".From(" + ArrayValue(field, r, s) + ") : " + TypeMap.OneOrMany + "." + single + "(" + Element(field, r, s) + "))";
            }
            if (field.Type.IsArray) return ArrayValue(field, r, s);
            if (field.List is { } list)
            {
                return Wire + "Lists.Split(" + Read + "String(ref " + r + ", ref " + s + "), " + CSharp.Literal(string.Join(string.Empty, list.Separators)) + (list.PercentEncoded ? ", percentEncoded: true" : string.Empty) + ")";
            }
            return Element(field, r, s);
        }

        /// <summary>An expression reading an array field (or a whole array body, for a form field carrying JSON).</summary>
        public string ArrayValue(FieldSpec field, string r, string s)
        {
            var kind = _map.ElementKind(field);
            var type = _map.ElementType(field);
            var args = "ref " + r + ", ref " + s + ", ";
            if (IsObject(kind)) return Read + "Objects(" + args + type + ".ReadJson)";
            var ri = Next("r");
            var si = Next("s");
            var item = "static (ref " + Reader + " " + ri + ", ref " + State + " " + si + ") => " + Element(field, ri, si);
            return Read + (_map.IsValueElement(field) ? "Values" : "Array") + "(" + args + item + ")";
        }

        private bool IsObject(string kind) => _map.Scope.Schema(kind) is not null || _map.Scope.Union(kind) is not null;

        /// <summary>An expression reading one element of the field's type.</summary>
        private string Element(FieldSpec field, string r, string s)
        {
            var kind = _map.ElementKind(field);
            var type = _map.ElementType(field);
            var args = "ref " + r + ", ref " + s;
            switch (kind)
            {
                case PrimitiveTypes.String:
                case PrimitiveTypes.Phone: return Read + "String(" + args + ")";
                case PrimitiveTypes.Int: return Read + "Int(" + args + ")";
                case PrimitiveTypes.Long: return Read + "Long(" + args + ")";
                case PrimitiveTypes.Decimal: return Read + "Decimal(" + args + ")";
                case PrimitiveTypes.Bool: return Read + "Bool(" + args + ")";
                case PrimitiveTypes.Url: return Read + "Url(" + args + ")";
                case PrimitiveTypes.DateTime:
                case PrimitiveTypes.Date: return Read + "DateTime(" + args + ", " + CSharp.Literal(_map.DateTimePattern(field)) + ")";
                case PrimitiveTypes.Binary: return Read + "Ignored<byte[]>(" + args + ")";
            }
            if (_map.Scope.Enum(kind) is not null || (_map.Scope.CodeTable(kind) is { } t && t.Key == "string"))
            {
                var v = Next("t");
                return "(" + Read + "String(" + args + ") is { } " + v + " ? new " + type + "(" + v + ") : (" + type + "?)null)";
            }
            if (_map.Scope.CodeTable(kind) is not null)
            {
                var v = Next("n");
                return "(" + Read + "Int(" + args + ") is { } " + v + " ? new " + type + "(" + v + ") : (" + type + "?)null)";
            }
            return Read + "Object(" + args + ", " + type + ".ReadJson)";
        }

        /// <summary>
        /// A union's <c>ReadJson</c>: the discriminator is found on a copy of the reader (it may come after other members),
        /// then the variant reads the object; an unknown value is kept with its JSON, no discriminator reads as null.
        /// </summary>
        public void EmitUnionReader(SourceWriter w, UnionSpec union, string name, string unknown)
        {
            w.Open("static " + name + "? ReadJson(" + Parameters + ")");
            var groups = union.Variants.GroupBy(v => v.Schema).ToList();
            var values = new List<string>();
            w.Open("switch (" + Read + "Variant(r, " + U8(union.Discriminator) + ", JsonVariants))");
            foreach (var group in groups)
            {
                var labels = new List<string>();
                foreach (var v in group)
                {
                    labels.Add("case " + values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":");
                    values.Add(v.Value);
                }
                w.Line(string.Join(" ", labels) + " return " + _map.TypeName(group.Key) + ".ReadJson(ref r, ref s);");
            }
            w.Line("case -1: r.Skip(); return null;");
            w.Line("default: return new " + unknown + "(" + Read + "Discriminator(r, " + U8(union.Discriminator) + ")!, " + Read + "Raw(ref r));");
            w.Close();
            w.Close();
            w.Line();
            w.Line("private static readonly " + Wire + "JsonNames JsonVariants = new " + Wire + "JsonNames(" + string.Join(", ", values.Select(CSharp.Literal)) + ");");
        }

        /// <summary>A sequence's <c>ReadJson</c>: an array of variants (one object reads as one value); any unreadable item makes it null.</summary>
        public static void EmitSequenceReader(SourceWriter w, string sequence, string union)
        {
            w.Lines($$"""
                public static {{sequence}}? ReadJson({{Parameters}})
                {
                    var sequence = new {{sequence}}();
                    if (r.TokenType == global::System.Text.Json.JsonTokenType.StartObject) return {{union}}.ReadJson(ref r, ref s) is { } one ? sequence.Add(one) : null;
                    if (r.TokenType != global::System.Text.Json.JsonTokenType.StartArray) { r.Skip(); return null; }
                    var complete = true;
                    while (r.Read() && r.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
                    {
                        if (r.TokenType == global::System.Text.Json.JsonTokenType.StartObject && {{union}}.ReadJson(ref r, ref s) is { } value) sequence.Add(value);
                        else { complete = false; r.Skip(); }
                    }
                    return complete ? sequence : null;
                }
                """);
        }
    }
}
