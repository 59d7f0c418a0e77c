using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecGen.Spec;
using SpecGen.Spec.Locking;

namespace SpecGen.Generator.Pipeline
{
    /// <summary>
    /// The build-time lock: when the project has an AdditionalFile named <c>specgen.lock.json</c>, every breaking change
    /// of a locked spec is reported as SG1401 at the YAML line of the change (like the public-API analyzers for C#).
    /// </summary>
    internal static class LockPipeline
    {
        public const string Step = "SpecGen.Lock";

        public static void Register(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<SpecCompilation> specs, IncrementalValueProvider<GeneratorOptions> options)
        {
            var lockText = context.AdditionalTextsProvider
                .Where(static t => string.Equals(Path.GetFileName(t.Path), LockFile.FileName, StringComparison.OrdinalIgnoreCase))
                .Select(static (t, ct) => t.GetText(ct)?.ToString() ?? string.Empty)
                .Collect()
                .Select(static (all, _) => all.FirstOrDefault())
                .WithTrackingName(Step);

            context.RegisterSourceOutput(lockText.Combine(specs).Combine(options), static (spc, pair) =>
            {
                var ((text, compilation), opts) = pair;
                if (text is null || !opts.ReportSpecDiagnostics) return;
                foreach (var d in LockFile.Check(text, compilation.Models)) spc.ReportDiagnostic(SpecDiagnosticReporter.ToDiagnostic(d));
            });
        }
    }
}
