using SpecGen.Spec.Checking;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Plan
{
    /// <summary>Which named types a set of starting types reaches through fields and variants (the wire side, the XML side).</summary>
    internal static class Reachability
    {
        /// <summary>
        /// The types read from the wire: response bodies, webhook parameters and bodies, and everything they contain.
        /// Their properties are all optional (a server may omit anything) and keep what the server sent.
        /// </summary>
        public static HashSet<string> WireSide(SpecModel model, TypeScope scope)
        {
            var pending = new Stack<string>();
            foreach (var op in model.Operations)
            {
                foreach (var r in op.Responses)
                {
                    if (r.Body is { } b) pending.Push(b);
                }
                if (op.IsWebhook)
                {
                    foreach (var p in op.Parameters) pending.Push(ElementKind(p));
                    if (op.Body is { } body) pending.Push(body);
                }
            }
            return Close(scope, pending);
        }

        /// <summary>The bodies of endpoint responses whose <c>formats:</c> list <c>xml</c>, and everything they contain.</summary>
        public static HashSet<string> XmlSide(SpecModel model, TypeScope scope)
        {
            var pending = new Stack<string>();
            foreach (var op in model.Operations.Where(o => !o.IsWebhook))
            {
                foreach (var r in op.Responses)
                {
                    if (r.Body is { } b && r.Formats.Contains("xml")) pending.Push(b);
                }
            }
            return Close(scope, pending);
        }

        /// <summary>The named types in <paramref name="pending"/> and every type their fields and variants reach.</summary>
        public static HashSet<string> Close(TypeScope scope, Stack<string> pending)
        {
            var reached = new HashSet<string>(StringComparer.Ordinal);
            while (pending.Count > 0)
            {
                var name = pending.Pop();
                if (!reached.Add(name)) continue;
                if (scope.Schema(name) is { } schema)
                {
                    foreach (var f in schema.Fields) pending.Push(ElementKind(f));
                }
                if (scope.Union(name) is { } union)
                {
                    foreach (var v in union.Variants) pending.Push(v.Schema);
                }
            }
            return reached;
        }

        private static string ElementKind(FieldSpec f) => f.Type.IsArray ? f.Type.Items?.Name ?? string.Empty : f.Type.Name;
    }
}
