using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SpecGen.Generator.Tests;

/// <summary>A spec with an error in any of its files, from reading or from checking, emits nothing: no half bindings.</summary>
public class HoldBackTests
{
    private const string Header = "spec: 1\nprovider: x\nversion: v1\ndocument: d\nbase_url: https://x.test\n";
    private const string GoodOperations = "spec: 1\nprovider: x\nversion: v1\noperations:\n  ping: {kind: endpoint, method: GET, path: /ping, source: s}\n";

    private static IReadOnlyList<string> Emitted(GeneratorRunResult result) =>
        result.GeneratedSources.Select(s => string.Join(".", s.HintName.Split('.').Take(2))).Distinct().OrderBy(s => s, StringComparer.Ordinal).ToList();

    private static (GeneratorRunResult Result, Compilation Output) Run(params (string Path, string Yaml)[] files)
    {
        var texts = GeneratorHarness.RealSpecs().AddRange(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Yaml)));
        var (_, output, _, result) = GeneratorHarness.Run(GeneratorHarness.Driver(texts), GeneratorHarness.Compilation());
        Assert.Null(result.Exception);
        return (result, output);
    }

    [Fact]
    public void The_complete_spec_is_emitted()
    {
        var (result, _) = Run(("/s/x/v1/a.yaml", Header), ("/s/x/v1/b.yaml", GoodOperations));

        Assert.Empty(result.Diagnostics);
        Assert.Contains("X.V1", Emitted(result));
    }

    [Fact]
    public void A_read_phase_error_holds_back_emission()
    {
        // The second operation has no path: the reader reports SG1101 and keeps the rest of the file, so before this
        // rule the spec was emitted without that operation (half a binding).
        var operations = GoodOperations + "  pong: {kind: endpoint, method: GET, source: s}\n";

        var (result, output) = Run(("/s/x/v1/a.yaml", Header), ("/s/x/v1/b.yaml", operations));

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("SG1101", "/s/x/v1/b.yaml", 5), (d.Id, d.Location.GetLineSpan().Path, d.Location.GetLineSpan().StartLinePosition.Line));
        Assert.DoesNotContain("X.V1", Emitted(result));
        Assert.Equal(new[] { "Mobtexting.V2", "Mocean.V1", "Mocean.V2", "Oca.V1" }, Emitted(result));   // other specs are untouched
        Assert.Empty(output.GetDiagnostics().Where(x => x.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_file_of_the_spec_that_is_not_yaml_at_all_holds_back_that_spec_only()
    {
        // Unparsable, but its top-level provider and version lines still say whose file it is.
        var broken = "spec: 1\nprovider: x\nversion: v1\noperations: [\n";

        var (result, _) = Run(("/s/x/v1/a.yaml", Header), ("/s/x/v1/b.yaml", GoodOperations), ("/s/x/v1/c.yaml", broken));

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("SG1001", "/s/x/v1/c.yaml"), (d.Id, d.Location.GetLineSpan().Path));
        Assert.Equal(new[] { "Mobtexting.V2", "Mocean.V1", "Mocean.V2", "Oca.V1" }, Emitted(result));
    }

    [Fact]
    public void A_broken_file_that_names_no_spec_holds_back_every_spec()
    {
        // Whose operations are missing cannot be known, so no spec is emitted as if it were complete.
        var (result, _) = Run(("/s/x/v1/a.yaml", Header), ("/s/x/v1/b.yaml", GoodOperations), ("/s/unknown.yaml", "operations: [\n"));

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("SG1001", "/s/unknown.yaml"), (d.Id, d.Location.GetLineSpan().Path));
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void A_warning_does_not_hold_back_emission()
    {
        var (result, _) = Run(("/s/x/v1/a.yaml", Header + "colour: blue\n"), ("/s/x/v1/b.yaml", GoodOperations));

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("SG1102", DiagnosticSeverity.Warning), (d.Id, d.Severity));
        Assert.Contains("X.V1", Emitted(result));
    }
}
