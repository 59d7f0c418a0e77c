using SpecGen.Spec.Diffing;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Plan
{
    /// <summary>
    /// The C# names two versions of a spec generate, compared: a type, property, value member, operation class or
    /// client type whose name changed is a breaking change (code that names it stops compiling), even when no
    /// <c>csharp:</c> changed (a new field that collides, a new spec type that takes a client type's name, a code whose
    /// meaning changed, a lookup column, a success-variants class, a credential's configuration key). Changes are
    /// reported at the spec paths <see cref="SpecDiff"/> uses, ending in <c>.csharp</c>.
    /// </summary>
    public static class PlanDiff
    {
        /// <summary>
        /// Every change between two versions: <see cref="SpecDiff"/>'s, then each rename of the plan that the spec diff
        /// did not already report at the same path (a changed <c>csharp:</c> is reported once).
        /// </summary>
        public static IReadOnlyList<SpecChange> Compare(SpecModel oldSpec, SpecModel newSpec)
        {
            var changes = SpecDiff.Compare(oldSpec, newSpec).ToList();
            var reported = new HashSet<string>(changes.Select(c => c.Path), StringComparer.Ordinal);
            foreach (var c in Renames(oldSpec, BindingPlanner.Plan(oldSpec, null), newSpec, BindingPlanner.Plan(newSpec, null)))
            {
                if (reported.Add(c.Path)) changes.Add(c);
            }
            return changes;
        }

        /// <summary>The public C# names of <paramref name="oldSpec"/>'s plan that <paramref name="newSpec"/>'s plan gives another name (elements in both only: removals are the spec diff's).</summary>
        public static IReadOnlyList<SpecChange> Renames(SpecModel oldSpec, BindingPlan before, SpecModel newSpec, BindingPlan after)
        {
            var changes = new List<SpecChange>();
            if (before.Namespace != after.Namespace) changes.Add(new SpecChange("namespace", "renamed", true, "C# namespace changed from " + before.Namespace + " to " + after.Namespace, newSpec.Header.Span));
            var old = PublicNames(before, oldSpec);
            foreach (var entry in PublicNames(after, newSpec))
            {
                if (!old.TryGetValue(entry.Key, out var was) || was.Name == entry.Value.Name) continue;
                changes.Add(new SpecChange(entry.Key + ".csharp", "renamed", true, "C# name changed from " + was.Name + " to " + entry.Value.Name, entry.Value.Span));
            }
            return changes;
        }

        /// <summary>Every public name of a plan by the spec path of what it names, with where that is in the spec.</summary>
        private static Dictionary<string, (string Name, SourceSpan Span)> PublicNames(BindingPlan plan, SpecModel model)
        {
            var names = new Dictionary<string, (string, SourceSpan)>(StringComparer.Ordinal);
            var header = model.Header.Span;
            void Add(string path, string? name, SourceSpan span)
            {
                if (name is not null) names[path] = (name, span);
            }

            foreach (var t in plan.Types)
            {
                var path = Section(t.Kind) + "." + t.SpecName;
                var span = TypeSpan(model, t);
                // A folded body schema has no class of its own: its name is its operation's class.
                if (t.FoldedInto is null) Add(path, t.TypeName, span);
                Add(path + ".sequence", t.Sequence, span);
                Add(path + ".unknown", t.Unknown, span);
                foreach (var a in t.Adders) Add(path + ".sequence." + a.Schema, a.Method, span);
                var fields = model.Schemas.FirstOrDefault(s => s.Name == t.SpecName)?.Fields;
                foreach (var p in t.Properties) Add(path + ".fields." + p.Wire, p.Name, fields?.FirstOrDefault(f => f.WireName == p.Wire)?.Span ?? span);
            }
            foreach (var o in plan.Operations)
            {
                var op = model.Operations.First(x => x.Name == o.Name);
                var path = "operations." + o.Name;
                Add(path, o.ClassName, op.Span);
                Add(path + ".member", o.Member, op.Span);
                // The class's body fields keep their schema's names (the plan's rule): compared with the schema.
                foreach (var p in o.Properties.Where(p => op.Parameters.Any(f => f.WireName == p.Wire)))
                {
                    Add(path + ".parameters." + p.Wire, p.Name, op.Parameters.First(f => f.WireName == p.Wire).Span);
                }
                if (o.Client is { Variants: { } variants } client)
                {
                    Add(path + ".variants", variants, op.Span);
                    Add(path + ".variants.members", string.Join(", ", client.ResponseMembers.Select(m => m.Property).Distinct()), op.Span);
                }
            }
            foreach (var v in plan.ValueSets)
            {
                var table = model.CodeTables.FirstOrDefault(t => t.Name == v.SpecName);
                var path = (table is not null ? "code_tables." : "enums.") + v.SpecName + (table is not null ? ".codes." : ".values.");
                foreach (var m in v.Members)
                {
                    var span = table?.Codes.FirstOrDefault(c => c.Code == m.Value)?.Span ?? model.Enums.FirstOrDefault(e => e.Name == v.SpecName)?.Values.FirstOrDefault(x => x.Value == m.Value)?.Span ?? header;
                    Add(path + m.Value, m.Member, span);
                }
            }
            foreach (var l in plan.Lookups)
            {
                var lookup = model.Lookups.First(x => x.Name == l.SpecName);
                var path = "lookups." + l.SpecName;
                Add(path, l.ClassName, lookup.Span);
                Add(path + ".row", l.RowName, lookup.Span);
                for (var i = 0; i < l.Columns.Count && i < lookup.Columns.Count; i++) Add(path + ".columns." + lookup.Columns[i], l.Columns[i], lookup.Span);
                Add(path + ".key", l.KeyMethod, lookup.Span);
                for (var i = 0; i < l.Indexes.Count && i < lookup.Indexes.Count; i++) Add(path + ".indexes." + string.Join("+", lookup.Indexes[i]), l.Indexes[i].Method, lookup.Span);
            }
            var c = plan.Client;
            Add("client.client", c.Client, header);
            Add("client.options", c.Options, header);
            Add("client.credentials", c.Credentials, header);
            Add("client.webhooks", c.Webhooks, header);
            // Configuration keys: a renamed key no longer binds what a user's configuration says.
            Add("client.credential_keys", string.Join(", ", c.CredentialKeys), model.Header.Auth?.Span ?? header);
            return names;
        }

        private static string Section(string kind) => kind switch
        {
            TypeKinds.Union => "unions",
            TypeKinds.Enum => "enums",
            TypeKinds.CodeTable => "code_tables",
            _ => "schemas",
        };

        private static SourceSpan TypeSpan(SpecModel model, TypeBinding t) => t.Kind switch
        {
            TypeKinds.Union => model.Unions.First(u => u.Name == t.SpecName).Span,
            TypeKinds.Enum => model.Enums.First(e => e.Name == t.SpecName).Span,
            TypeKinds.CodeTable => model.CodeTables.First(c => c.Name == t.SpecName).Span,
            _ => model.Schemas.First(s => s.Name == t.SpecName).Span,
        };
    }
}
