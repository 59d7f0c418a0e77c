using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecGen.Analyzers;
using SpecGen.Spec;

namespace SpecGen.Benchmarks;

/// <summary>
/// One pass of the live spec analyzer (<see cref="SpecFileAnalyzer"/>, what an IDE runs after each edit) over a
/// project whose spec has 2,000 operations, against reading and linking that spec (what every pass did before the
/// analyzer cached its results by file path and checksum).
/// </summary>
[MemoryDiagnoser]

public class AnalyzerPassBenchmarks
{
    private const int Operations = 2000;

    private string _text = null!;
    private CSharpCompilation _compilation = null!;
    private AnalyzerOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = ScaledSpecs.Operations(Operations);
        _compilation = Compilations.Library("Ops", new[] { CSharpSyntaxTree.ParseText("public static class Existing { }", path: "Existing.cs") });
        _options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/scaled/ops.yaml", _text)));
        var diagnostics = AnalyzerPass();
        if (diagnostics.Length > 0) throw new InvalidOperationException(string.Join("\n", diagnostics));
    }

    private ImmutableArray<Diagnostic> AnalyzerPass() =>
        // A new CompilationWithAnalyzers per pass, as after an edit (each one runs the analyzer's compilation start).
        _compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SpecFileAnalyzer()), _options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "Read + link the 2,000-operation spec (each pass, before)")]
    public int ReadAndLink()
    {
        var (file, diagnostics) = SpecCompiler.ReadFile("/scaled/ops.yaml", _text);
        return diagnostics.Count + SpecCompiler.Link(new[] { file! }).Diagnostics.Count;
    }

    [Benchmark(Description = "SpecFileAnalyzer pass, spec unchanged")]
    public int AnalyzerPassUnchanged() => AnalyzerPass().Length;
}
