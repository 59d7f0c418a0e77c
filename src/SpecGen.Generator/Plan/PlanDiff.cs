using System;
using System.Collections.Generic;
using System.Linq;
using SpecGen.Spec.Diffing;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Plan
{
    /// <summary>
    /// The C# names two versions of a spec generate, compared: a type, property, value member, operation class or
    /// client type whose name changed is a breaking change (code that names it stops compiling), even when no
    /// <c>csharp:</c> changed (a new field that collides, a new spec type that takes a client type's name, a code whose
    /// meaning changed). Changes are reported at the spec paths <see cref="SpecDiff"/> uses, ending in <c>.csharp</c>.
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
            foreach (var c in Renames(BindingPlanner.Plan(oldSpec, null), BindingPlanner.Plan(newSpec, null), newSpec))
            {
                if (reported.Add(c.Path)) changes.Add(c);
            }
            return changes;
        }

        /// <summary>The names of <paramref name="before"/> that <paramref name="after"/> gives another C# name (elements in both only: removals are the spec diff's).</summary>
        public static IReadOnlyList<SpecChange> Renames(BindingPlan before, BindingPlan after, SpecModel newSpec)
        {
            var changes = new List<SpecChange>();
            var header = newSpec.Header.Span;
            void Rename(string path, string? oldName, string? newName, SourceSpan span)
            {
                if (oldName is null || newName is null || oldName == newName) return;
                changes.Add(new SpecChange(path + ".csharp", "renamed", true, "C# name changed from " + oldName + " to " + newName, span));
            }

            if (before.Namespace != after.Namespace) changes.Add(new SpecChange("namespace", "renamed", true, "C# namespace changed from " + before.Namespace + " to " + after.Namespace, header));
            var oldTypes = before.Types.ToDictionary(t => (t.Kind, t.SpecName));
            foreach (var t in after.Types)
            {
                if (!oldTypes.TryGetValue((t.Kind, t.SpecName), out var old)) continue;
                var path = Section(t.Kind) + "." + t.SpecName;
                var span = TypeSpan(newSpec, t);
                // A folded body schema has no class of its own: its name is its operation's class, compared there.
                if (old.FoldedInto is null && t.FoldedInto is null) Rename(path, old.TypeName, t.TypeName, span);
                Properties(path + ".fields", old.Properties, t.Properties, f => newSpec.Schemas.FirstOrDefault(s => s.Name == t.SpecName)?.Fields.FirstOrDefault(x => x.WireName == f)?.Span ?? span, Rename);
            }

            var oldOperations = before.Operations.ToDictionary(o => o.Name, StringComparer.Ordinal);
            foreach (var o in after.Operations)
            {
                if (!oldOperations.TryGetValue(o.Name, out var old)) continue;
                var op = newSpec.Operations.First(x => x.Name == o.Name);
                var path = "operations." + o.Name;
                Rename(path, old.ClassName, o.ClassName, op.Span);
                Rename(path + ".member", old.Member, o.Member, op.Span);
                // The class's body fields keep their schema's names (the plan's rule), so only the parameters are compared here.
                bool IsParameter(PropertyBinding p) => op.Parameters.Any(f => f.WireName == p.Wire);
                Properties(path + ".parameters", EquatableArray.From(old.Properties.Where(IsParameter)), EquatableArray.From(o.Properties.Where(IsParameter)),
                    f => op.Parameters.FirstOrDefault(x => x.WireName == f)?.Span ?? op.Span, Rename);
            }

            var oldSets = before.ValueSets.ToDictionary(v => v.SpecName, StringComparer.Ordinal);
            foreach (var v in after.ValueSets)
            {
                if (!oldSets.TryGetValue(v.SpecName, out var old)) continue;
                var isTable = newSpec.CodeTables.Any(t => t.Name == v.SpecName);
                var path = (isTable ? "code_tables." : "enums.") + v.SpecName + (isTable ? ".codes." : ".values.");
                var oldMembers = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var m in old.Members) oldMembers[m.Value] = m.Member;
                foreach (var m in v.Members)
                {
                    if (oldMembers.TryGetValue(m.Value, out var oldMember)) Rename(path + m.Value, oldMember, m.Member, ValueSpan(newSpec, v.SpecName, m.Value) ?? header);
                }
            }

            var oldLookups = before.Lookups.ToDictionary(l => l.SpecName, StringComparer.Ordinal);
            foreach (var l in after.Lookups)
            {
                if (oldLookups.TryGetValue(l.SpecName, out var old)) Rename("lookups." + l.SpecName, old.ClassName, l.ClassName, newSpec.Lookups.First(x => x.Name == l.SpecName).Span);
            }

            Rename("client.client", before.Client.Client, after.Client.Client, header);
            Rename("client.options", before.Client.Options, after.Client.Options, header);
            Rename("client.credentials", before.Client.Credentials, after.Client.Credentials, header);
            Rename("client.webhooks", before.Client.Webhooks, after.Client.Webhooks, header);
            return changes;
        }

        private static void Properties(string path, EquatableArray<PropertyBinding> before, EquatableArray<PropertyBinding> after, Func<string, SourceSpan> span, Action<string, string?, string?, SourceSpan> rename)
        {
            var old = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var p in before) old[p.Wire] = p.Name;
            foreach (var p in after)
            {
                if (old.TryGetValue(p.Wire, out var name)) rename(path + "." + p.Wire, name, p.Name, span(p.Wire));
            }
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

        private static SourceSpan? ValueSpan(SpecModel model, string set, string value) =>
            model.Enums.FirstOrDefault(e => e.Name == set)?.Values.FirstOrDefault(v => v.Value == value)?.Span
            ?? model.CodeTables.FirstOrDefault(t => t.Name == set)?.Codes.FirstOrDefault(c => c.Code == value)?.Span;
    }
}
