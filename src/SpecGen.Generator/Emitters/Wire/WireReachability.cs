using System;
using System.Collections.Generic;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// Which schemas are read from the wire (response bodies, webhook payloads, and everything they
    /// contain). Their properties are all optional: a server may omit anything.
    /// </summary>
    internal static class WireReachability
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TypeMap, HashSet<string>> XmlCache = new System.Runtime.CompilerServices.ConditionalWeakTable<TypeMap, HashSet<string>>();

        /// <summary>
        /// True when <paramref name="schema"/> is read from XML: it is (or is inside) the body of a response whose
        /// <c>formats:</c> lists <c>xml</c>. Other schemas get no XML reader (most responses are JSON only).
        /// </summary>
        public static bool ReadsXml(TypeMap map, string schema) => XmlCache.GetValue(map, ComputeXml).Contains(schema);

        private static HashSet<string> ComputeXml(TypeMap map)
        {
            var pending = new Stack<string>();
            foreach (var op in map.Model.Operations)
            {
                if (op.IsWebhook) continue;
                foreach (var r in op.Responses)
                {
                    if (r.Body is { } b && System.Linq.Enumerable.Contains(r.Formats, "xml")) pending.Push(b);
                }
            }
            return Close(map, pending);
        }

        public static HashSet<string> Compute(TypeMap map)
        {
            var pending = new Stack<string>();
            foreach (var op in map.Model.Operations)
            {
                foreach (var r in op.Responses)
                {
                    if (r.Body is { } b) pending.Push(b);
                }
                if (op.IsWebhook)
                {
                    foreach (var p in op.Parameters) pending.Push(p.Type.IsArray ? p.Type.Items?.Name ?? string.Empty : p.Type.Name);
                    if (op.Body is { } body) pending.Push(body);
                }
            }
            return Close(map, pending);
        }

        /// <summary>The named types in <paramref name="pending"/> and every type their fields and variants reach.</summary>
        private static HashSet<string> Close(TypeMap map, Stack<string> pending)
        {
            var reached = new HashSet<string>(StringComparer.Ordinal);
            while (pending.Count > 0)
            {
                var name = pending.Pop();
                if (!reached.Add(name)) continue;
                if (map.Scope.Schema(name) is { } schema)
                {
                    foreach (var f in schema.Fields) pending.Push(f.Type.IsArray ? f.Type.Items?.Name ?? string.Empty : f.Type.Name);
                }
                if (map.Scope.Union(name) is { } union)
                {
                    foreach (var v in union.Variants) pending.Push(v.Schema);
                }
            }
            return reached;
        }
    }
}
