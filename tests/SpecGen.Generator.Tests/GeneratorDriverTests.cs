using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace SpecGen.Generator.Tests;

/// <summary>The generator run in-process over every real spec file.</summary>
public class GeneratorDriverTests
{
    // A consumer of the generated API: it must compile without a warning with nullable enabled.
    private const string Consumer = """
        using System;
        using System.Linq;

        public static class Consumer
        {
            public static string Send()
            {
                var sms = new Mocean.V2.SendSmsRequest { From = "MOCEAN", To = new[] { "60123456789" }, Text = "Hello" };
                sms.EnsureValid();
                var parsed = Mocean.V2.SmsSendResult.FromJson("{\"messages\":[{\"status\":0}]}");
                var first = parsed.Success ? parsed.Value.Messages?.FirstOrDefault()?.Msgid : parsed.Error.Message;
                return sms.ToForm() + first + (Mocean.V2.Networks.TryGetByNetworkCode(50213, out var row) ? row.Operator : "");
            }
        }
        """;

    [Fact]
    public void Real_specs_generate_without_errors_and_the_output_compiles_without_warnings()
    {
        var (_, output, diagnostics, result) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.RealSpecs()), GeneratorHarness.Compilation(Consumer));

        Assert.Null(result.Exception);
        Assert.DoesNotContain(diagnostics, d => d.Id == "CS8785");
        var generatorErrors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(generatorErrors.Count == 0, "generator errors:\n" + GeneratorHarness.Describe(generatorErrors));
        Assert.True(result.GeneratedSources.Length >= 20, "only " + result.GeneratedSources.Length + " files were generated");

        // Treat warnings as errors (hidden and info diagnostics are not reported by a build).
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, problems.Count + " compiler warnings/errors:\n" + GeneratorHarness.Describe(problems.Take(50)));
    }

    [Fact]
    public void Every_provider_version_gets_its_namespace_and_hint_names_are_unique()
    {
        var (_, _, _, result) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.RealSpecs()), GeneratorHarness.Compilation());

        var hints = result.GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Equal(hints.Count, hints.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        foreach (var prefix in new[] { "Mocean.V1.", "Mocean.V2.", "Oca.V1.", "Mobtexting.V2." })
        {
            Assert.Contains(hints, h => h.StartsWith(prefix, System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Generated_xml_documentation_is_well_formed()
    {
        // A consumer that sets GenerateDocumentationFile parses doc comments: malformed XML (CS1570),
        // bad cref (CS1574/CS1580) or bad param names (CS1572/CS1573) would break a TreatWarningsAsErrors build.
        var parseOptions = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        var (_, output, _, result) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.RealSpecs(), parseOptions), GeneratorHarness.Compilation());

        Assert.Null(result.Exception);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, problems.Count + " documentation warnings:\n" + GeneratorHarness.Describe(problems.Take(50)));
    }

    [Fact]
    public void A_broken_spec_reports_SG1301_at_its_line_and_does_not_crash()
    {
        const string path = "/specs/x/v1/api.yaml";
        const string broken = "spec: 1\nprovider: x\nversion: v1\noperations:\n  a: {kind: endpoint, method: GET, path: /x, source: s, parameters: {p: {type: Nope}}}\n";
        var texts = GeneratorHarness.RealSpecs().Add(new InMemoryAdditionalText(path, broken));

        var (_, output, diagnostics, result) = GeneratorHarness.Run(GeneratorHarness.Driver(texts), GeneratorHarness.Compilation());

        Assert.Null(result.Exception);
        Assert.DoesNotContain(diagnostics, d => d.Id == "CS8785");
        var sg1301 = Assert.Single(result.Diagnostics, d => d.Id == "SG1301");
        Assert.Equal(DiagnosticSeverity.Error, sg1301.Severity);
        Assert.Contains("Nope", sg1301.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var span = sg1301.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal(4, span.StartLinePosition.Line); // 0-based: the fifth line, where `type: Nope` is written
        // A real span (not zero-width at offset 0): the parameter whose type is unknown.
        Assert.Equal("p:", broken.Substring(sg1301.Location.SourceSpan.Start, sg1301.Location.SourceSpan.Length));

        // The broken spec is not emitted; the real specs still are, and they still compile.
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.StartsWith("X.", System.StringComparison.Ordinal));
        Assert.True(result.GeneratedSources.Length >= 20);   // operations are grouped per spec (SpecEmitter)
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_spec_with_an_error_in_its_second_file_is_not_emitted()
    {
        // The error sits in the file that is not the spec's first: the whole spec is still held back.
        const string header = "spec: 1\nprovider: x\nversion: v1\ndocument: d\nbase_url: https://x.test\n";
        const string broken = "spec: 1\nprovider: x\nversion: v1\noperations:\n  a: {kind: endpoint, method: GET, path: /x, source: s, parameters: {p: {type: Nope}}}\n";
        var texts = GeneratorHarness.RealSpecs()
            .Add(new InMemoryAdditionalText("/specs/x/v1/a-header.yaml", header))
            .Add(new InMemoryAdditionalText("/specs/x/v1/b-operations.yaml", broken));

        var (_, output, _, result) = GeneratorHarness.Run(GeneratorHarness.Driver(texts), GeneratorHarness.Compilation());

        Assert.Single(result.Diagnostics, d => d.Id == "SG1301");
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.StartsWith("X.", System.StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("spec: 1\nprovider: x\nversion: v1\noperations: [\n", "SG1001", 5, DiagnosticSeverity.Error)]   // unclosed flow sequence
    [InlineData("spec: 1\n\tprovider: x\n", "SG1001", 1, DiagnosticSeverity.Error)]                              // tab indentation (YamlDotNet reports the scalar it continues)
    [InlineData("\u0000\u0001\u0002 binary \uFFFF", "SG1103", 1, DiagnosticSeverity.Error)]                      // not YAML at all: a scalar, not a mapping
    [InlineData("", "SG1005", 1, DiagnosticSeverity.Warning)]                                                      // empty file
    [InlineData("spec: 2\nprovider: x\nversion: v1\n", "SG1105", 1, DiagnosticSeverity.Error)]                  // unknown language version
    public void Unreadable_specs_give_one_located_diagnostic_never_a_generator_crash(string yaml, string id, int line, DiagnosticSeverity severity)
    {
        var texts = new[] { (AdditionalText)new InMemoryAdditionalText("/specs/x/v1/bad.yaml", yaml) };

        var (_, _, diagnostics, result) = GeneratorHarness.Run(GeneratorHarness.Driver(texts), GeneratorHarness.Compilation());

        Assert.Null(result.Exception);
        Assert.DoesNotContain(diagnostics, d => d.Id == "CS8785");
        var d = Assert.Single(result.Diagnostics);
        var span = d.Location.GetLineSpan();
        Assert.Equal((id, severity, "/specs/x/v1/bad.yaml", line), (d.Id, d.Severity, span.Path, span.StartLinePosition.Line + 1));
        Assert.Empty(result.GeneratedSources);
    }

    // ---------------------------------------------------------------- spec inputs are opt-in

    private const string OpenApi = "openapi: 3.0.3\ninfo:\n  title: Petstore\n  version: '1'\npaths: {}\n";

    [Fact]
    public void A_users_unrelated_yaml_additional_file_is_ignored()
    {
        // Before opt-in, every .yaml AdditionalFile was read as a spec: these failed the build with SG1101.
        var texts = GeneratorHarness.RealSpecs()
            .Add(new InMemoryAdditionalText("/app/openapi.yaml", OpenApi, specGenSpec: null))
            .Add(new InMemoryAdditionalText("/app/appsettings.yaml", "logging:\n  level: debug\n", specGenSpec: null));
        var (_, _, _, plain) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.RealSpecs()), GeneratorHarness.Compilation());

        var (_, output, _, result) = GeneratorHarness.Run(GeneratorHarness.Driver(texts), GeneratorHarness.Compilation());

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(plain.GeneratedSources.Select(s => s.HintName), result.GeneratedSources.Select(s => s.HintName));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Only_marked_files_are_specs_whatever_their_name()
    {
        var texts = new[]
        {
            (AdditionalText)new InMemoryAdditionalText("/repo/spec/x/v1/api.yaml", MinimalSpec, specGenSpec: null),   // unmarked
            new InMemoryAdditionalText("/repo/spec/y/v1/api.yaml", MinimalSpec.Replace("provider: x", "provider: y"), specGenSpec: "false"),
            new InMemoryAdditionalText("/repo/specs/z.spec", MinimalSpec.Replace("provider: x", "provider: z"), specGenSpec: "True"),
        };

        var (_, _, _, result) = GeneratorHarness.Run(GeneratorHarness.Driver(texts), GeneratorHarness.Compilation());

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[] { "Z.V1" }, result.GeneratedSources.Select(s => string.Join(".", s.HintName.Split('.').Take(2))).Distinct());
    }

    [Fact]
    public void The_spec_folder_property_selects_its_yaml_files_except_sources_and_files_marked_false()
    {
        var texts = new[]
        {
            (AdditionalText)new InMemoryAdditionalText("/repo/app/specs/x/v1/api.yaml", MinimalSpec, specGenSpec: null),
            new InMemoryAdditionalText("/repo/app/specs/sources/notes.yaml", "not: [a spec", specGenSpec: null),
            new InMemoryAdditionalText("/repo/app/specs/readme.txt", "spec: 1", specGenSpec: null),
            new InMemoryAdditionalText("/repo/app/specs/draft.yaml", "spec: 1\nprovider: [draft", specGenSpec: "false"),
            new InMemoryAdditionalText("/repo/app/openapi.yaml", OpenApi, specGenSpec: null),
        };
        var globals = new Dictionary<string, string> { ["build_property.SpecGenSpecDirectory"] = "specs", ["build_property.ProjectDir"] = "/repo/app/" };

        var (_, _, _, result) = GeneratorHarness.Run(GeneratorHarness.Driver(texts, globalOptions: globals), GeneratorHarness.Compilation());

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedSources, s => s.HintName.StartsWith("X.V1.", StringComparison.Ordinal));
    }

    private const string MinimalSpec = "spec: 1\nprovider: x\nversion: v1\ndocument: d\nbase_url: https://x.test\noperations:\n  ping: {kind: endpoint, method: GET, path: /ping, source: s}\n";
}
