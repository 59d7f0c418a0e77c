using Xunit;

namespace SpecGen.Cli.Tests;

/// <summary><c>specgen check</c> reports the binding plan's SG1420 as a build does: a warning at the field, exit 0.</summary>
public class CheckCollisionTests
{
    [Fact]
    public void Two_fields_with_one_CSharp_name_are_a_located_warning_and_the_bundled_specs_have_none()
    {
        using var dir = new TempDir();
        var path = dir.File("acme/v1/api.yaml", """
            spec: 1
            provider: acme
            version: v1
            base_url: https://api.acme.test/v1
            operations:
              ping:
                kind: endpoint
                source: own
                method: GET
                path: /ping
                encoding: query
                parameters:
                  to_number: { type: string }
                  toNumber: { type: string }
                responses:
                  - outcome: success
                    status: 200
            """);

        var (code, output, _) = Repo.Run("check", dir.Path);

        Assert.Equal(0, code);
        Assert.Contains(path + "(14,7): warning SG1420: The C# property of operations.ping.parameters.toNumber would be 'ToNumber', which is also the property of 'to_number' in the same class; it is named 'ToNumber2' instead.", output.Replace("\r\n", "\n"));
        Assert.Contains("1 spec(s) checked: 0 error(s), 1 warning(s)", output);

        var (bundledCode, bundled, _) = Repo.Run("check", Repo.SpecDir);
        Assert.Equal(0, bundledCode);
        Assert.DoesNotContain("SG1420", bundled);
    }
}
