using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace SpecGen.Generator.Tests;

/// <summary>
/// A build that cannot compile the bindings gets one SpecGen diagnostic per unmet need, located on the first spec
/// file, and no generated code (which would otherwise fail with a CS error in every file).
/// </summary>
public class EnvironmentTests
{
    private static readonly string FirstSpec = GeneratorHarness.RealSpecs().Select(t => t.Path).OrderBy(p => p, StringComparer.Ordinal).First();

    private static CSharpCompilation WithoutRuntime() =>
        GeneratorHarness.Compilation().RemoveReferences(GeneratorHarness.References.Where(r => r.Display is { } d && d.EndsWith("SpecGen.Runtime.dll", StringComparison.Ordinal)));

    private static (ImmutableArray<Diagnostic> Generator, Compilation Output, GeneratorRunResult Result) Run(Compilation compilation, LanguageVersion version)
    {
        var parse = GeneratorHarness.ParseOptions.WithLanguageVersion(version);
        var (_, output, _, result) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.RealSpecs(), parse), compilation);
        Assert.Null(result.Exception);
        return (result.Diagnostics, output, result);
    }

    private static void AssertOnFirstSpec(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        Assert.Equal(FirstSpec, span.Path);
        Assert.Equal(0, span.StartLinePosition.Line);
        Assert.Equal("spec:", System.IO.File.ReadAllLines(FirstSpec)[0].Substring(span.StartLinePosition.Character, span.EndLinePosition.Character - span.StartLinePosition.Character));
    }

    [Fact]
    public void A_missing_runtime_reference_is_one_located_SG1401_and_nothing_is_generated()
    {
        var (diagnostics, output, result) = Run(WithoutRuntime(), LanguageVersion.Latest);

        var d = Assert.Single(diagnostics);
        Assert.Equal(("SG1401", DiagnosticSeverity.Error), (d.Id, d.Severity));
        Assert.Contains("SpecGen.Runtime", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        AssertOnFirstSpec(d);
        Assert.Empty(result.GeneratedSources);
        Assert.Empty(output.GetDiagnostics().Where(x => x.Severity == DiagnosticSeverity.Error));   // no flood of CS0246
    }

    [Fact]
    public void CSharp_10_is_one_located_SG1402_and_nothing_is_generated()
    {
        var (diagnostics, output, result) = Run(GeneratorHarness.Compilation(), LanguageVersion.CSharp10);

        var d = Assert.Single(diagnostics);
        Assert.Equal(("SG1402", DiagnosticSeverity.Error), (d.Id, d.Severity));
        Assert.Contains("C# 10.0", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        AssertOnFirstSpec(d);
        Assert.Empty(result.GeneratedSources);
        Assert.Empty(output.GetDiagnostics().Where(x => x.Severity == DiagnosticSeverity.Error));   // no flood of CS8936
    }

    [Fact]
    public void Both_problems_are_one_diagnostic_each()
    {
        var (diagnostics, _, result) = Run(WithoutRuntime(), LanguageVersion.CSharp9);

        Assert.Equal(new[] { "SG1401", "SG1402" }, diagnostics.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal));
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void CSharp_11_with_the_runtime_generates()
    {
        var (diagnostics, output, result) = Run(GeneratorHarness.Compilation(), LanguageVersion.CSharp11);

        Assert.Empty(diagnostics);
        Assert.NotEmpty(result.GeneratedSources);
        Assert.Empty(output.GetDiagnostics().Where(x => x.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Without_spec_files_nothing_is_reported()
    {
        var (_, _, _, result) = GeneratorHarness.Run(GeneratorHarness.Driver(Array.Empty<AdditionalText>(), GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp9)), WithoutRuntime());

        Assert.Empty(result.Diagnostics);
    }
}
