using System.Globalization;
using SpecGen.Spec.Model;
using static SpecGen.Generator.Emitters.GlobalNames;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// Emits the documented shapes of response bodies (<c>SpecGen.Runtime.Wire.WireShape</c> data, one lazy
    /// property per schema a response can carry) for the strict response check. Data, not code: the check
    /// itself lives in the runtime.
    /// </summary>
    internal static class ShapeEmitter
    {
        /// <summary>The schemas reachable from endpoint responses, in spec order.</summary>
        public static List<SchemaSpec> Reachable(TypeMap map, IEnumerable<OperationSpec> endpoints)
        {
            var reached = new HashSet<string>(System.StringComparer.Ordinal);
            var pending = new Stack<string>();
            foreach (var op in endpoints)
            {
                foreach (var r in op.Responses)
                {
                    if (r.Body is { } b) pending.Push(b);
                }
            }
            while (pending.Count > 0)
            {
                var name = pending.Pop();
                if (map.Scope.Schema(name) is not { } schema || !reached.Add(name)) continue;
                foreach (var f in schema.Fields) pending.Push(map.ElementKind(f));
            }
            return map.Model.Schemas.Where(s => reached.Contains(s.Name)).ToList();
        }

        public static void Emit(SourceWriter w, TypeMap map, string className, List<SchemaSpec> schemas)
        {
            w.Line();
            w.Line("/// <summary>The documented shapes of this spec's response bodies, for the strict check of what a server answers.</summary>");
            w.Line(Generated.Attribute);
            w.Open("internal static class " + className);
            foreach (var schema in schemas)
            {
                // A shape is named like its type (the plan's name), so a reader finds one from the other.
                var name = map.TypeName(schema.Name);
                w.Line("private static " + Wire + "WireShape? s_" + name + ";");
                w.Line("/// <summary>The shape of " + SourceWriter.Escape(schema.Name) + ".</summary>");
                var fields = schema.Fields.Select(f => Field(map, f)).ToList();
                w.Line("public static " + Wire + "WireShape " + name + " => s_" + name + " ??= new " + Wire + "WireShape(" + CSharp.Literal(schema.Name) + (fields.Count == 0 ? string.Empty : ", " + string.Join(", ", fields)) + ");");
            }
            w.Close();
        }

        private static string Field(TypeMap map, FieldSpec f)
        {
            var kindName = map.ElementKind(f);
            string kind;
            string? shape = null;
            string? pattern = null;
            if (f.List is not null) kind = "String";
            else
            {
                switch (kindName)
                {
                    case PrimitiveTypes.Int: kind = "Int"; break;
                    case PrimitiveTypes.Long: kind = "Long"; break;
                    case PrimitiveTypes.Decimal: kind = "Decimal"; break;
                    case PrimitiveTypes.Bool: kind = "Bool"; break;
                    case PrimitiveTypes.Url: kind = "Url"; break;
                    case PrimitiveTypes.DateTime:
                    case PrimitiveTypes.Date: kind = "DateTime"; pattern = map.DateTimePattern(f); break;
                    default:
                        if (map.Scope.Schema(kindName) is not null) { kind = "Object"; shape = "static () => " + map.TypeName(kindName); }
                        else if (map.Scope.Union(kindName) is not null) kind = "AnyObject";
                        else if (map.Scope.CodeTable(kindName) is { } t && t.Key == "int") kind = "Int";
                        else kind = "String";
                        break;
                }
            }
            var args = new List<string> { CSharp.Literal(f.WireName), Wire + "WireKind." + kind };
            if (f.Type.IsArray) args.Add("isArray: true");
            if (f.Required) args.Add("required: true");
            if (shape is not null) args.Add("shape: " + shape);
            if (pattern is not null) args.Add("pattern: " + CSharp.Literal(pattern));
            if (f.Aliases.Count > 0) args.Add("aliases: new string[] { " + string.Join(", ", f.Aliases.Select(CSharp.Literal)) + " }");
            if (f.Type.IsArray && f.XmlItem is { } item) args.Add("xmlItem: " + CSharp.Literal(item));
            if (f.Type.IsOneOrMany) args.Add("oneOrMany: true");
            return "new " + Wire + "WireField(" + string.Join(", ", args) + ")";
        }

        /// <summary>
        /// The runtime status rule of a response's body_status (null when it declares none). <paramref name="aliasesOf"/>
        /// gives a required field's aliases (by its body_status path): a field the reader fills from an alias is present.
        /// </summary>
        public static string StatusRule(BodyStatusSpec? status, string successCodes, Func<string, IReadOnlyList<string>> aliasesOf)
        {
            if (status is null || status.Requires.Count == 0) return "null";
            var items = status.ItemsPath;
            string Strip(string path) => items is not null && path.StartsWith(items + "[].", System.StringComparison.Ordinal) ? path.Substring(items.Length + 3) : path;
            var args = new List<string>
            {
                CSharp.Literal(items),
                CSharp.Literal(status.Code is null ? null : Strip(status.Code)),
                successCodes,
            };
            if (status.Requires.Any(r => aliasesOf(r).Count > 0))
            {
                var names = status.Requires.Select(r => "new string[] { " + string.Join(", ", new[] { Strip(r) }.Concat(aliasesOf(r)).Select(CSharp.Literal)) + " }");
                args.Add("new string[][] { " + string.Join(", ", names) + " }");
            }
            else
            {
                foreach (var r in status.Requires) args.Add(CSharp.Literal(Strip(r)));
            }
            return "new " + Wire + "StatusRule(" + string.Join(", ", args) + ")";
        }

        internal static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
    }
}
