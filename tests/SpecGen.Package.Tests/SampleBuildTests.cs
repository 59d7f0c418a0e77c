using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace SpecGen.Package.Tests;

/// <summary>The bundled-spec sample builds as a user would, AOT- and trim-analysed, warnings as errors.</summary>
// In the package collection: never built concurrently with the fixture's Release pack of the same projects.
[Collection(PackageCollection.Name)]
public class SampleBuildTests
{
    [Fact]
    public void Bundled_specs_sample_builds_aot_compatible_without_IL_warnings()
    {
        var root = new PackageRoot().Path;
        // Generated files are not re-emitted here: another test compares the committed ones.
        var (code, output) = PackageFixture.Dotnet(root, "build generated-samples/BundledSpecs -c Release -p:EmitCompilerGeneratedFiles=false");
        // IsAotCompatible and TreatWarningsAsErrors are set by the sample itself (global properties would leak into the netstandard2.0 generator).
        Assert.True(code == 0, output);
        Assert.DoesNotMatch(new Regex(@"\b(IL2\d{3}|IL3\d{3})\b"), output);
        Assert.Contains("0 Warning(s)", output);
    }

    private sealed class PackageRoot
    {
        public string Path { get; }

        public PackageRoot()
        {
            var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "SpecGen.sln"))) dir = dir.Parent;
            Path = dir!.FullName;
        }
    }
}
