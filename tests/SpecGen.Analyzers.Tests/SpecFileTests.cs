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
    public async Task Yaml_syntax_errors_and_files_outside_the_spec_set_are_handled()
    {
        var broken = new InMemoryAdditionalText("/specs/acme/v1/broken.yaml", "spec: 1\nprovider: [acme\n");
        var source = new InMemoryAdditionalText("/specs/sources/doc.yaml", "not: [a spec");
        var other = new InMemoryAdditionalText("/specs/readme.txt", "text");
        var diagnostics = await AnalyzerHarness.Diagnose(Snippet, additionalFiles: ImmutableArray.Create<AdditionalText>(broken, source, other));
        Assert.Contains(diagnostics, d => d.Id == "SG1001" && d.Location.GetLineSpan().Path == "/specs/acme/v1/broken.yaml");
        Assert.DoesNotContain(diagnostics, d => d.Location.GetLineSpan().Path != "/specs/acme/v1/broken.yaml");
    }

    [Fact]
    public void The_descriptor_table_matches_the_spec_diagnostics_catalog()
    {
        var catalog = SpecGen.Spec.Diagnostics.SpecDiagnostics.All.Select(d => (d.Id, d.Title, d.Severity == SpecGen.Spec.Diagnostics.SpecSeverity.Error)).ToList();
        var table = SpecFileDescriptors.All.Select(d => (d.Id, d.Title.ToString(), d.DefaultSeverity == DiagnosticSeverity.Error)).ToList();
        Assert.Equal(catalog, table);
    }
}
