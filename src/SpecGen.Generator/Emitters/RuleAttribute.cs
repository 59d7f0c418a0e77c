using System.Globalization;
using System.Linq;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// Writes a spec rule as <c>[SpecRule(...)]</c> metadata on the generated member, so analyzers can
    /// enforce the same rule on constants without knowing any gateway.
    /// </summary>
    internal static class RuleAttribute
    {
        public static string For(RuleSpec rule)
        {
            var args = new System.Collections.Generic.List<string> { CSharp.Literal(rule.Kind) };
            if (rule.Target is not null) args.Add("Target = " + CSharp.Literal(rule.Target));
            if (rule.Values.Count > 0) args.Add("Values = new string[] { " + string.Join(", ", rule.Values.Select(CSharp.Literal)) + " }");
            if (rule.Min is { } min) args.Add("Min = " + CSharp.Literal(min.ToString(CultureInfo.InvariantCulture)));
            if (rule.Max is { } max) args.Add("Max = " + CSharp.Literal(max.ToString(CultureInfo.InvariantCulture)));
            if (rule.Format is not null) args.Add("Format = " + CSharp.Literal(rule.Format));
            if (rule.Pattern is not null) args.Add("Pattern = " + CSharp.Literal(rule.Pattern));
            if (rule.Right is not null) args.Add("Right = " + CSharp.Literal(rule.Right));
            if (rule.Operator is not null) args.Add("Operator = " + CSharp.Literal(rule.Operator));
            if (rule.When is { } when) args.Add("When = " + CSharp.Literal(Condition(when)));
            return "[global::SpecGen.Runtime.Validation.SpecRule(" + string.Join(", ", args) + ")]";
        }

        /// <summary>A compact text form of a condition: <c>type=list</c>, <c>type in a|b</c>, <c>mcc?</c>, <c>!mcc?</c>, <c>sections#>1</c>, <c>!(…)</c>.</summary>
        public static string Condition(ConditionSpec c)
        {
            switch (c.Kind)
            {
                case ConditionKinds.Equal: return c.Field + "=" + string.Join("|", c.Values);
                case ConditionKinds.In: return c.Field + "=" + string.Join("|", c.Values);
                case ConditionKinds.Present: return (c.Present ? string.Empty : "!") + c.Field + "?";
                case ConditionKinds.CountGreaterThan: return c.Field + "#>" + c.Count?.ToString(CultureInfo.InvariantCulture);
                case ConditionKinds.Not: return "!(" + (c.Inner is null ? string.Empty : Condition(c.Inner)) + ")";
            }
            return string.Empty;
        }
    }
}
