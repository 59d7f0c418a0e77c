using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecGen.Generator.Pipeline;

namespace SpecGen.Benchmarks;

/// <summary>
/// How the network table's cost grows with its size: the spec repeated 1×, 10× and 100× (1,347 to 134,700 rows,
/// <see cref="ScaledSpecs.Networks"/>). Measures a cold generator run (read the YAML, emit), the generator run after
/// a one-line edit of the spec (a driver that already ran), and compiling the generated C# (parse, bind, emit a
/// DLL) as a client build would. Setup prints the generated source size and the DLL size.
/// Run: <c>dotnet run -c Release -- --filter '*LookupScaling*' --strategy Monitoring --launchCount 1 --warmupCount 1 --iterationCount 3 --invocationCount 1 --unrollFactor 1</c>.
/// </summary>
[MemoryDiagnoser]

public class LookupScalingBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private CSharpCompilation _host = null!;
    private InMemoryAdditionalText _spec = null!;
    private InMemoryAdditionalText _edited = null!;
    private GeneratorDriver _warm = null!;
    private ImmutableArray<SyntaxTree> _generated;

    [Params(1, 10, 100)]
    public int Factor { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = ScaledSpecs.Networks(Factor);
        _spec = new InMemoryAdditionalText("/scaled/networks.yaml", text);
        // One-line edit: an operator name in the middle of the table.
        var at = text.IndexOf("\"Celcom", StringComparison.Ordinal);
        _edited = new InMemoryAdditionalText("/scaled/networks.yaml", text.Substring(0, at + 1) + "X" + text.Substring(at + 1));
        _host = Compilations.Library("Scaled", Array.Empty<SyntaxTree>());
        _warm = NewDriver().RunGenerators(_host);
        var result = _warm.GetRunResult();
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        _generated = result.GeneratedTrees;
        var size = result.GeneratedTrees.Sum(t => (long)t.GetText().Length);
        if (size == 0) throw new InvalidOperationException("the generator produced nothing: the benchmark would measure an empty run");
        using var dll = new MemoryStream();
        var emit = _host.AddSyntaxTrees(_generated).Emit(dll);
        if (!emit.Success) throw new InvalidOperationException(string.Join("\n", emit.Diagnostics.Take(5)));
        Console.WriteLine($"// SCALE factor={Factor} spec={text.Length:N0} chars generated={size:N0} chars dll={dll.Length:N0} bytes");
    }

    private GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(new[] { new SpecGenerator().AsSourceGenerator() }, additionalTexts: new AdditionalText[] { _spec }, parseOptions: ParseOptions,
            // Spec inputs are opt-in (SpecGenSpec="true"): without the options the generator reads nothing.
            optionsProvider: new TestAnalyzerConfigOptionsProvider());

    [Benchmark(Description = "Generator: cold run")]
    public GeneratorDriver Generate() => NewDriver().RunGenerators(_host);

    [Benchmark(Description = "Generator: after a one-line spec edit")]
    public GeneratorDriver Edit() => _warm.ReplaceAdditionalText(_spec, _edited).RunGenerators(_host);

    [Benchmark(Description = "Compile the generated C# (parse + emit)")]
    public long Compile()
    {
        var trees = _generated.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), ParseOptions, t.FilePath)).ToArray();
        using var dll = new MemoryStream();
        var result = _host.AddSyntaxTrees(trees).Emit(dll);
        return result.Success ? dll.Length : throw new InvalidOperationException("compile failed");
    }
}
