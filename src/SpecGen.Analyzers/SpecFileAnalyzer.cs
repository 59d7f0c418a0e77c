using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
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

        private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = SpecFileDescriptors.All.ToImmutableDictionary(d => d.Id);

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => SpecFileDescriptors.All;

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
                var specs = start.Options.AdditionalFiles.Where(f => IsSpecFile(f.Path)).OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray();
                if (specs.IsEmpty) return;
                var first = specs[0].Path;
                var cancellation = start.CancellationToken;
                // One read and link per compilation, shared by the per-file actions.
                var result = new Lazy<ILookup<string, SpecDiagnostic>>(() => Compile(specs, cancellation), LazyThreadSafetyMode.ExecutionAndPublication);
                start.RegisterAdditionalFileAction(c =>
                {
                    if (!IsSpecFile(c.AdditionalFile.Path)) return;
                    var text = c.AdditionalFile.GetText(c.CancellationToken);
                    var path = c.AdditionalFile.Path;
                    var diagnostics = result.Value[path].ToList();
                    if (path == first) diagnostics.AddRange(result.Value["spec"]);
                    foreach (var d in diagnostics)
                    {
                        // An ID newer than this table cannot be reported by an analyzer (the generator still reports it).
                        if (ById.TryGetValue(d.Id, out var descriptor)) c.ReportDiagnostic(ToDiagnostic(descriptor, d, path, text));
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

        private static Diagnostic ToDiagnostic(DiagnosticDescriptor descriptor, SpecDiagnostic d, string path, SourceText? text)
        {
            var line = Math.Max(0, d.Line - 1);
            var column = Math.Max(0, d.Column - 1);
            var span = new TextSpan(0, 0);
            if (text is not null && line < text.Lines.Count)
            {
                var textLine = text.Lines[line];
                var start = Math.Min(textLine.Start + column, textLine.End);
                var end = start;
                while (end < textLine.End && !char.IsWhiteSpace(text[end])) end++;
                span = TextSpan.FromBounds(start, end);
            }
            var position = new LinePosition(line, column);
            var endPosition = new LinePosition(line, column + span.Length);
            return Diagnostic.Create(descriptor, Location.Create(path, span, new LinePositionSpan(position, endPosition)), d.Message);
        }

        /// <summary>The generator's rule: <c>.yaml</c> files, except copies of source documents under <c>sources/</c>.</summary>
        public static bool IsSpecFile(string path)
        {
            if (!path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)) return false;
            return path.Replace('\\', '/').IndexOf("/sources/", StringComparison.Ordinal) < 0;
        }
    }
}
