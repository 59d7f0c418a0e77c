using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecGen.Generator.Emitters;
using SpecGen.Generator.Plan;
using SpecGen.Shared.SpecFiles;
using SpecGen.Spec;
using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Pipeline
{
    /// <summary>
    /// The incremental generator: each spec file is read on its own (cached by text), the files are
    /// linked into specs, and each spec is emitted on its own, so editing one spec re-emits only it.
    /// Only AdditionalFiles marked as specs are read (<see cref="SpecFileSelection"/>); a spec with an error in
    /// any of its files, from reading or from checking, emits nothing; a build that cannot compile the bindings
    /// (no SpecGen.Runtime, C# older than 11) gets one diagnostic each and no bindings.
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
            public const string Plan = "SpecGen.Plan";
            public const string Emit = "SpecGen.Emit";
            public const string Options = "SpecGen.Options";
            public const string Environment = "SpecGen.Environment";
            public const string DependencyInjection = "SpecGen.DependencyInjection";
        }

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var options = context.AnalyzerConfigOptionsProvider
                .Select((provider, _) => GeneratorOptions.From(provider.GlobalOptions))
                .WithTrackingName(Steps.Options);

            // Small booleans first, then Combine: the raw compilation changes on every keystroke, these do not.
            var environment = context.CompilationProvider
                .Select(static (compilation, _) => BuildEnvironment.HasRuntime(compilation))
                .Combine(context.ParseOptionsProvider.Select(static (parse, _) => BuildEnvironment.LanguageVersionOf(parse)))
                .Select(static (pair, _) => new BuildEnvironment(pair.Left, pair.Right))
                .WithTrackingName(Steps.Environment);

            var specTexts = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static pair => SpecFileFilter.IsSpec(pair.Left, pair.Right))
                .Select(static (pair, _) => pair.Left);

            var files = specTexts
                .Select(static (text, cancellationToken) => FileResult.Read(text.Path, text.GetText(cancellationToken)?.ToString() ?? string.Empty, cancellationToken))
                .WithTrackingName(Steps.ReadFile);

            var collected = files.Collect();

            var linked = collected
                .Select(static (all, cancellationToken) => Linked.From(all, cancellationToken))
                .WithTrackingName(Steps.Link);

            // Reporting only: the texts give diagnostics real spans; they never enter a cached model.
            var texts = specTexts.Collect();

            context.RegisterSourceOutput(collected.Combine(linked).Combine(texts).Combine(options), static (spc, input) =>
            {
                if (!input.Right.ReportSpecDiagnostics) return;
                var ((read, link), files) = input.Left;
                var located = new SpecTexts(files, spc.CancellationToken);
                foreach (var file in read)
                {
                    foreach (var d in file.Diagnostics) located.Report(spc, d);
                }
                foreach (var d in link.Compilation.Diagnostics) located.Report(spc, d);
            });

            // One diagnostic per unusable environment, on the first spec file; nothing is emitted then (see below).
            context.RegisterSourceOutput(environment.Combine(texts), static (spc, pair) =>
            {
                var first = pair.Right.OrderBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault();
                if (first is null) return;
                foreach (var d in pair.Left.Problems(first, spc.CancellationToken)) spc.ReportDiagnostic(d);
            });

            LockPipeline.Register(context, linked.Select(static (l, _) => l.Compilation), options, texts);

            // Specs with errors are not emitted: the diagnostics say what to fix, and half a binding would only add noise.
            var models = linked
                .SelectMany(static (l, _) => l.Compilation.Models.Where(m => !l.IsHeldBack(m.Id)).ToImmutableArray())
                .WithTrackingName(Steps.Models);

            // AddXxxClient extensions only when SpecGen.Extensions is referenced: reduced to a bool before any Combine,
            // so an edit anywhere in the compilation re-runs this lookup and nothing downstream.
            var dependencyInjection = context.CompilationProvider
                .Select(static (compilation, _) => compilation.GetTypeByMetadataName(DependencyInjectionMarker) is not null)
                .WithTrackingName(Steps.DependencyInjection);

            // Every C# name decided once per spec. Only the root namespace of the options reaches it, so an option that
            // changes no name (where spec diagnostics are reported) leaves the plan, and the emitted files, cached.
            var rootNamespace = options.Select(static (o, _) => o.RootNamespace);
            var plans = models
                .Combine(rootNamespace)
                .Select(static (pair, cancellationToken) => new PlannedSpec(pair.Left, BindingPlanner.Plan(pair.Left, pair.Right, cancellationToken)))
                .WithTrackingName(Steps.Plan);

            // The plan's own warnings (SG1420, names that collided). The live spec analyzer does not plan, so the generator
            // reports them in every build, whoever reports the spec-file diagnostics.
            context.RegisterSourceOutput(plans.Combine(texts), static (spc, pair) =>
            {
                if (pair.Left.Plan.Diagnostics.Count == 0) return;
                var located = new SpecTexts(pair.Right, spc.CancellationToken);
                foreach (var d in pair.Left.Plan.Diagnostics) located.Report(spc, d);
            });

            var emitted = plans
                .Combine(environment)
                .Combine(dependencyInjection)
                .Select(static (pair, cancellationToken) => pair.Left.Right.CanCompileBindings
                    ? new EmittedSpec(EquatableArray.From(SpecEmitter.Emit(pair.Left.Left.Model, pair.Left.Left.Plan, pair.Right, cancellationToken).Select(kv => new GeneratedFile(kv.Key, kv.Value))))
                    : EmittedSpec.None)
                .WithTrackingName(Steps.Emit);

            context.RegisterSourceOutput(emitted, static (spc, spec) =>
            {
                foreach (var file in spec.Files) spc.AddSource(file.HintName, file.Text);
            });
        }

        /// <summary>
        /// The linked specs, and which are held back: a spec with an error in any of its files, from reading or from
        /// checking. A file with an error that names no spec (its header is unreadable) holds back every spec, since
        /// any of them could be the one missing its operations.
        /// </summary>
        private sealed record Linked(SpecCompilation Compilation, EquatableArray<string> SpecsWithErrors, bool AllHeldBack)
        {
            public static Linked From(ImmutableArray<FileResult> results, System.Threading.CancellationToken cancellationToken)
            {
                var compilation = SpecCompiler.Link(results.Where(r => r.File is not null).Select(r => r.File!), cancellationToken);
                var specOfFile = results.ToDictionary(r => r.Path, r => r.Spec, StringComparer.Ordinal);
                var readErrors = results.Where(r => r.Diagnostics.Any(d => d.IsError)).ToList();
                var linkErrors = compilation.Diagnostics.Where(d => d.IsError)
                    .Select(d => specOfFile.TryGetValue(d.File, out var spec) ? spec : null)
                    .ToList();
                var withErrors = readErrors.Select(r => r.Spec).Concat(linkErrors).ToList();
                var all = withErrors.Any(s => s is null);
                var ids = withErrors.Where(s => s is not null).Select(s => s!).Distinct().OrderBy(id => id, StringComparer.Ordinal);
                return new Linked(compilation, EquatableArray.From(ids), all);
            }

            public bool IsHeldBack(string specId) => AllHeldBack || SpecsWithErrors.Contains(specId);
        }

        /// <summary>The type whose presence in the compilation (SpecGen.Extensions referenced) turns on the DI extensions.</summary>
        public const string DependencyInjectionMarker = "SpecGen.Extensions.GatewayClientServices";

        /// <summary>A spec and its plan: what the emitters format.</summary>
        private sealed record PlannedSpec(SpecModel Model, BindingPlan Plan);

        private sealed record GeneratedFile(string HintName, string Text);

        private sealed record EmittedSpec(EquatableArray<GeneratedFile> Files)
        {
            public static readonly EmittedSpec None = new EmittedSpec(EquatableArray<GeneratedFile>.Empty);
        }
    }
}
