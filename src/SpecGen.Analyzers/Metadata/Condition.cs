using System;
using System.Collections.Generic;
using System.Globalization;

namespace SpecGen.Analyzers.Metadata
{
    /// <summary>The kinds of a compact condition.</summary>
    public enum ConditionKind
    {
        Equals,
        Present,
        Absent,
        CountGreaterThan,
        Not,
    }

    /// <summary>
    /// A rule condition in the compact form the generator writes into <c>[SpecRule(When = ...)]</c>:
    /// <c>field=v1|v2</c>, <c>field?</c>, <c>!field?</c>, <c>field#&gt;n</c>, <c>!(…)</c>.
    /// </summary>
    public sealed class Condition
    {
        private Condition(ConditionKind kind, string field, IReadOnlyList<string> values, int count, Condition? inner)
        {
            Kind = kind;
            Field = field;
            Values = values;
            Count = count;
            Inner = inner;
        }

        public ConditionKind Kind { get; }
        public string Field { get; }
        public IReadOnlyList<string> Values { get; }
        public int Count { get; }
        public Condition? Inner { get; }

        /// <summary>Parses the compact form; null when it is not understood (the rule is then never judged).</summary>
        public static Condition? Parse(string? text)
        {
            if (string.IsNullOrEmpty(text)) return null;
            var t = text!.Trim();
            if (t.StartsWith("!(", StringComparison.Ordinal) && t.EndsWith(")", StringComparison.Ordinal))
            {
                var inner = Parse(t.Substring(2, t.Length - 3));
                return inner is null ? null : new Condition(ConditionKind.Not, inner.Field, Array.Empty<string>(), 0, inner);
            }
            if (t.StartsWith("!", StringComparison.Ordinal) && t.EndsWith("?", StringComparison.Ordinal) && t.Length > 2)
            {
                return new Condition(ConditionKind.Absent, t.Substring(1, t.Length - 2), Array.Empty<string>(), 0, null);
            }
            if (t.EndsWith("?", StringComparison.Ordinal) && t.Length > 1)
            {
                return new Condition(ConditionKind.Present, t.Substring(0, t.Length - 1), Array.Empty<string>(), 0, null);
            }
            var hash = t.IndexOf("#>", StringComparison.Ordinal);
            if (hash > 0)
            {
                return int.TryParse(t.Substring(hash + 2), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                    ? new Condition(ConditionKind.CountGreaterThan, t.Substring(0, hash), Array.Empty<string>(), n, null)
                    : null;
            }
            var eq = t.IndexOf('=');
            if (eq > 0)
            {
                return new Condition(ConditionKind.Equals, t.Substring(0, eq), t.Substring(eq + 1).Split('|'), 0, null);
            }
            return null;
        }

        /// <summary>Prose for messages: "type is list", "mcc is not set".</summary>
        public string Describe()
        {
            switch (Kind)
            {
                case ConditionKind.Equals:
                    return Field + (Values.Count == 1 ? " is " + Values[0] : " is one of " + string.Join(", ", Values));
                case ConditionKind.Present: return Field + " is set";
                case ConditionKind.Absent: return Field + " is not set";
                case ConditionKind.CountGreaterThan: return Field + " has more than " + Count.ToString(CultureInfo.InvariantCulture) + " items";
                case ConditionKind.Not: return "not (" + Inner!.Describe() + ")";
            }
            return Field;
        }

        /// <summary>The <c>when</c>/<c>unless</c> clause of a message.</summary>
        public string Clause() =>
            Kind == ConditionKind.Not && Inner is not null ? " unless " + Inner.Describe() : " when " + Describe();
    }
}
