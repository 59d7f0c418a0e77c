using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SpecGen.Generator.Pipeline;

namespace SpecGen.Benchmarks;

/// <summary>
/// What an unrelated C# edit costs Roslyn's generator driver in a project whose spec has 2,000 operations
/// (<see cref="ScaledSpecs.Operations"/>): the driver that already ran is run again on the edited compilation and
/// the generated trees are added to it (<c>RunGeneratorsAndUpdateCompilation</c>, what the compiler and the IDE do).
/// The generator caches everything, so the cost is the driver's own, which grows with the number of generated files.
/// Baseline: the same generated text with the operations split one file per type, as SpecGen emitted them before
/// (2,000+ files),
/// replayed by a generator that only adds fixed texts; compared: the same replay of SpecGen's grouped files, and
/// SpecGen itself.
/// </summary>
[MemoryDiagnoser]

public class DriverGrowthBenchmarks
{
    private const int Operations = 2000;
    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _specGen = null!;
    private GeneratorDriver _perType = null!;
    private GeneratorDriver _grouped = null!;

    [GlobalSetup]
    public void Setup()
    {
        var spec = new InMemoryAdditionalText("/scaled/ops.yaml", ScaledSpecs.Operations(Operations));
        _compilation = Compilations.Library("Ops", new[] { CSharpSyntaxTree.ParseText("public static class Existing { }", ParseOptions, path: "Existing.cs") });
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public static class Unrelated { public static int X => 1; }", ParseOptions, path: "Unrelated.cs"));

        _specGen = Driver(new SpecGenerator().AsSourceGenerator(), spec);
        _specGen = _specGen.RunGeneratorsAndUpdateCompilation(_compilation, out var output, out var diagnostics);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) throw new InvalidOperationException(string.Join("\n", diagnostics));
        var generated = _specGen.GetRunResult().Results.Single().GeneratedSources;
        if (generated.Length == 0) throw new InvalidOperationException("the generator produced nothing: the benchmark would measure an empty run");
        var perType = generated.SelectMany(s => s.HintName.Contains(".Requests") || s.HintName.Contains(".Webhooks")
            ? SplitPerType(s.HintName, s.SourceText.ToString())
            : new[] { (s.HintName, s.SourceText.ToString()) }).ToList();
        _perType = Driver(new FixedFilesGenerator(perType).AsSource(), spec).RunGeneratorsAndUpdateCompilation(_compilation, out _, out _);
        _grouped = Driver(new FixedFilesGenerator(generated.Select(s => (s.HintName, s.SourceText.ToString())).ToList()).AsSource(), spec).RunGeneratorsAndUpdateCompilation(_compilation, out _, out _);

        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(3).ToList();
        if (errors.Count > 0) throw new InvalidOperationException(string.Join("\n", errors));
        Console.WriteLine($"// GROWTH operations={Operations} specgen files={generated.Length} one-per-operation files={perType.Count} generated={generated.Sum(s => (long)s.SourceText.Length):N0} chars");
    }

    private static GeneratorDriver Driver(ISourceGenerator generator, AdditionalText spec) =>
        CSharpGeneratorDriver.Create(new[] { generator }, additionalTexts: new[] { spec }, parseOptions: ParseOptions, optionsProvider: new TestAnalyzerConfigOptionsProvider());

    /// <summary>Splits a generated file at its top-level types (a doc comment at column 0), each part with the file's header.</summary>
    private static IEnumerable<(string, string)> SplitPerType(string hint, string text)
    {
        var ns = text.IndexOf("\nnamespace ", StringComparison.Ordinal);
        var bodyStart = text.IndexOf('\n', ns + 1) + 1;
        var header = text.Substring(0, bodyStart);
        var starts = new List<int>();
        for (var i = text.IndexOf("\n/// <summary>", bodyStart - 1, StringComparison.Ordinal); i >= 0; i = text.IndexOf("\n/// <summary>", i + 1, StringComparison.Ordinal)) starts.Add(i + 1);
        if (starts.Count <= 1) { yield return (hint, text); yield break; }
        starts[0] = bodyStart;
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : text.Length;
            yield return (hint.Replace(".g.cs", "." + k.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs"), header + text.Substring(starts[k], end - starts[k]));
        }
    }

    [Benchmark(Baseline = true, Description = "Unrelated edit: replay, one file per operation (as before)")]
    public Compilation PerType()
    {
        _perType.RunGeneratorsAndUpdateCompilation(_edited, out var output, out _);
        return output;
    }

    [Benchmark(Description = "Unrelated edit: replay, SpecGen's grouped files")]
    public Compilation Grouped()
    {
        _grouped.RunGeneratorsAndUpdateCompilation(_edited, out var output, out _);
        return output;
    }

    [Benchmark(Description = "Unrelated edit: SpecGenerator")]
    public Compilation SpecGen()
    {
        _specGen.RunGeneratorsAndUpdateCompilation(_edited, out var output, out _);
        return output;
    }

    /// <summary>Adds fixed texts, cached like any incremental output (it depends only on the additional file).</summary>
    private sealed class FixedFilesGenerator : IIncrementalGenerator
    {
        private readonly IReadOnlyList<(string Hint, string Text)> _files;

        public FixedFilesGenerator(IReadOnlyList<(string Hint, string Text)> files) => _files = files;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var trigger = context.AdditionalTextsProvider.Select((t, _) => t.Path);
            context.RegisterSourceOutput(trigger, (spc, _) =>
            {
                foreach (var (hint, text) in _files) spc.AddSource(hint, SourceText.From(text, System.Text.Encoding.UTF8));
            });
        }

        public ISourceGenerator AsSource() => this.AsSourceGenerator();
    }
}
