using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace SpecGen.Package.Tests;

/// <summary>
/// What `dotnet pack SpecGen.sln` ships, consumed from the folder feed alone: the package set, their metadata,
/// a web app on SpecGen + SpecGen.AspNetCore + SpecGen.Extensions, and the specgen tool.
/// </summary>
[Collection(PackageCollection.Name)]
public class ShippingPackagesTests
{
    private static readonly string[] Shipping = { "SpecGen", "SpecGen.AspNetCore", "SpecGen.Extensions", "SpecGen.Tool" };

    private readonly PackageFixture _package;

    public ShippingPackagesTests(PackageFixture package) => _package = package;

    private XElement Nuspec(string id)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_package.Feed, id + ".1.0.0.nupkg"));
        using var stream = zip.GetEntry(id + ".nuspec")!.Open();
        return XElement.Load(stream);
    }

    private string[] Entries(string file)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_package.Feed, file));
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    [Fact]
    public void Packing_the_solution_yields_only_the_shipping_packages_each_with_readme_repository_and_symbols()
    {
        var files = _package.Packed.OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var expected = Shipping.SelectMany(id => new[] { id + ".1.0.0.nupkg", id + ".1.0.0.snupkg" }).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, files);

        foreach (var id in Shipping)
        {
            var metadata = Nuspec(id).Elements().Single(e => e.Name.LocalName == "metadata");
            string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
            Assert.Equal("README.md", Value("readme"));
            Assert.Contains("README.md", Entries(id + ".1.0.0.nupkg"));
            var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
            Assert.Equal("https://github.com/specgen/specgen", repository.Attribute("url")?.Value);
            Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? string.Empty);   // SourceLink knows the revision
            Assert.Contains(Entries(id + ".1.0.0.snupkg"), e => e.EndsWith(".pdb", StringComparison.Ordinal));
        }

        // SpecGen: generator, analyzers and code fixes side by side on one Roslyn; the runtime as the library.
        var specgen = Entries("SpecGen.1.0.0.nupkg");
        foreach (var dll in new[] { "SpecGen.Generator", "SpecGen.Analyzers", "SpecGen.CodeFixes", "SpecGen.Spec", "YamlDotNet" })
        {
            Assert.Contains("analyzers/dotnet/cs/" + dll + ".dll", specgen);
        }
        Assert.Contains("lib/net8.0/SpecGen.Runtime.dll", specgen);
        Assert.DoesNotContain(specgen, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith("/SpecGen.dll", StringComparison.Ordinal));

        // The companions depend on SpecGen (whose lib is the runtime), never on a package of the runtime alone.
        foreach (var id in new[] { "SpecGen.AspNetCore", "SpecGen.Extensions" })
        {
            var dependencies = Nuspec(id).Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).ToArray();
            Assert.Contains("SpecGen", dependencies);
            Assert.DoesNotContain("SpecGen.Runtime", dependencies);
        }

        // The tool: a .NET tool package whose command is specgen.
        Assert.Contains(Nuspec("SpecGen.Tool").Descendants(), e => e.Name.LocalName == "packageType" && e.Attribute("name")?.Value == "DotnetTool");
        Assert.Contains(Entries("SpecGen.Tool.1.0.0.nupkg"), e => e.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_web_app_registers_a_client_and_maps_a_webhook_from_the_packages_alone()
    {
        var dir = _package.Project("WebApp", "Microsoft.NET.Sdk.Web", "<SpecGenSpecs>mocean-v2</SpecGenSpecs>",
            new[] { "SpecGen", "SpecGen.AspNetCore", "SpecGen.Extensions" },
            ("appsettings.json", """
                { "Mocean": { "ApiKey": "key-from-settings", "ApiSecret": "secret-from-settings", "Timeout": "00:00:20" } }
                """),
            ("Program.cs", """
                using Microsoft.Extensions.Options;
                using Mocean.V2;
                using SpecGen.AspNetCore;
                using SpecGen.Runtime.Http;

                var builder = WebApplication.CreateBuilder(args);
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                builder.Services.AddMoceanV2Client(builder.Configuration.GetSection("Mocean"));
                var app = builder.Build();
                var received = new TaskCompletionSource<DeliveryReportEvent>();
                app.MapWebhook(MoceanV2Webhooks.DeliveryReport, (DeliveryReportEvent report) => received.TrySetResult(report));
                await app.StartAsync();

                var client = app.Services.GetRequiredService<MoceanV2Client>();
                Console.WriteLine("timeout " + client.Transport.Options.Timeout.TotalSeconds + " scheme " + client.Transport.Options.Credentials!.Scheme);
                Console.WriteLine("credentials " + client.Transport.Options.Credentials);

                var address = app.Urls.First();
                using var http = new HttpClient();
                using var response = await http.PutAsync(address + "/webhooks/delivery-report",
                    new FormUrlEncodedContent(new Dictionary<string, string> { ["mocean-msgid"] = "m-42", ["mocean-dlr-status"] = "1" }));
                var report = await received.Task.WaitAsync(TimeSpan.FromSeconds(30));
                Console.WriteLine("webhook " + (int)response.StatusCode + " " + report.Msgid);
                await app.StopAsync();
                """));
        var (code, output) = PackageFixture.Dotnet(dir, "run");
        Assert.True(code == 0, output);
        Assert.Contains("timeout 20 scheme fields", output);
        Assert.Contains("webhook 200 m-42", output);
        Assert.DoesNotContain("secret-from-settings", output);
    }

    [Fact]
    public void The_tool_installs_into_a_tool_path_and_checks_and_inspects_a_spec()
    {
        var dir = Path.Combine(_package.Work, "tool");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "nuget.config"), _package.NuGetConfig());
        var toolPath = Path.Combine(dir, "bin");
        var (code, output) = PackageFixture.Dotnet(dir, $"tool install SpecGen.Tool --version 1.0.0 --tool-path \"{toolPath}\"");
        Assert.True(code == 0, output);

        var specgen = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "specgen.exe" : "specgen");
        Assert.True(File.Exists(specgen), output);
        var spec = Path.Combine(_package.Root, "spec", "oca");
        var (checkCode, check) = PackageFixture.Run(specgen, $"check \"{spec}\"", dir);
        Assert.True(checkCode == 0, check);
        var (inspectCode, inspect) = PackageFixture.Run(specgen, $"inspect \"{spec}\"", dir);
        Assert.True(inspectCode == 0, inspect);
        Assert.Contains("oca/v1", inspect);
        Assert.Contains("0 error(s)", inspect);

        var broken = Path.Combine(dir, "broken.yaml");
        File.WriteAllText(broken, "spec: 1\nprovider: acme\nversion: v1\nbase_url: https://api.acme.test\noperations:\n  ping: { kind: endpoint, method: GET, path: /ping, parameters: { n: { type: integer } } }\n");
        var (brokenCode, brokenOutput) = PackageFixture.Run(specgen, $"check \"{broken}\"", dir);
        Assert.Equal(1, brokenCode);
        Assert.Contains("error SG1301", brokenOutput);
    }
}
