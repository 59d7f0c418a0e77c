// Shared source (linked, not a project): the one place that words a spec rule. The generator bakes these
// sentences into the run-time validator (Violation.Message); the analyzers start every SG2xxx message with
// the same sentence for the same rule. A rule's own 'message:' in the spec wins over the generated prose.
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecGen.Spec.Model;

namespace SpecGen.Shared.Rules
{
    /// <summary>Rule prose shared by the generated validators and the analyzers.</summary>
    internal static class RuleText
    {
        /// <summary>
        /// What <paramref name="rule"/> demands of <paramref name="subject"/> (a field's wire name, or the
        /// target path of an object rule): the spec's message when it has one.
        /// </summary>
        public static string For(RuleSpec rule, string subject)
        {
            if (rule.Message is { Length: > 0 } message) return message;
            switch (rule.Kind)
            {
                case RuleKinds.Allowed: return subject + " must be one of: " + List(rule.Values) + (rule.IgnoreCase ? " (any case)" : string.Empty);
                case RuleKinds.Range: return subject + " must be " + Bounds(rule.Min, rule.Max);
                case RuleKinds.Length: return subject + " must have " + Bounds(rule.Min, rule.Max) + (One(rule) ? " character" : " characters");
                case RuleKinds.Count: return subject + " must have " + Bounds(rule.Min, rule.Max) + (One(rule) ? " item" : " items");
                case RuleKinds.Format: return subject + " must be a valid " + rule.Format + (rule.Pattern is null ? string.Empty : " (" + rule.Pattern + ")");
                case RuleKinds.Pattern: return subject + " must match " + rule.Pattern;
                case RuleKinds.Trimmed: return subject + " must not have leading or trailing white space";
                case RuleKinds.Required: return subject + " is required" + When(rule.When);
                case RuleKinds.Forbidden: return subject + " must be absent" + When(rule.When);
                case RuleKinds.Unique: return subject + " values must be unique";
                case RuleKinds.Same: return subject + " values must all be the same";
                case RuleKinds.AllowedVariants: return subject + " must be one of the variants: " + List(rule.Values);
                case RuleKinds.Compare: return subject + " " + Operator(rule.Operator) + " " + rule.Right;
            }
            return subject + " breaks the " + rule.Kind + " rule";
        }

        /// <summary>A required field (spec <c>required: true</c>) that is missing.</summary>
        public static string Required(string subject) => subject + " is required";

        /// <summary>A union value whose discriminator names no variant of the spec.</summary>
        public static string UnknownVariant(string subject, IEnumerable<string> variants) => subject + " must be one of the variants: " + List(variants);

        /// <summary>Values as a list: text quoted, numbers and booleans bare (<c>"a", "b"</c>, <c>4, 6</c>).</summary>
        public static string List(IEnumerable<string> values) => string.Join(", ", values.Select(Quote));

        /// <summary>A spec value as it reads in a message.</summary>
        public static string Quote(string value) =>
            value == "true" || value == "false" || decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? value : "\"" + value + "\"";

        /// <summary>A bound without trailing zeros (the same text whether it came from YAML or from a double in metadata).</summary>
        public static string Number(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

        /// <summary>True when the bound that ends the phrase is 1 ("at least 1 item", "exactly 1 item").</summary>
        private static bool One(RuleSpec rule) => (rule.Max ?? rule.Min) == 1m;

        private static string Bounds(decimal? min, decimal? max)
        {
            if (min is { } a && max is { } b) return a == b ? "exactly " + Number(a) : "at least " + Number(a) + " and at most " + Number(b);
            if (min is { } lo) return "at least " + Number(lo);
            if (max is { } hi) return "at most " + Number(hi);
            return "any number of";
        }

        /// <summary>The operator of a compare rule in words.</summary>
        public static string Operator(string? op)
        {
            switch (op)
            {
                case "lt": return "must be less than";
                case "le": return "must not exceed";
                case "eq": return "must equal";
                case "ge": return "must be at least";
                case "gt": return "must be greater than";
            }
            return "must be " + op;
        }

        /// <summary>The <c>when …</c> / <c>unless …</c> clause of a conditional rule (empty without a condition).</summary>
        public static string When(ConditionSpec? condition)
        {
            var c = Normalize(condition);
            if (c is null) return string.Empty;
            return c.Kind == ConditionKinds.Not && c.Inner is not null ? " unless " + Describe(c.Inner) : " when " + Describe(c);
        }

        private static string Describe(ConditionSpec c)
        {
            switch (c.Kind)
            {
                case ConditionKinds.Equal:
                case ConditionKinds.In:
                    return c.Field + (c.Values.Count == 1 ? " is " + Quote(c.Values[0]) : " is one of: " + List(c.Values));
                case ConditionKinds.Present: return c.Field + (c.Present ? " is set" : " is not set");
                case ConditionKinds.CountGreaterThan: return c.Field + " has more than " + Number(c.Count ?? 0) + " items";
                case ConditionKinds.Not: return "not (" + (c.Inner is null ? string.Empty : Describe(c.Inner)) + ")";
            }
            return c.Field ?? string.Empty;
        }

        /// <summary>
        /// The condition with double negations removed: metadata carries one condition plus a negation flag,
        /// so both sides word the same normal form.
        /// </summary>
        public static ConditionSpec? Normalize(ConditionSpec? c)
        {
            var negated = false;
            while (c is { Kind: ConditionKinds.Not, Inner: { } inner })
            {
                negated = !negated;
                c = inner;
            }
            if (c is null || c.Kind == ConditionKinds.Not) return null;
            return negated ? new ConditionSpec(ConditionKinds.Not, null, EquatableArray<string>.Empty, false, null, c) : c;
        }
    }
}
