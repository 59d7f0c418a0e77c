using System.Linq;
using System.Text.Json;
using Xunit;

namespace SpecGen.Cli.Tests;

/// <summary><c>specgen inspect --json</c> shows the generator's binding plan: the C# names a build gives each spec.</summary>
public class InspectBindingTests
{
    private static JsonElement Inspect(string dir)
    {
        var (code, output, _) = Repo.Run("inspect", dir, "--json");
        Assert.Equal(0, code);
        return JsonDocument.Parse(output).RootElement;
    }

    [Fact]
    public void Every_bundled_spec_shows_the_names_its_generated_code_declares()
    {
        var specs = Inspect(Repo.SpecDir).GetProperty("specs").EnumerateArray().ToList();
        Assert.Equal(4, specs.Count);
        var files = System.IO.Directory.GetFiles(Repo.SpecDir, "*.yaml", System.IO.SearchOption.AllDirectories)
            .Where(f => !f.Contains(System.IO.Path.DirectorySeparatorChar + "sources" + System.IO.Path.DirectorySeparatorChar, System.StringComparison.Ordinal))
            .Select(f => new System.Collections.Generic.KeyValuePair<string, string>(f, System.IO.File.ReadAllText(f)));
        var models = SpecGen.Spec.SpecCompiler.Compile(files).Models;
        foreach (var spec in specs)
        {
            var binding = spec.GetProperty("binding");
            var id = spec.GetProperty("provider").GetString() + "/" + spec.GetProperty("version").GetString();
            var code = string.Concat(SpecGen.Generator.Emitters.GeneratedSources.Emit(models.Single(m => m.Id == id)).Select(f => f.Value));

            Assert.Contains("namespace " + binding.GetProperty("namespace").GetString() + ";", code);
            Assert.Contains("partial class " + binding.GetProperty("client").GetProperty("client").GetString() + "\n", code);
            foreach (var op in binding.GetProperty("operations").EnumerateArray())
            {
                Assert.Contains("partial record " + op.GetProperty("class").GetString() + "\n", code);
                foreach (var p in op.GetProperty("properties").EnumerateArray()) Assert.Contains(" " + p.GetProperty("name").GetString() + " ", code);
            }
            foreach (var type in binding.GetProperty("types").EnumerateArray().Where(t => t.GetProperty("folded_into").ValueKind == JsonValueKind.Null))
            {
                Assert.Matches(@"(partial (record|struct|interface|class)) " + type.GetProperty("name").GetString() + @"\b", code);
                // Each property's shape is the declaration a build writes.
                foreach (var p in type.GetProperty("properties").EnumerateArray())
                {
                    var shape = p.GetProperty("shape");
                    if (shape.GetProperty("fixed").ValueKind != JsonValueKind.Null) continue;
                    var declaration = "public " + (shape.GetProperty("required").GetBoolean() ? "required " : "") + shape.GetProperty("type").GetString()
                        + (shape.GetProperty("nullable").GetBoolean() ? "?" : "") + " " + p.GetProperty("name").GetString() + " { get; init; }";
                    Assert.Contains(declaration, code);
                }
            }
            // Added at the end of the spec object: every member written before stays where it was.
            Assert.Equal("binding", spec.EnumerateObject().Last().Name);
            Assert.Equal("lookups", spec.EnumerateObject().Reverse().Skip(1).First().Name);
        }
    }

    [Fact]
    public void An_operation_class_name_from_the_spec_is_shown_with_the_operation_and_in_the_binding()
    {
        using var dir = new TempDir();
        dir.File("acme/v1/api.yaml", """
            spec: 1
            provider: acme
            version: v1
            base_url: https://api.acme.test/v1
            operations:
              verify_request:
                kind: endpoint
                csharp: VerifyRequest
                method: POST
                path: /verify
                encoding: form
                responses:
                  - outcome: success
                    status: 200
            """);

        var spec = Inspect(dir.Path).GetProperty("specs")[0];

        Assert.Equal("VerifyRequest", spec.GetProperty("operations")[0].GetProperty("csharp").GetString());
        var op = spec.GetProperty("binding").GetProperty("operations")[0];
        Assert.Equal("VerifyRequest", op.GetProperty("class").GetString());
        Assert.Equal("VerifyRequestAsync", op.GetProperty("member").GetString());
        Assert.Equal("AcmeV1Client", spec.GetProperty("binding").GetProperty("client").GetProperty("client").GetString());
    }
}
