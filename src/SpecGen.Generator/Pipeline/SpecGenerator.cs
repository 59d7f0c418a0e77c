using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecGen.Generator.Emitters;
using SpecGen.Spec;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Pipeline
{
    /// <summary>
    /// The incremental generator: each spec file is read on its own (cached by text), the files are
    /// linked into specs, and each spec is emitted on its own, so editing one spec re-emits only it.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SpecGenerator : IIncrementalGenerator
    {
        /// <summary>Tracking names of the pipeline steps (tests assert their caching).</summary>
        public static class Steps
        {
            public const string ReadFile = "SpecGen.ReadFile";
            public const string Link = "SpecGen.Link";
            public const string Models = "SpecGen.Models";
            public const string Emit = "SpecGen.Emit";
            public const string Options = "SpecGen.Options";
        }

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var options = context.AnalyzerConfigOptionsProvider
                .Select((provider, _) => GeneratorOptions.From(provider.GlobalOptions))
                .WithTrackingName(Steps.Options);

            var files = context.AdditionalTextsProvider
                .Where(static text => IsSpecFile(text.Path))
                .Select(static (text, cancellationToken) =>
                {
                    var source = text.GetText(cancellationToken)?.ToString() ?? string.Empty;
                    var (file, diagnostics) = SpecCompiler.ReadFile(text.Path, source);
                    return new FileResult(file, diagnostics);
                })
                .WithTrackingName(Steps.ReadFile);

            context.RegisterSourceOutput(files.Combine(options), static (spc, pair) =>
            {
                if (!pair.Right.ReportSpecDiagnostics) return;
                foreach (var d in pair.Left.Diagnostics) spc.ReportDiagnostic(SpecDiagnosticReporter.ToDiagnostic(d));
            });

            var linked = files
                .Select(static (r, _) => r.File)
                .Where(static f => f is not null)
                .Collect()
                .Select(static (all, _) => Linked.From(all!))
                .WithTrackingName(Steps.Link);

            context.RegisterSourceOutput(linked.Combine(options), static (spc, pair) =>
            {
                if (!pair.Right.ReportSpecDiagnostics) return;
                foreach (var d in pair.Left.Compilation.Diagnostics) spc.ReportDiagnostic(SpecDiagnosticReporter.ToDiagnostic(d));
            });

            LockPipeline.Register(context, linked.Select(static (l, _) => l.Compilation), options);

            // Specs with errors are not emitted: the diagnostics say what to fix, and half a binding would only add noise.
            var models = linked
                .SelectMany(static (l, _) => l.Compilation.Models.Where(m => !l.SpecsWithErrors.Contains(m.Id)).ToImmutableArray())
                .WithTrackingName(Steps.Models);

            var emitted = models
                .Combine(options)
                .Select(static (pair, _) => new EmittedSpec(EquatableArray.From(SpecEmitter.Emit(pair.Left, pair.Right.RootNamespace).Select(kv => new GeneratedFile(kv.Key, kv.Value)))))
                .WithTrackingName(Steps.Emit);

            context.RegisterSourceOutput(emitted, static (spc, spec) =>
            {
                foreach (var file in spec.Files) spc.AddSource(file.HintName, file.Text);
            });
        }

        /// <summary>The linked specs, and which of them have errors in any of their files.</summary>
        private sealed record Linked(SpecCompilation Compilation, EquatableArray<string> SpecsWithErrors)
        {
            public static Linked From(ImmutableArray<SpecFile> files)
            {
                var compilation = SpecCompiler.Link(files);
                var withErrors = files
                    .Where(f => compilation.Diagnostics.Any(d => d.IsError && d.File == f.Path))
                    .Select(f => f.Header.Provider + "/" + f.Header.Version)
                    .Distinct()
                    .OrderBy(id => id, StringComparer.Ordinal);
                return new Linked(compilation, EquatableArray.From(withErrors));
            }
        }

        /// <summary>Spec files are the <c>.yaml</c> additional files, except copies of source documents under <c>sources/</c>.</summary>
        public static bool IsSpecFile(string path)
        {
            if (!path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)) return false;
            var normalized = path.Replace('\\', '/');
            return normalized.IndexOf("/sources/", StringComparison.Ordinal) < 0;
        }

        private sealed record FileResult(SpecFile? File, EquatableArray<Spec.Diagnostics.SpecDiagnostic> Diagnostics);

        private sealed record GeneratedFile(string HintName, string Text);

        private sealed record EmittedSpec(EquatableArray<GeneratedFile> Files);
    }
}
