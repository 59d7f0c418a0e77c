using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>SG1xxx reported live on AdditionalFiles spec YAML, at the reader's line and column.</summary>
public sealed class SpecFileTests
{
    private const string Snippet = "class C { }";

    [Fact]
    public async Task The_real_specs_are_clean()
    {
        var diagnostics = await AnalyzerHarness.Diagnose(Snippet, additionalFiles: AnalyzerHarness.RealSpecs());
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task A_bad_spec_file_is_reported_on_its_line_and_column()
    {
        var bad = new InMemoryAdditionalText("/specs/acme/v1/api.yaml", "spec: 1\nprovider: acme\nversion: v1\nnamespace: Acme.V1\noperations:\n  send:\n    kind: endpoint\n    method: POST\n    path: /send\n    encoding: form\n    parameters:\n      to: { type: telephone }\n");
        var diagnostics = await AnalyzerHarness.Diagnose(Snippet, additionalFiles: ImmutableArray.Create<AdditionalText>(bad));
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.StartsWith("SG1", d.Id, System.StringComparison.Ordinal));
        var unknownType = diagnostics.Single(d => d.Id == "SG1301");
        var span = unknownType.Location.GetLineSpan();
        Assert.Equal("/specs/acme/v1/api.yaml", span.Path);
        Assert.Equal(11, span.StartLinePosition.Line);
        Assert.Contains("telephone", unknownType.GetMessage());
        Assert.DoesNotContain(diagnostics, d => d.Id == "SG1315"); // no document: a user's own spec, whose operations need no source
    }

    [Fact]
    public async Task Yaml_syntax_errors_are_reported_and_unmarked_files_are_left_alone()
    {
        var broken = new InMemoryAdditionalText("/specs/acme/v1/broken.yaml", "spec: 1\nprovider: [acme\n");
        var source = new InMemoryAdditionalText("/specs/sources/doc.yaml", "not: [a spec", specGenSpec: null);
        var openApi = new InMemoryAdditionalText("/app/openapi.yaml", "openapi: 3.0.3\ninfo: { title: x, version: '1' }\npaths: {}\n", specGenSpec: null);
        var other = new InMemoryAdditionalText("/specs/readme.txt", "text", specGenSpec: null);
        var diagnostics = await AnalyzerHarness.Diagnose(Snippet, additionalFiles: ImmutableArray.Create<AdditionalText>(broken, source, openApi, other));
        var d = Assert.Single(diagnostics);
        Assert.Equal(("SG1001", "/specs/acme/v1/broken.yaml"), (d.Id, d.Location.GetLineSpan().Path));
    }

    [Fact]
    public async Task A_spec_diagnostic_spans_the_token_at_its_position()
    {
        var spec = "spec: 1\nprovider: acme\nversion: v1\ncolour: blue\n";
        var file = new InMemoryAdditionalText("/specs/acme/v1/api.yaml", spec);
        var diagnostics = await AnalyzerHarness.Diagnose(Snippet, additionalFiles: ImmutableArray.Create<AdditionalText>(file));
        var unknown = Assert.Single(diagnostics, x => x.Id == "SG1102");
        Assert.Equal("colour:", spec.Substring(unknown.Location.SourceSpan.Start, unknown.Location.SourceSpan.Length));
        var span = unknown.Location.GetLineSpan();
        Assert.Equal((3, 0, 3, 7), (span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character));
    }

    [Fact]
    public void The_descriptor_table_matches_the_spec_diagnostics_catalog()
    {
        var catalog = SpecGen.Spec.Diagnostics.SpecDiagnostics.All.Select(d => (d.Id, d.Title, d.Severity == SpecGen.Spec.Diagnostics.SpecSeverity.Error)).ToList();
        var table = new SpecFileAnalyzer().SupportedDiagnostics.Select(d => (d.Id, d.Title.ToString(), d.DefaultSeverity == DiagnosticSeverity.Error)).ToList();
        Assert.Equal(catalog, table);
    }
}
