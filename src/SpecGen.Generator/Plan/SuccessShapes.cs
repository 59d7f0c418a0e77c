using System.Globalization;
using SpecGen.Generator.Emitters;
using SpecGen.Spec.Checking;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Plan
{
    /// <summary>
    /// Names an endpoint's success shapes. One shape is returned as itself; several (a JSON object or a download, one
    /// schema or another) get a class with one property per shape: the response's <c>variant:</c>, else the shape's
    /// name (the type, <c>…List</c> for an array, <c>Download</c>, <c>Empty</c>), numbered past each other.
    /// </summary>
    internal static class SuccessShapes
    {
        /// <summary>The variants class (null for at most one success shape) and the property each success response fills.</summary>
        public static (string? Variants, EquatableArray<ResponseMember> Members) Of(OperationSpec op, TypeScope scope, Func<string, string> typeName, ISet<string> folded, ISet<string> taken)
        {
            var keys = new List<string>();
            var labels = new List<string>();
            var shapeOf = new int[op.Responses.Count];
            for (var i = 0; i < op.Responses.Count; i++)
            {
                shapeOf[i] = -1;
                var r = op.Responses[i];
                if (r.Outcome != "success") continue;
                var (key, label) = Shape(r, scope, typeName, folded);
                var index = keys.IndexOf(key);
                if (index < 0)
                {
                    keys.Add(key);
                    labels.Add(r.Variant is { } v ? CSharp.Pascal(v) : label);
                    index = keys.Count - 1;
                }
                shapeOf[i] = index;
            }
            if (keys.Count <= 1) return (null, EquatableArray<ResponseMember>.Empty);
            var variants = Naming.Unique(Naming.Variants(op), taken);
            var used = new HashSet<string>(StringComparer.Ordinal) { variants };
            for (var k = 0; k < labels.Count; k++)
            {
                var label = labels[k];
                for (var n = 2; !used.Add(label); n++) label = labels[k] + n.ToString(CultureInfo.InvariantCulture);
                labels[k] = label;
            }
            return (variants, EquatableArray.From(shapeOf.Select((s, i) => (s, i)).Where(x => x.s >= 0).Select(x => new ResponseMember(x.i, labels[x.s]))));
        }

        /// <summary>What tells two success shapes apart, and the shape's own name.</summary>
        private static (string Key, string Label) Shape(ResponseSpec r, TypeScope scope, Func<string, string> typeName, ISet<string> folded)
        {
            if (r.IsBinary) return ("binary", "Download");
            if (r.Body is { } items && r.IsArray && scope.Schema(items) is not null) return ("list:" + items, typeName(items) + "List");
            if (r.Body is { } body && !folded.Contains(body))
            {
                if (scope.Schema(body) is not null) return ("type:" + body, typeName(body));
                if (scope.Union(body) is not null) return ("type:" + body, CSharp.Pascal(body));
            }
            return ("empty", "Empty");
        }
    }
}
