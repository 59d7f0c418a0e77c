using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SpecGen.Generator.Tests;

/// <summary>
/// docs/own-gateway.md, followed as written: its YAML beside the bundled spec it extends, its C# compiled against
/// what the generator makes of them, with no diagnostic of any kind.
/// </summary>
public class OwnGatewayDocTests
{
    private static string Block(string doc, string language) =>
        Assert.Single(Regex.Matches(doc, "```" + language + "\n(.*?)```", RegexOptions.Singleline)).Groups[1].Value;

    [Fact]
    public void The_own_gateway_page_compiles_as_written()
    {
        var doc = File.ReadAllText(Path.Combine(RepoFiles.Root, "docs", "own-gateway.md")).Replace("\r\n", "\n");
        var yaml = Block(doc, "yaml");
        var csharp = Block(doc, "csharp");
        Assert.StartsWith("# yaml-language-server: $schema=", yaml);

        var texts = GeneratorHarness.RealSpecs()
            .Where(t => t.Path.Replace('\\', '/').Contains("/spec/mocean/v2/"))
            .Append(new InMemoryAdditionalText("/project/specs/relay.yaml", yaml));
        var (_, output, diagnostics, result) = GeneratorHarness.Run(GeneratorHarness.Driver(texts), GeneratorHarness.Compilation(csharp));
        Assert.Null(result.Exception);
        Assert.True(result.Diagnostics.IsEmpty, GeneratorHarness.Describe(result.Diagnostics));
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Relay.V1.Client.g.cs");
        var problems = output.GetDiagnostics().Concat(diagnostics).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, GeneratorHarness.Describe(problems));
    }
}
