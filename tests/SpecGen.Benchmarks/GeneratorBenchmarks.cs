using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SpecGen.Generator.Pipeline;

namespace SpecGen.Benchmarks;

/// <summary>
/// <see cref="SpecGenerator"/> driven in-process over every bundled spec file: a cold driver run (new driver, nothing
/// cached) against an incremental run of a driver that already ran, after an unrelated C# edit (a syntax tree added).
/// Both call <see cref="GeneratorDriver.RunGenerators(Compilation, CancellationToken)"/>: the generator's own work and
/// the driver's, not the parsing of the generated text into the compilation.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private ImmutableArray<AdditionalText> _specs;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Texts are read once, outside the measurement (MSBuild hands the compiler loaded texts too).
        _specs = RepoFiles.SpecFiles().Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        // The generator reads only additional files and options, so a one-class consumer is enough.
        _compilation = CSharpCompilation.Create(
            "SpecGenConsumer",
            new[] { CSharpSyntaxTree.ParseText("public static class Existing { }", ParseOptions, path: "Existing.cs") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public static class Unrelated { public static int X => 1; }", ParseOptions, path: "Unrelated.cs"));
        _warm = NewDriver(track: false).RunGenerators(_compilation);

        // Sanity: the cold run generates the bindings, and after the edit every pipeline step is reused.
        var cold = _warm.GetRunResult().Results.Single();
        if (cold.Exception is not null) throw new InvalidOperationException("generator failed", cold.Exception);
        if (cold.GeneratedSources.Length < 40) throw new InvalidOperationException("only " + cold.GeneratedSources.Length + " generated sources");
        var tracked = NewDriver(track: true).RunGenerators(_compilation).RunGenerators(_edited).GetRunResult().Results.Single();
        foreach (var step in new[] { SpecGenerator.Steps.ReadFile, SpecGenerator.Steps.Link, SpecGenerator.Steps.Models, SpecGenerator.Steps.Emit })
        {
            var reasons = tracked.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            if (reasons.Any(r => r is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)))
                throw new InvalidOperationException(step + " re-ran after an unrelated edit: " + string.Join(", ", reasons));
        }
    }

    private GeneratorDriver NewDriver(bool track) =>
        CSharpGeneratorDriver.Create(
            new[] { new SpecGenerator().AsSourceGenerator() },
            additionalTexts: _specs,
            parseOptions: ParseOptions,
            optionsProvider: new TestAnalyzerConfigOptionsProvider(),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>A new driver over all spec files: read, link, check and emit everything.</summary>
    [Benchmark(Baseline = true, Description = "Cold driver run (all specs)")]
    public GeneratorDriver ColdRun() => NewDriver(track: false).RunGenerators(_compilation);

    /// <summary>The driver of a finished run, re-run after a syntax tree was added: every step should be cached.</summary>
    [Benchmark(Description = "Incremental run after unrelated C# edit")]
    public GeneratorDriver IncrementalRunAfterUnrelatedEdit() => _warm.RunGenerators(_edited);
}
