using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SpecGen.Cli.OpenApi;
using SpecGen.Spec;
using SpecGen.Spec.Model;
using Xunit;

namespace SpecGen.Cli.Tests;

/// <summary><c>specgen export openapi</c> over the bundled specs.</summary>
public class ExportTests
{
    internal static IReadOnlyList<SpecModel> Bundled()
    {
        var files = Directory.GetFiles(Repo.SpecDir, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Replace('\\', '/').Contains("/sources/"))
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => new KeyValuePair<string, string>(f, File.ReadAllText(f)));
        var compilation = SpecCompiler.Compile(files);
        Assert.False(compilation.HasErrors);
        return compilation.Models.AsArray();
    }

    [Fact]
    public void Every_exported_bundled_spec_is_read_by_the_OpenApi_reader_with_no_error()
    {
        var models = Bundled();
        Assert.Equal(4, models.Count);
        foreach (var model in models)
        {
            var json = OpenApiExporter.ExportJson(model);
            var (doc, errors) = OpenApiLoader.Parse(json, "json");
            Assert.True(errors.Count == 0, model.Id + ":\n" + string.Join("\n", errors));
            Assert.NotNull(doc);
            Assert.StartsWith("3.1", JsonDocument.Parse(json).RootElement.GetProperty("openapi").GetString());
            var operations = doc!.Paths.Sum(p => p.Value.Operations?.Count ?? 0) + (doc.Webhooks?.Count ?? 0);
            Assert.Equal(model.Operations.Count, operations);
        }
    }

    [Fact]
    public void Export_writes_rules_as_keywords_unions_as_oneOf_with_discriminator_and_auth_as_security_schemes()
    {
        var v2 = Bundled().Single(m => m.Id == "mocean/v2");
        using var json = JsonDocument.Parse(OpenApiExporter.ExportJson(v2));
        var root = json.RootElement;
        Assert.Equal("apiKey", root.GetProperty("components").GetProperty("securitySchemes").GetProperty("mocean-api-key").GetProperty("type").GetString());
        var union = root.GetProperty("components").GetProperty("schemas").EnumerateObject().First(p => p.Value.TryGetProperty("discriminator", out _)).Value;
        Assert.True(union.GetProperty("oneOf").GetArrayLength() > 1);
        Assert.True(union.GetProperty("discriminator").GetProperty("mapping").EnumerateObject().Any());
        Assert.True(root.GetProperty("webhooks").EnumerateObject().Any());
        var text = root.GetRawText();
        Assert.Contains("\"x-specgen-rules\"", text);
        Assert.Contains("\"maxItems\"", text);
        Assert.Contains("\"x-specgen-code-table\"", text);
    }

    [Fact]
    public void Export_command_writes_one_document_per_spec()
    {
        using var dir = new TempDir();
        var (code, output, _) = Repo.Run("export", "openapi", Repo.SpecDir, "--out", dir.Path);
        Assert.Equal(0, code);
        Assert.Equal(new[] { "mobtexting-v2.openapi.json", "mocean-v1.openapi.json", "mocean-v2.openapi.json", "oca-v1.openapi.json" },
            Directory.GetFiles(dir.Path).Select(Path.GetFileName).OrderBy(f => f, System.StringComparer.Ordinal).ToArray());
        Assert.Contains("wrote", output);
    }
}
