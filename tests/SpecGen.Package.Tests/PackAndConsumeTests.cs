using System.IO;
using Xunit;

namespace SpecGen.Package.Tests;

/// <summary>
/// The real path a user takes: pack SpecGen, restore it from a local folder into a fresh consumer,
/// build with warnings as errors, run.
/// </summary>
[Collection(PackageCollection.Name)]
public class PackAndConsumeTests
{
    private readonly PackageFixture _package;

    public PackAndConsumeTests(PackageFixture package) => _package = package;

    private string Consumer(string name, string properties, string program, params (string Path, string Text)[] extra)
    {
        var dir = Path.Combine(_package.Work, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{_package.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestorePackagesPath>$(MSBuildThisFileDirectory)packages</RestorePackagesPath>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SpecGen" Version="1.0.0" />
              </ItemGroup>
            </Project>
            """);
        // Keep the consumer independent of this repository's Directory.*.props.
        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(dir, "Program.cs"), program);
        foreach (var (path, text) in extra)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dir, path))!);
            File.WriteAllText(Path.Combine(dir, path), text);
        }
        return dir;
    }

    [Fact]
    public void Bundled_specs_selected_by_property_build_and_run_with_a_root_namespace()
    {
        var dir = Consumer("Bundled", "<SpecGenSpecs>mocean-v2;oca-v1</SpecGenSpecs><SpecGenRootNamespace>Acme</SpecGenRootNamespace>", """
            using Acme.Mocean.V2;
            var coding = int.Parse(args.Length > 0 ? args[0] : "4");   // not a constant: only the run-time validator can judge it
            var sms = new SendSmsRequest { From = "ACME", To = ["60123456789"], Text = "hi", Coding = coding };
            System.Console.WriteLine(sms.ToForm());
            foreach (var v in sms.Validate().Violations) System.Console.WriteLine("violation " + v.Path + " " + v.Rule);
            System.Console.WriteLine(Networks.TryGetByNetworkCode(50213, out var row) ? "network " + row.Operator : "missing");
            System.Console.WriteLine(new Acme.Oca.V1.SendSmsRequest { Phone = "62811", Message = "x" }.ToJson());
            """);
        var (code, output) = PackageFixture.Dotnet(dir, "run");
        Assert.True(code == 0, output);
        Assert.Contains("mocean-from=ACME&mocean-to=60123456789&mocean-text=hi&mocean-coding=4", output);
        Assert.Contains("violation mocean-coding range", output);
        Assert.Contains("network Celcom", output);
        Assert.Contains("{\"phone\":\"62811\",\"message\":\"x\"}", output);
    }

    [Fact]
    public void The_packaged_analyzers_fail_the_build_on_a_constant_that_breaks_a_spec_rule()
    {
        var dir = Consumer("Analyzed", "<SpecGenSpecs>mocean-v2</SpecGenSpecs>", """
            using Mocean.V2;
            var sms = new SendSmsRequest { From = "ACME", To = ["60123456789"], Text = "hi", Coding = 4 };
            System.Console.WriteLine(sms.ToForm());
            """);
        var (code, output) = PackageFixture.Dotnet(dir, "build");
        Assert.NotEqual(0, code);
        Assert.Matches(@"Program\.cs\(2,\d+\): error SG2002", output);
        Assert.DoesNotContain("CS8032", output); // every packed analyzer assembly loads
    }

    [Fact]
    public void Own_yaml_as_additional_files_and_a_spec_error_is_a_located_SG_diagnostic_not_a_crash()
    {
        var good = """
            spec: 1
            provider: acme
            version: v1
            document: acme.txt
            base_url: https://api.acme.test
            auth: { scheme: basic }
            operations:
              ping:
                kind: endpoint
                source: Ping
                method: GET
                path: /ping
                parameters:
                  count: { type: int, required: true, rules: [{ range: { min: 1, max: 5 } }] }
            """;
        var dir = Consumer("Own", "", """
            var ping = new Acme.V1.PingRequest { Count = int.Parse("9") };   // a constant 9 would already fail the build (SG2002)
            System.Console.WriteLine(ping.ToForm() + " valid=" + ping.Validate().IsValid);
            """, ("specs/acme.yaml", good), ("config/openapi.yaml", "openapi: 3.0.3\ninfo: { title: Not a spec, version: '1' }\npaths: {}\n"));
        File.AppendAllText(Path.Combine(dir, "Own.csproj").Replace("Own.csproj", "Directory.Build.targets"), """
            <Project>
              <ItemGroup>
                <AdditionalFiles Include="specs/*.yaml" SpecGenSpec="true" />
                <AdditionalFiles Include="config/*.yaml" />   <!-- not marked: another tool's YAML, left alone -->
              </ItemGroup>
            </Project>
            """);
        var (code, output) = PackageFixture.Dotnet(dir, "run");
        Assert.True(code == 0, output);
        Assert.Contains("count=9 valid=False", output);

        // Break the spec: an unknown type for the parameter on line 14. The build fails with SG1301 at the YAML position.
        File.WriteAllText(Path.Combine(dir, "specs", "acme.yaml"), good.Replace("type: int", "type: integer"));
        (code, output) = PackageFixture.Dotnet(dir, "build");
        Assert.NotEqual(0, code);
        Assert.Matches(@"acme\.yaml\(14,7\): error SG1301", output);
        Assert.DoesNotContain("CS8785", output);
    }
}
