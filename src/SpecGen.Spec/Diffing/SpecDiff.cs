using System.Globalization;
using SpecGen.Spec.Model;

namespace SpecGen.Spec.Diffing
{
    /// <summary>One difference between two versions of a spec.</summary>
    /// <param name="Path">Spec path of the element, e.g. <c>operations.send.parameters.to</c>.</param>
    /// <param name="Kind">Stable kind, e.g. <c>removed</c>, <c>became-required</c>, <c>range-narrowed</c>.</param>
    /// <param name="Breaking">True when code or data that worked with the old spec may fail with the new one.</param>
    /// <param name="Message">What changed, in words.</param>
    /// <param name="Span">Where the change is in the new spec (or the old one for removals).</param>
    public sealed record SpecChange(string Path, string Kind, bool Breaking, string Message, SourceSpan Span)
    {
        /// <inheritdoc />
        public override string ToString() => (Breaking ? "breaking     " : "non-breaking ") + Path + ": " + Message;
    }

    /// <summary>
    /// Classifies every change between two versions of one spec. Breaking: an operation, field, variant or value removed
    /// (a rename is a removal), a field became required, a type changed, a range/length/count narrowed, a value removed
    /// from a closed set, a default changed, the auth scheme changed, a <c>csharp:</c> name changed (on an operation, code table or field). Used by <c>specgen diff</c> and the build-time lock.
    /// </summary>
    public static class SpecDiff
    {
        public static IReadOnlyList<SpecChange> Compare(SpecModel oldSpec, SpecModel newSpec)
        {
            var changes = new List<SpecChange>();
            Header(oldSpec.Header, newSpec.Header, changes);
            Named(oldSpec.Operations, newSpec.Operations, o => o.Name, o => o.Span, "operations", "operation", changes, (a, b, p) => Operation(a, b, p, changes));
            Named(oldSpec.Schemas, newSpec.Schemas, s => s.Name, s => s.Span, "schemas", "schema", changes, (a, b, p) => Fields(a.Fields, b.Fields, p + ".fields", b.Span, changes));
            Named(oldSpec.Unions, newSpec.Unions, u => u.Name, u => u.Span, "unions", "union", changes, (a, b, p) =>
            {
                if (a.Discriminator != b.Discriminator) changes.Add(new SpecChange(p + ".discriminator", "type-changed", true, "discriminator changed from '" + a.Discriminator + "' to '" + b.Discriminator + "'", b.Span));
                Named(a.Variants, b.Variants, v => v.Value, v => v.Span, p + ".variants", "variant", changes, (x, y, q) =>
                {
                    if (x.Schema != y.Schema) changes.Add(new SpecChange(q, "type-changed", true, "variant schema changed from " + x.Schema + " to " + y.Schema, y.Span));
                });
            });
            Named(oldSpec.Enums, newSpec.Enums, e => e.Name, e => e.Span, "enums", "enum", changes, (a, b, p) =>
            {
                if (a.Open && !b.Open) changes.Add(new SpecChange(p + ".open", "closed", true, "the value set was closed", b.Span));
                foreach (var v in a.Values.Where(v => !b.Values.Any(w => w.Value == v.Value)))
                    changes.Add(new SpecChange(p + ".values." + v.Value, "value-removed", !b.Open, "value '" + v.Value + "' removed from " + (b.Open ? "an open" : "a closed") + " set", b.Span));
                foreach (var v in b.Values.Where(v => !a.Values.Any(w => w.Value == v.Value)))
                    changes.Add(new SpecChange(p + ".values." + v.Value, "value-added", false, "value '" + v.Value + "' added", v.Span));
            });
            Named(oldSpec.CodeTables, newSpec.CodeTables, t => t.Name, t => t.Span, "code_tables", "code table", changes, (a, b, p) =>
            {
                Renamed(a.CSharpName, b.CSharpName, p, b.Span, changes);
                if (a.Key != b.Key) changes.Add(new SpecChange(p + ".key", "type-changed", true, "key type changed from " + a.Key + " to " + b.Key, b.Span));
                foreach (var c in a.Codes.Where(c => !b.Codes.Any(d => d.Code == c.Code)))
                    changes.Add(new SpecChange(p + ".codes." + c.Code, "value-removed", !b.Open, "code " + c.Code + " removed", b.Span));
                foreach (var c in b.Codes.Where(c => !a.Codes.Any(d => d.Code == c.Code)))
                    changes.Add(new SpecChange(p + ".codes." + c.Code, "value-added", false, "code " + c.Code + " added", c.Span));
            });
            Named(oldSpec.Lookups, newSpec.Lookups, l => l.Name, l => l.Span, "lookups", "lookup", changes, (a, b, p) =>
            {
                if (!a.Columns.Equals(b.Columns)) changes.Add(new SpecChange(p + ".columns", "type-changed", true, "columns changed", b.Span));
            });
            return changes;
        }

        private static void Header(SpecHeader a, SpecHeader b, List<SpecChange> changes)
        {
            var oldScheme = a.Auth?.Scheme ?? "none";
            var newScheme = b.Auth?.Scheme ?? "none";
            if (oldScheme != newScheme)
            {
                changes.Add(new SpecChange("auth.scheme", "auth-changed", true, "auth scheme changed from " + oldScheme + " to " + newScheme, b.Auth?.Span ?? b.Span));
            }
            else if (a.Auth is { } x && b.Auth is { } y)
            {
                var oldFields = string.Join(",", x.Fields.Select(f => f.Name));
                var newFields = string.Join(",", y.Fields.Select(f => f.Name));
                if (oldFields != newFields || x.Header != y.Header)
                    changes.Add(new SpecChange("auth.fields", "auth-changed", true, "credentials changed from [" + oldFields + "] to [" + newFields + "]", y.Span));
            }
            if (a.BaseUrl != b.BaseUrl) changes.Add(new SpecChange("base_url", "base-url-changed", false, "base URL changed from " + a.BaseUrl + " to " + b.BaseUrl, b.Span));
            if (a.Namespace != b.Namespace) changes.Add(new SpecChange("namespace", "renamed", true, "C# namespace changed from " + a.Namespace + " to " + b.Namespace, b.Span));
        }

        private static void Operation(OperationSpec a, OperationSpec b, string path, List<SpecChange> changes)
        {
            Renamed(a.CSharpName, b.CSharpName, path, b.Span, changes);
            if (a.Kind != b.Kind) changes.Add(new SpecChange(path + ".kind", "type-changed", true, "kind changed from " + a.Kind + " to " + b.Kind, b.Span));
            if (a.Method != b.Method || a.Path != b.Path)
                changes.Add(new SpecChange(path + ".path", "endpoint-changed", !b.IsWebhook, a.Method + " " + a.Path + " became " + b.Method + " " + b.Path, b.Span));
            if (a.Encoding != b.Encoding) changes.Add(new SpecChange(path + ".encoding", "type-changed", true, "encoding changed from " + a.Encoding + " to " + b.Encoding, b.Span));
            if (a.Body != b.Body) changes.Add(new SpecChange(path + ".body", "type-changed", true, "body changed from " + (a.Body ?? "none") + " to " + (b.Body ?? "none"), b.Span));
            Fields(a.Parameters, b.Parameters, path + ".parameters", b.Span, changes);
            var oldBodies = string.Join(",", a.Responses.Where(r => r.Outcome == "success").Select(r => r.Body ?? "-"));
            var newBodies = string.Join(",", b.Responses.Where(r => r.Outcome == "success").Select(r => r.Body ?? "-"));
            if (oldBodies != newBodies) changes.Add(new SpecChange(path + ".responses", "type-changed", true, "success response bodies changed from [" + oldBodies + "] to [" + newBodies + "]", b.Span));
        }

        private static void Fields(EquatableArray<FieldSpec> before, EquatableArray<FieldSpec> after, string path, SourceSpan ownerSpan, List<SpecChange> changes)
        {
            foreach (var f in before)
            {
                var g = after.FirstOrDefault(x => x.WireName == f.WireName);
                var p = path + "." + f.WireName;
                if (g is null)
                {
                    changes.Add(new SpecChange(p, "removed", true, "field removed (or renamed)", ownerSpan));
                    continue;
                }
                Field(f, g, p, changes);
            }
            foreach (var g in after.Where(g => !before.Any(f => f.WireName == g.WireName)))
            {
                changes.Add(new SpecChange(path + "." + g.WireName, g.Required ? "required-added" : "added", g.Required, g.Required ? "required field added" : "optional field added", g.Span));
            }
        }

        private static void Field(FieldSpec a, FieldSpec b, string p, List<SpecChange> changes)
        {
            if (!a.Required && b.Required) changes.Add(new SpecChange(p + ".required", "became-required", true, "field became required", b.Span));
            if (a.Required && !b.Required) changes.Add(new SpecChange(p + ".required", "became-optional", false, "field became optional", b.Span));
            if (a.Type.ToString() != b.Type.ToString()) changes.Add(new SpecChange(p + ".type", "type-changed", true, "type changed from " + a.Type + " to " + b.Type, b.Span));
            if (a.Default != b.Default) changes.Add(new SpecChange(p + ".default", "default-changed", true, "default changed from " + (a.Default ?? "none") + " to " + (b.Default ?? "none"), b.Span));
            Renamed(a.CSharpName, b.CSharpName, p, b.Span, changes);
            foreach (var kind in new[] { RuleKinds.Range, RuleKinds.Length, RuleKinds.Count })
            {
                Bounds(Rule(a, kind), Rule(b, kind), kind, p, b.Span, changes);
            }
            var oldAllowed = Rule(a, RuleKinds.Allowed);
            var newAllowed = Rule(b, RuleKinds.Allowed);
            if (oldAllowed is not null || newAllowed is not null)
            {
                var oldValues = oldAllowed?.Values.AsArray() ?? Array.Empty<string>();
                var newValues = newAllowed?.Values.AsArray() ?? Array.Empty<string>();
                var span = newAllowed?.Span ?? b.Span;
                if (oldAllowed is null) changes.Add(new SpecChange(p + ".rules.allowed", "allowed-narrowed", true, "values restricted to [" + string.Join(", ", newValues) + "]", span));
                else if (newAllowed is null) changes.Add(new SpecChange(p + ".rules.allowed", "allowed-widened", false, "allowed values no longer restricted", b.Span));
                else
                {
                    foreach (var v in oldValues.Except(newValues)) changes.Add(new SpecChange(p + ".rules.allowed." + v, "value-removed", true, "allowed value '" + v + "' removed", span));
                    foreach (var v in newValues.Except(oldValues)) changes.Add(new SpecChange(p + ".rules.allowed." + v, "value-added", false, "allowed value '" + v + "' added", span));
                }
            }
            var oldPattern = Rule(a, RuleKinds.Pattern)?.Pattern;
            var newPattern = Rule(b, RuleKinds.Pattern)?.Pattern;
            if (oldPattern != newPattern)
                changes.Add(new SpecChange(p + ".rules.pattern", newPattern is null ? "pattern-removed" : "pattern-changed", newPattern is not null, "pattern changed from " + (oldPattern ?? "none") + " to " + (newPattern ?? "none"), Rule(b, RuleKinds.Pattern)?.Span ?? b.Span));
            var oldFormat = Rule(a, RuleKinds.Format)?.Format;
            var newFormat = Rule(b, RuleKinds.Format)?.Format;
            if (oldFormat != newFormat)
                changes.Add(new SpecChange(p + ".rules.format", "format-changed", newFormat is not null, "format changed from " + (oldFormat ?? "none") + " to " + (newFormat ?? "none"), Rule(b, RuleKinds.Format)?.Span ?? b.Span));
        }

        /// <summary>A changed <c>csharp:</c> name (set, changed or removed) renames generated C#: breaking for code that names it.</summary>
        private static void Renamed(string? before, string? after, string path, SourceSpan span, List<SpecChange> changes)
        {
            if ((before ?? string.Empty) == (after ?? string.Empty)) return;
            changes.Add(new SpecChange(path + ".csharp", "renamed", true, "C# name changed from " + (before ?? "(derived)") + " to " + (after ?? "(derived)"), span));
        }

        private static RuleSpec? Rule(FieldSpec f, string kind) => f.Rules.FirstOrDefault(r => r.Kind == kind && r.When is null);

        private static void Bounds(RuleSpec? a, RuleSpec? b, string kind, string p, SourceSpan fieldSpan, List<SpecChange> changes)
        {
            if (a is null && b is null) return;
            decimal? oldMin = a?.Min, oldMax = a?.Max, newMin = b?.Min, newMax = b?.Max;
            if (oldMin == newMin && oldMax == newMax) return;
            var narrowed = (newMin is { } n1 && (oldMin is null || n1 > oldMin)) || (newMax is { } x1 && (oldMax is null || x1 < oldMax));
            changes.Add(new SpecChange(p + ".rules." + kind, kind + (narrowed ? "-narrowed" : "-widened"), narrowed,
                kind + " changed from " + Show(oldMin, oldMax) + " to " + Show(newMin, newMax), b?.Span ?? fieldSpan));
        }

        private static string Show(decimal? min, decimal? max) =>
            min is null && max is null ? "none" : "[" + (min?.ToString(CultureInfo.InvariantCulture) ?? "") + ".." + (max?.ToString(CultureInfo.InvariantCulture) ?? "") + "]";

        private static void Named<T>(EquatableArray<T> before, EquatableArray<T> after, Func<T, string> name, Func<T, SourceSpan> span, string path, string what, List<SpecChange> changes, Action<T, T, string> compare)
            where T : IEquatable<T>
        {
            foreach (var a in before)
            {
                var b = after.FirstOrDefault(x => name(x) == name(a));
                var p = path + "." + name(a);
                if (b is null) changes.Add(new SpecChange(p, "removed", true, what + " removed (or renamed)", span(a)));
                else compare(a, b, p);
            }
            foreach (var b in after.Where(b => !before.Any(a => name(a) == name(b))))
                changes.Add(new SpecChange(path + "." + name(b), "added", false, what + " added", span(b)));
        }
    }
}
