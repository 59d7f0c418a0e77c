using System.Globalization;
using SpecGen.Shared.Metadata;
using SpecGen.Shared.Rules;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// Writes a spec rule as <c>[SpecRule(...)]</c> metadata on the generated member, every part a typed
    /// argument (numbers as numbers, the condition as fields, the spec's message), so the analyzers read the
    /// same rule back from source or from a compiled assembly.
    /// </summary>
    internal static class RuleAttribute
    {
        public static string For(RuleSpec rule)
        {
            var args = new List<string> { CSharp.Literal(rule.Kind) };
            if (rule.Target is not null) args.Add(MetadataNames.Target + " = " + CSharp.Literal(rule.Target));
            if (rule.Values.Count > 0) args.Add(MetadataNames.Values + " = " + Strings(rule.Values));
            if (rule.IgnoreCase) args.Add(MetadataNames.IgnoreCase + " = true");
            if (rule.Min is { } min) args.Add(MetadataNames.Min + " = " + Double(min));
            if (rule.Max is { } max) args.Add(MetadataNames.Max + " = " + Double(max));
            if (rule.Format is not null) args.Add(MetadataNames.Format + " = " + CSharp.Literal(rule.Format));
            if (rule.Pattern is not null) args.Add(MetadataNames.Pattern + " = " + CSharp.Literal(rule.Pattern));
            if (rule.Right is not null) args.Add(MetadataNames.Right + " = " + CSharp.Literal(rule.Right));
            if (rule.Operator is not null) args.Add(MetadataNames.Operator + " = " + CSharp.Literal(rule.Operator));
            if (rule.Message is not null) args.Add(MetadataNames.Message + " = " + CSharp.Literal(rule.Message));
            if (RuleText.Normalize(rule.When) is { } when)
            {
                var negated = when.Kind == ConditionKinds.Not;
                var c = negated ? when.Inner! : when;
                args.Add(MetadataNames.When + " = " + CSharp.Literal(c.Kind));
                if (c.Field is not null) args.Add(MetadataNames.WhenField + " = " + CSharp.Literal(c.Field));
                if (c.Values.Count > 0) args.Add(MetadataNames.WhenValues + " = " + Strings(c.Values));
                if (c.Kind == ConditionKinds.Present && c.Present) args.Add(MetadataNames.WhenPresent + " = true");
                if (c.Count is { } count) args.Add(MetadataNames.WhenCount + " = " + Double(count));
                if (negated) args.Add(MetadataNames.WhenNegated + " = true");
            }
            return "[" + MetadataNames.Usage(MetadataNames.Rule) + "(" + string.Join(", ", args) + ")]";
        }

        private static string Strings(IEnumerable<string> values) => "new string[] { " + string.Join(", ", values.Select(CSharp.Literal)) + " }";

        private static string Double(decimal value) => ((double)value).ToString("R", CultureInfo.InvariantCulture) + "d";
    }
}
