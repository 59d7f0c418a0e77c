using SpecGen.Spec.Model;

namespace SpecGen.Cli.Commands
{
    /// <summary>Counts shown by the summary.</summary>
    internal static class ModelStatistics
    {
        public static int RuleCount(SpecModel m) =>
            m.Operations.Sum(o => o.Rules.Count + o.Parameters.Sum(p => p.Rules.Count))
            + m.Schemas.Sum(s => s.Rules.Count + s.Fields.Sum(f => f.Rules.Count));
    }
}
