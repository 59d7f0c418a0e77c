using Microsoft.CodeAnalysis;
using SpecGen.Generator.Plan;
using SpecGen.Spec;
using SpecGen.Spec.Locking;

namespace SpecGen.Generator.Pipeline
{
    /// <summary>
    /// The build-time lock: when the project has an AdditionalFile named <c>specgen.lock.json</c>, every breaking change
    /// of a locked spec (renames of the generated C# names included) is reported as SG1410 at the YAML line of the change (like the public-API analyzers for C#).
    /// </summary>
    internal static class LockPipeline
    {
        public const string Step = "SpecGen.Lock";

        public static void Register(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<SpecCompilation> specs, IncrementalValueProvider<GeneratorOptions> options, IncrementalValueProvider<System.Collections.Immutable.ImmutableArray<AdditionalText>> texts)
        {
            var lockText = context.AdditionalTextsProvider
                .Where(static t => string.Equals(Path.GetFileName(t.Path), LockFile.FileName, StringComparison.OrdinalIgnoreCase))
                .Select(static (t, ct) => t.GetText(ct)?.ToString() ?? string.Empty)
                .Collect()
                .Select(static (all, _) => all.FirstOrDefault())
                .WithTrackingName(Step);

            // The spec texts are for locating only (real spans); they never enter a cached model.
            context.RegisterSourceOutput(lockText.Combine(specs).Combine(options).Combine(texts), static (spc, pair) =>
            {
                var (((text, compilation), opts), files) = pair;
                if (text is null || !opts.ReportSpecDiagnostics) return;
                var located = new SpecTexts(files, spc.CancellationToken);
                foreach (var d in LockFile.Check(text, compilation.Models, PlanDiff.Compare)) located.Report(spc, d);
            });
        }
    }
}
