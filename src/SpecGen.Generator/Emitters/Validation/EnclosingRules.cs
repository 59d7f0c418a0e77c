using SpecGen.Shared.Rules;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// Rules of enclosing schemas that hold for a nested schema on its own: an unconditional <c>unique</c> or
    /// <c>same</c> whose path runs through it and still steps into an array after it (row ids unique across all
    /// sections are unique within one section). The analyzers derive the same set from metadata.
    /// </summary>
    internal static class EnclosingRules
    {
        /// <summary>The rules for <paramref name="schema"/>, targets made relative to it, worded as their owner words them.</summary>
        public static List<RuleSpec> For(TypeMap map, string schema)
        {
            var result = new List<RuleSpec>();
            foreach (var owner in map.Model.Schemas) Collect(map, schema, owner.Fields.AsArray(), owner.Rules, result);
            foreach (var op in map.Model.Operations) Collect(map, schema, op.Parameters.AsArray(), op.Rules, result);
            return result;
        }

        private static void Collect(TypeMap map, string schema, IReadOnlyList<FieldSpec> ownerFields, EquatableArray<RuleSpec> rules, List<RuleSpec> result)
        {
            foreach (var rule in rules)
            {
                if (rule.Target is null || rule.When is not null || (rule.Kind != RuleKinds.Unique && rule.Kind != RuleKinds.Same)) continue;
                var segments = rule.Target.Split('.');
                var fields = ownerFields;
                for (var i = 0; i < segments.Length - 1; i++)
                {
                    var name = segments[i].EndsWith("[]", System.StringComparison.Ordinal) ? segments[i].Substring(0, segments[i].Length - 2) : segments[i];
                    var field = fields.FirstOrDefault(f => f.WireName == name);
                    if (field is null || map.Scope.Schema(map.ElementKind(field)) is not { } next) break;
                    var rest = string.Join(".", segments, i + 1, segments.Length - i - 1);
                    // A path with no array step left reaches one value: unique/same hold trivially there.
                    if (rest.IndexOf("[]", System.StringComparison.Ordinal) < 0) break;
                    if (next.Name == schema) result.Add(rule with { Target = rest, Message = RuleText.For(rule, rule.Target) });
                    fields = next.Fields.AsArray();
                }
            }
        }
    }
}
