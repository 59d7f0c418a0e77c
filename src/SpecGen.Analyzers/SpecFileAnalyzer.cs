using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecGen.Shared.Diagnostics;
using SpecGen.Shared.SpecFiles;
using SpecGen.Spec;
using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;

namespace SpecGen.Analyzers
{
    /// <summary>
    /// SG1xxx: the spec reader's diagnostics, reported live on the <c>AdditionalFiles</c> spec YAML so an
    /// editor refreshes them as the file is edited (the generator reports the same at build time).
    /// Set <c>specgen_spec_diagnostics = false</c> in a global .editorconfig to leave them to the generator only.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SpecFileAnalyzer : DiagnosticAnalyzer
    {
        private const string SwitchKey = "specgen_spec_diagnostics";
        private const string BuildPropertyKey = "build_property.SpecGenSpecDiagnostics";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => SpecDescriptors.SpecFile;

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var global = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
                // "false" turns the live check off; "generator" leaves SG1xxx to the generator (command-line builds, set by the package's props).
                if ((global.TryGetValue(SwitchKey, out var on) || global.TryGetValue(BuildPropertyKey, out on))
                    && (string.Equals(on?.Trim(), "false", StringComparison.OrdinalIgnoreCase) || string.Equals(on?.Trim(), "generator", StringComparison.OrdinalIgnoreCase))) return;
                var options = start.Options.AnalyzerConfigOptionsProvider;
                var specs = start.Options.AdditionalFiles.Where(f => SpecFileFilter.IsSpec(f, options)).OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray();
                if (specs.IsEmpty) return;
                var first = specs[0].Path;
                var cancellation = start.CancellationToken;
                // One read and link per compilation, shared by the per-file actions.
                var result = new Lazy<ILookup<string, SpecDiagnostic>>(() => Compile(specs, cancellation), LazyThreadSafetyMode.ExecutionAndPublication);
                start.RegisterAdditionalFileAction(c =>
                {
                    if (!SpecFileFilter.IsSpec(c.AdditionalFile, options)) return;
                    var text = c.AdditionalFile.GetText(c.CancellationToken);
                    var path = c.AdditionalFile.Path;
                    var diagnostics = result.Value[path].ToList();
                    if (path == first) diagnostics.AddRange(result.Value["spec"]);
                    foreach (var d in diagnostics)
                    {
                        // Located in this file: the spec-wide ones ("spec") are shown on the first file.
                        var located = d.File == path ? d : d with { File = path };
                        if (SpecLocations.ToDiagnostic(located, text) is { } diagnostic) c.ReportDiagnostic(diagnostic);
                    }
                });
            });
        }

        private static ILookup<string, SpecDiagnostic> Compile(ImmutableArray<AdditionalText> specs, CancellationToken cancellation)
        {
            // Unchanged files (same path and checksum) are not read again: see SpecFileCache.
            var all = new List<SpecDiagnostic>();
            var files = new List<SpecFile>();
            var keys = new List<string>();
            foreach (var spec in specs)
            {
                cancellation.ThrowIfCancellationRequested();
                var text = spec.GetText(cancellation) ?? SourceText.From(string.Empty);
                var key = SpecFileCache.KeyOf(spec.Path, text);
                keys.Add(key);
                var (file, diagnostics) = SpecFileCache.Read(key, spec.Path, text);
                all.AddRange(diagnostics);
                if (file is not null) files.Add(file);
            }
            all.AddRange(SpecFileCache.Link(string.Join("\n\n", keys), files));
            return all.ToLookup(d => string.IsNullOrEmpty(d.File) ? "spec" : d.File, StringComparer.Ordinal);
        }
    }
}
