using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SpecGen.Analyzers.Metadata;
using SpecGen.Analyzers.Values;
using SpecGen.Runtime.Validation;
using SpecGen.Shared.Rules;
using SpecGen.Spec.Model;

namespace SpecGen.Analyzers.Checking
{
    /// <summary>
    /// Judges a known value graph against the <c>[SpecRule]</c> metadata of its generated types. Only what
    /// is known is judged: an unknown value, member or item never produces a diagnostic.
    /// </summary>
    public sealed class RuleEvaluator
    {
        private readonly SpecModelCache _cache;
        private readonly Action<Diagnostic> _report;

        public RuleEvaluator(SpecModelCache cache, Action<Diagnostic> report)
        {
            _cache = cache;
            _report = report;
        }

        /// <summary>
        /// Checks a value built on its own (not inside an enclosing generated object) and everything nested in
        /// it, including the rules of enclosing types that hold for it wherever it is used.
        /// </summary>
        public void CheckRoot(Val value)
        {
            Check(value);
            if (value is not ObjVal obj) return;
            foreach (var inherited in _cache.InheritedRules(obj.Type.Symbol)) CheckClassRule(obj, inherited.Rule, inherited.LocalTarget);
        }

        /// <summary>Checks a value and everything nested in it.</summary>
        public void Check(Val value)
        {
            switch (value)
            {
                case ObjVal obj:
                    CheckObject(obj);
                    break;
                case ListVal list:
                    foreach (var item in list.Items) Check(item);
                    break;
            }
        }

        private int _reported;

        private void Report(DiagnosticDescriptor descriptor, Location location, string message, ImmutableDictionary<string, string?>? properties = null)
        {
            _reported++;
            _report(Diagnostic.Create(descriptor, location, properties, message));
        }

        /// <summary>
        /// An SG2xxx message: the rule's sentence exactly as the run-time validator words it
        /// (<see cref="RuleText"/>), then what was found where (C# path), then a hint.
        /// </summary>
        private static string Say(string ruleText, string found, string hint = "") =>
            ruleText + (ruleText.EndsWith(".", StringComparison.Ordinal) ? " " : "; ") + found + hint;

        private void CheckObject(ObjVal obj)
        {
            if (CheckWrongVariant(obj)) return;
            var label = obj.Label;
            foreach (var pair in obj.Members)
            {
                var property = pair.Key;
                var value = pair.Value.Value;
                var path = label + "." + property.Name;
                if (value is NullVal && property.IsRequired)
                {
                    Report(Descriptors.MissingRequired, pair.Value.Assignment, Say(RuleText.Required(property.Wire), path + " is null"));
                    continue;
                }
                CheckValue(property, value, path);
                Check(value);
            }
            foreach (var property in obj.Type.Properties)
            {
                foreach (var rule in property.Rules)
                {
                    if (rule.Target is null && rule.When is not null && (rule.Kind == RuleKinds.Required || rule.Kind == RuleKinds.Forbidden)) CheckConditionalField(obj, property, rule);
                }
            }
            foreach (var rule in obj.Type.Rules) CheckClassRule(obj, rule, rule.Target);
        }

        /// <summary>
        /// A variant class chosen by several values (<c>RichMediaContent</c>: image, audio, …) whose discriminator
        /// is written with a value that selects none of them: that one value is the error. It is reported once
        /// (by the discriminator's own rule, else as an unknown variant, naming the object by its type) and the
        /// object's other members and rules are not judged (they would only follow from the wrong kind).
        /// </summary>
        private bool CheckWrongVariant(ObjVal obj)
        {
            if (obj.Type.Discriminator is not { } discriminator || obj.Type.VariantValues.Count < 2) return false;
            if (!obj.Members.TryGetValue(discriminator, out var member) || member.Value is not ScalarVal { Text: { } text } value) return false;
            if (obj.Type.VariantValues.Contains(text)) return false;
            var path = obj.Label + "." + discriminator.Name;
            var before = _reported;
            CheckValue(discriminator, value, path);
            if (_reported == before)
            {
                Report(Descriptors.UnknownVariant, value.Location, Say(RuleText.UnknownVariant(discriminator.Wire, obj.Type.VariantValues), "found " + value.Display + " at " + path));
            }
            return true;
        }

        // ---------------------------------------------------------------- field rules

        private void CheckValue(PropertyModel property, Val value, string path)
        {
            if (property.Shape.IsList)
            {
                if (value is not ListVal list) return;
                foreach (var rule in property.Rules)
                {
                    if (rule.Kind == RuleKinds.Count) CheckCount(rule, property.Wire, list, path);
                }
                for (var i = 0; i < list.Items.Count; i++) CheckItem(property, list.Items[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                return;
            }
            CheckItem(property, value, path);
        }

        private void CheckCount(RuleSpec rule, string subject, ListVal list, string path)
        {
            var count = list.Items.Count;
            var text = RuleText.For(rule, subject);
            if (rule.Max is { } max && count > max)
            {
                var index = (int)Math.Min(count - 1, Math.Max(0, max));
                var has = list.Complete ? count.ToString(CultureInfo.InvariantCulture) : "at least " + count.ToString(CultureInfo.InvariantCulture);
                Report(Descriptors.BadCount, list.Items[index].Extent ?? list.Items[index].Location, Say(text, path + " has " + has + " items"));
            }
            else if (rule.Min is { } min && list.Complete && count < min)
            {
                Report(Descriptors.BadCount, list.Location, Say(text, path + " has " + count.ToString(CultureInfo.InvariantCulture) + " items"));
            }
        }

        private void CheckItem(PropertyModel property, Val value, string path)
        {
            var hasAllowed = false;
            foreach (var rule in property.Rules)
            {
                if (rule.Kind == RuleKinds.Allowed) hasAllowed = true;
                CheckItemRule(rule, property.Wire, value, path);
            }
            // A closed enumeration accepts only its listed values, even without an allowed rule (as the validator).
            if (!hasAllowed && value is ScalarVal scalar && property.Shape.Kind == ValueKind.ValueSet && scalar.Value is not null
                && _cache.ValueSet(property.Shape.Element) is { Open: false } set && set.Values.Count > 0)
            {
                var closed = new RuleSpec(RuleKinds.Allowed, null, EquatableArray.From(set.Values), null, null, null, null, null, null, null, null, null, default);
                CheckAllowed(closed, property.Wire, scalar, path);
            }
        }

        /// <summary>One value rule (not count) on one value: a property's item, or the value an object rule's target reaches.</summary>
        private void CheckItemRule(RuleSpec rule, string subject, Val value, string path)
        {
            switch (rule.Kind)
            {
                case RuleKinds.Allowed:
                    if (value is ScalarVal allowedValue) CheckAllowed(rule, subject, allowedValue, path);
                    break;
                case RuleKinds.Range:
                    if (value is ScalarVal { Value: decimal number } rangeValue) CheckRange(rule, subject, number, rangeValue, path);
                    break;
                case RuleKinds.Length:
                    if (value is ScalarVal { Value: string lengthText } lengthValue)
                    {
                        var n = lengthText.Length;
                        if ((rule.Min is { } lmin && n < lmin) || (rule.Max is { } lmax && n > lmax))
                            Report(Descriptors.BadLength, lengthValue.Location, Say(RuleText.For(rule, subject), path + " (" + lengthValue.Display + ") has " + n.ToString(CultureInfo.InvariantCulture) + " characters"));
                    }
                    break;
                case RuleKinds.Format:
                    if (value is ScalarVal { Value: string formatText } formatValue && rule.Format is { } format
                        && RuleChecks.MatchesFormat(formatText, format, rule.Pattern) == false)
                    {
                        Report(Descriptors.BadFormat, formatValue.Location, Say(RuleText.For(rule, subject), "found " + formatValue.Display + " at " + path));
                    }
                    break;
                case RuleKinds.Pattern:
                    if (value is ScalarVal { Value: string patternText } patternValue && rule.Pattern is { } pattern && !RuleChecks.MatchesPattern(patternText, pattern))
                        Report(Descriptors.NoPatternMatch, patternValue.Location, Say(RuleText.For(rule, subject), "found " + patternValue.Display + " at " + path));
                    break;
                case RuleKinds.Trimmed:
                    if (value is ScalarVal { Value: string trimText } trimValue && !RuleChecks.IsTrimmed(trimText))
                        Report(Descriptors.NotTrimmed, trimValue.Location, Say(RuleText.For(rule, subject), "found " + trimValue.Display + " at " + path),
                            trimValue.Literal is null ? null : Fix(trimText.Trim(), "string", "trim"));
                    break;
                case RuleKinds.AllowedVariants:
                    // A discriminator value that selects no variant is that object's own error (CheckWrongVariant), not this one.
                    if (value is ObjVal variant && variant.VariantValue is { } v && !rule.Values.Contains(v) && variant.Type.VariantValues.Contains(v))
                        Report(Descriptors.VariantNotAllowed, variant.Location, Say(RuleText.For(rule, subject), "found the \"" + v + "\" variant (" + variant.Type.Name + ") at " + path));
                    break;
            }
        }

        private void CheckAllowed(RuleSpec rule, string subject, ScalarVal value, string path)
        {
            if (value.Value is null) return; // a member whose raw value is unknown: cannot judge
            var values = rule.Values;
            if (values.Any(v => value.Matches(v, rule.IgnoreCase))) return;
            string? replacement = null;
            var kind = "string";
            var reason = "casing";
            var hint = string.Empty;
            if (value.Value is string text)
            {
                replacement = values.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase));
                if (replacement is not null) hint = "; did you mean \"" + replacement + "\"?";
            }
            else if (value.Value is decimal number)
            {
                var numbers = values.Select(Parse).Where(d => d is not null).Select(d => d!.Value).ToList();
                if (numbers.Count > 0)
                {
                    var nearest = numbers.OrderBy(d => Math.Abs(d - number)).ThenBy(d => d).First();
                    replacement = nearest.ToString(CultureInfo.InvariantCulture);
                    kind = "number";
                    reason = "nearest";
                    hint = "; the nearest allowed value is " + replacement;
                }
            }
            Report(Descriptors.NotAllowed, value.Location, Say(RuleText.For(rule, subject), "found " + value.Display + " at " + path, hint),
                replacement is null || value.Literal is null ? null : Fix(replacement, kind, reason));
        }

        private static decimal? Parse(string text) =>
            decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : (decimal?)null;

        private void CheckRange(RuleSpec rule, string subject, decimal number, ScalarVal value, string path)
        {
            decimal? nearest = null;
            if (rule.Min is { } min && number < min) nearest = min;
            else if (rule.Max is { } max && number > max) nearest = max;
            if (nearest is null) return;
            var limit = RuleText.Number(nearest.Value);
            Report(Descriptors.OutOfRange, value.Location, Say(RuleText.For(rule, subject), "found " + value.Display + " at " + path),
                value.Literal is null ? null : Fix(limit, "number", "nearest"));
        }

        private static ImmutableDictionary<string, string?> Fix(string replacement, string kind, string reason) =>
            ImmutableDictionary<string, string?>.Empty
                .Add(Descriptors.ReplacementKey, replacement)
                .Add(Descriptors.ReplacementKindKey, kind)
                .Add(Descriptors.ReplacementReasonKey, reason);

        private void CheckConditionalField(ObjVal obj, PropertyModel property, RuleSpec rule)
        {
            if (Evaluate(obj, rule.When!, null) != Tri.True) return;
            var path = obj.Label + "." + property.Name;
            var text = RuleText.For(rule, property.Wire);
            if (rule.Kind == RuleKinds.Required)
            {
                if (obj.IsKnownAbsent(property) && !(obj.Members.TryGetValue(property, out var m) && m.Value is NullVal && property.IsRequired))
                    Report(Descriptors.MissingRequired, obj.Members.TryGetValue(property, out var nullMember) ? nullMember.Assignment : obj.Location, Say(text, path + " is not set"));
            }
            else if (obj.Members.TryGetValue(property, out var member) && member.Value is not NullVal && member.Value is not UnknownVal)
            {
                Report(Descriptors.Forbidden, member.Assignment, Say(text, path + " is set"));
            }
        }

        // ---------------------------------------------------------------- object rules

        /// <summary>
        /// An object rule, its path resolved from <paramref name="obj"/> along <paramref name="target"/> (the rule's
        /// own target, or the rest of an enclosing type's path); worded as the rule's owner words it.
        /// </summary>
        private void CheckClassRule(ObjVal obj, RuleSpec rule, string? target)
        {
            if (target is null || rule.Target is null) return;
            var label = obj.Label;
            var text = RuleText.For(rule, rule.Target);
            switch (rule.Kind)
            {
                case RuleKinds.Required:
                    foreach (var pos in Resolve(obj, target, null))
                    {
                        if (pos.Unknown || pos.Value is not null) continue;
                        if (rule.When is not null && Evaluate(obj, rule.When, pos.Bindings) != Tri.True) continue;
                        Report(Descriptors.MissingRequired, pos.Where, Say(text, label + "." + pos.Path + " is not set"));
                    }
                    break;
                case RuleKinds.Forbidden:
                    foreach (var pos in Resolve(obj, target, null))
                    {
                        if (pos.Unknown || pos.Value is null || pos.Value is UnknownVal) continue;
                        if (rule.When is not null && Evaluate(obj, rule.When, pos.Bindings) != Tri.True) continue;
                        Report(Descriptors.Forbidden, pos.Where, Say(text, label + "." + pos.Path + " is set"));
                    }
                    break;
                case RuleKinds.Unique:
                {
                    var seen = new Dictionary<string, Pos>(StringComparer.Ordinal);
                    foreach (var pos in Resolve(obj, target, null))
                    {
                        if (pos.Value is not ScalarVal s || Key(s) is not { } key) continue;
                        if (seen.TryGetValue(key, out var first))
                            Report(Descriptors.NotUnique, s.Location, Say(text, label + "." + pos.Path + " (" + s.Display + ") repeats " + label + "." + first.Path));
                        else seen[key] = pos;
                    }
                    break;
                }
                case RuleKinds.Same:
                {
                    Pos? first = null;
                    foreach (var pos in Resolve(obj, target, null))
                    {
                        if (pos.Value is not ScalarVal s || Key(s) is not { } key) continue;
                        if (first is null)
                        {
                            first = pos;
                            continue;
                        }
                        var firstScalar = (ScalarVal)first.Value!;
                        if (Key(firstScalar) != key)
                            Report(Descriptors.NotSame, s.Location, Say(text, label + "." + pos.Path + " (" + s.Display + ") differs from " + label + "." + first.Path + " (" + firstScalar.Display + ")"));
                    }
                    break;
                }
                case RuleKinds.Compare:
                {
                    if (rule.Right is null || rule.Operator is null) break;
                    var left = Single(Resolve(obj, target, null));
                    var right = Single(Resolve(obj, rule.Right, null));
                    if (left?.Value is not ScalarVal { Number: { } l } ls || right?.Value is not ScalarVal { Number: { } r } rs) break;
                    if (ls.Value is not decimal || rs.Value is not decimal) break;
                    if (Compare(l, rule.Operator, r) != false) break;
                    Report(Descriptors.CompareFailed, ls.Location, Say(text, "found " + label + "." + left.Path + " = " + ls.Display + " and " + label + "." + right.Path + " = " + rs.Display));
                    break;
                }
                default:
                    CheckTargetedValues(obj, rule, target);
                    break;
            }
        }

        /// <summary>
        /// A value rule (allowed, range, length, format, pattern, trimmed, count, allowed_variants) declared on an
        /// object with a <c>target</c> path: checked on every known value the path reaches, under its condition.
        /// </summary>
        private void CheckTargetedValues(ObjVal obj, RuleSpec rule, string target)
        {
            foreach (var pos in Resolve(obj, target, null))
            {
                if (pos.Unknown || pos.Value is null || pos.Value is UnknownVal) continue;
                if (rule.When is not null && Evaluate(obj, rule.When, pos.Bindings) != Tri.True) continue;
                var path = obj.Label + "." + pos.Path;
                if (rule.Kind == RuleKinds.Count)
                {
                    if (pos.Value is ListVal counted) CheckCount(rule, rule.Target!, counted, path);
                    continue;
                }
                if (pos.Value is ListVal list)
                {
                    for (var i = 0; i < list.Items.Count; i++) CheckItemRule(rule, rule.Target!, list.Items[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                    continue;
                }
                CheckItemRule(rule, rule.Target!, pos.Value, path);
            }
        }

        private static string? Key(ScalarVal s) => s.Text ?? (s.Member is null ? null : "#member:" + s.Member);

        private static Pos? Single(List<Pos> positions) => positions.Count == 1 && !positions[0].Unknown ? positions[0] : null;

        private static bool? Compare(decimal l, string op, decimal r)
        {
            switch (op)
            {
                case "lt": return l < r;
                case "le": return l <= r;
                case "eq": return l == r;
                case "ge": return l >= r;
                case "gt": return l > r;
            }
            return null;
        }

        // ---------------------------------------------------------------- paths and conditions

        private enum Tri
        {
            False,
            True,
            Unknown,
        }

        /// <summary>A place a path leads to: a value, absent (Value null) or unknown.</summary>
        /// <param name="Value">The value there; null when absent or unknown.</param>
        /// <param name="Unknown">True when the analyzer cannot know what is there.</param>
        /// <param name="Path">The path as the user would write it, for messages.</param>
        /// <param name="Where">The assignment of a present value, or the nearest object that lacks it.</param>
        /// <param name="Bindings">Array prefix (<c>header_params[]</c>) → the item this position is in.</param>
        private sealed record Pos(Val? Value, bool Unknown, string Path, Location Where, Dictionary<string, ObjVal> Bindings);

        // Never mutated: a position in an array item gets a copy with its binding added.
        private static readonly Dictionary<string, ObjVal> NoBindings = new Dictionary<string, ObjVal>(StringComparer.Ordinal);

        private static string[] Segments(string path) => path.Split('.');

        private static List<Pos> Resolve(ObjVal root, string path, Dictionary<string, ObjVal>? bindings)
        {
            var current = new List<Pos> { new Pos(root, false, string.Empty, root.Location, bindings ?? NoBindings) };
            var prefix = string.Empty;
            foreach (var rawSegment in Segments(path))
            {
                var isArray = rawSegment.EndsWith("[]", StringComparison.Ordinal);
                var name = isArray ? rawSegment.Substring(0, rawSegment.Length - 2) : rawSegment;
                prefix = prefix.Length == 0 ? rawSegment : prefix + "." + rawSegment;
                var next = new List<Pos>();
                foreach (var pos in current)
                {
                    var displayBase = pos.Path.Length == 0 ? string.Empty : pos.Path + ".";
                    if (pos.Unknown)
                    {
                        next.Add(new Pos(null, true, displayBase + rawSegment, pos.Where, pos.Bindings));
                        continue;
                    }
                    if (pos.Value is null)
                    {
                        // An absent parent: an absent field, an empty array.
                        if (!isArray) next.Add(new Pos(null, false, displayBase + name, pos.Where, pos.Bindings));
                        continue;
                    }
                    if (pos.Value is not ObjVal obj || obj.Type.FindWire(name) is not { } property)
                    {
                        next.Add(new Pos(null, true, displayBase + rawSegment, pos.Where, pos.Bindings));
                        continue;
                    }
                    var value = obj.Get(property);
                    var where = obj.Members.TryGetValue(property, out var member) && value is not null ? member.Assignment : obj.Location;
                    var display = displayBase + property.Name;
                    if (value is UnknownVal)
                    {
                        next.Add(new Pos(null, true, display, where, pos.Bindings));
                        continue;
                    }
                    if (!isArray)
                    {
                        next.Add(new Pos(value, false, display, where, pos.Bindings));
                        continue;
                    }
                    if (value is null) continue;
                    if (value is not ListVal list)
                    {
                        next.Add(new Pos(null, true, display, where, pos.Bindings));
                        continue;
                    }
                    if (pos.Bindings.TryGetValue(prefix, out var bound))
                    {
                        var index = list.Items.IndexOf(bound);
                        if (index >= 0) next.Add(new Pos(bound, false, display + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", bound.Location, pos.Bindings));
                        else next.Add(new Pos(null, true, display, where, pos.Bindings));
                        continue;
                    }
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        var item = list.Items[i];
                        var itemBindings = pos.Bindings;
                        if (item is ObjVal itemObj)
                        {
                            itemBindings = new Dictionary<string, ObjVal>(pos.Bindings, StringComparer.Ordinal) { [prefix] = itemObj };
                        }
                        var itemDisplay = display + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                        if (item is UnknownVal) next.Add(new Pos(null, true, itemDisplay, item.Location, itemBindings));
                        else next.Add(new Pos(item, false, itemDisplay, item.Location, itemBindings));
                    }
                    if (!list.Complete) next.Add(new Pos(null, true, display + "[?]", where, pos.Bindings));
                }
                current = next;
            }
            return current;
        }

        private Tri Evaluate(ObjVal root, ConditionSpec condition, Dictionary<string, ObjVal>? bindings)
        {
            if (condition.Kind == ConditionKinds.Not)
            {
                if (condition.Inner is null) return Tri.Unknown;
                var inner = Evaluate(root, condition.Inner, bindings);
                return inner == Tri.Unknown ? Tri.Unknown : inner == Tri.True ? Tri.False : Tri.True;
            }
            if (condition.Field is null) return Tri.Unknown;
            var positions = Resolve(root, condition.Field, bindings);
            if (positions.Count != 1) return Tri.Unknown;
            var pos = positions[0];
            if (pos.Unknown) return Tri.Unknown;
            switch (condition.Kind)
            {
                case ConditionKinds.Present:
                    return (pos.Value is not null) == condition.Present ? Tri.True : Tri.False;
                case ConditionKinds.CountGreaterThan:
                    if (pos.Value is null) return Tri.False;
                    if (pos.Value is not ListVal list) return Tri.Unknown;
                    if (list.Items.Count > (condition.Count ?? 0)) return Tri.True;
                    return list.Complete ? Tri.False : Tri.Unknown;
                case ConditionKinds.Equal:
                case ConditionKinds.In:
                    if (pos.Value is null) return Tri.False;
                    if (pos.Value is not ScalarVal s || s.Value is null) return Tri.Unknown;
                    return condition.Values.Any(v => s.Matches(v)) ? Tri.True : Tri.False;
            }
            return Tri.Unknown;
        }
    }
}
