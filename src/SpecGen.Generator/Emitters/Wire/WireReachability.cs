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
        public static HashSet<string> Compute(TypeMap map)
        {
            var reached = new HashSet<string>(StringComparer.Ordinal);
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
