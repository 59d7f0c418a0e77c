using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace SpecGen.Package.Tests;

/// <summary>
/// The common layout for shared bindings: a class library <c>Lib</c> references SpecGen with
/// <c>&lt;SpecGenSpecs&gt;mocean-v2&lt;/SpecGenSpecs&gt;</c>, and an app <c>App</c> only references <c>Lib</c>.
/// Both come from the packed feed. The same mistakes, written in each project, must give the same compile-time
/// errors (ID and message), because the analyzers read the bindings' metadata, not their source.
/// </summary>
[Collection(PackageCollection.Name)]
public class LibraryAndAppTests
{
    private readonly PackageFixture _package;

    public LibraryAndAppTests(PackageFixture package) => _package = package;

    /// <summary>One JSON literal, one MC program given to the single-action reader, one range pair, one WhatsApp content.</summary>
    private const string Mistakes = """
        using Mocean.V2;
        public static class Mistakes
        {
            public static object Dial() => IMcAction.FromJson("{\"action\":\"dial\",\"from\":\"ACME\"}");
            public static object Program() => IMcAction.FromJson("[{\"action\":\"say\",\"language\":\"en-GB\",\"text\":\"Hi\"}]");
            public static object Collect() => new CollectAction { EventUrl = new System.Uri("https://example.com/c"), Min = 5, Max = 2, Timeout = 5000 };
            public static object Reaction() => IWhatsappContent.FromJson("{\"type\":\"reaction\",\"text\":\"x\"}");
        }
        """;

    [Fact]
    public void An_app_that_references_a_bindings_library_gets_the_same_errors_as_the_library()
    {
        var lib = _package.Project("Lib", "Microsoft.NET.Sdk", "<OutputType>Library</OutputType><SpecGenSpecs>mocean-v2</SpecGenSpecs>", new[] { "SpecGen" },
            ("Bindings.cs", "namespace Lib { public static class Bindings { public static Mocean.V2.SendSmsRequest Hello() => new() { From = \"ACME\", To = [\"60123456789\"], Text = \"hi\" }; } }"));
        var (libOk, libOutput) = PackageFixture.Dotnet(lib, "build");
        Assert.True(libOk == 0, "the library alone must build:\n" + libOutput);

        // The app: no package reference of its own, only the library (SpecGen reaches it transitively).
        var app = _package.Project("App", "Microsoft.NET.Sdk", "", System.Array.Empty<string>(),
            ("Directory.Build.targets", "<Project><ItemGroup><ProjectReference Include=\"../Lib/Lib.csproj\" /></ItemGroup></Project>"),
            ("Program.cs", "System.Console.WriteLine(Lib.Bindings.Hello().ToForm());\nSystem.Console.WriteLine(new Mocean.V2.SayAction { Language = Mocean.V2.SayLanguage.EnGB, Text = \"Hi\" }.ToJson());\n"));
        var (appOk, appOutput) = PackageFixture.Dotnet(app, "run");
        Assert.True(appOk == 0, "the app must build and run against the library's bindings:\n" + appOutput);
        Assert.Contains("mocean-from=ACME&mocean-to=60123456789&mocean-text=hi", appOutput);
        Assert.Contains("\"action\":\"say\"", appOutput);

        File.WriteAllText(Path.Combine(lib, "Mistakes.cs"), Mistakes);
        File.WriteAllText(Path.Combine(app, "Mistakes.cs"), Mistakes);
        var inLib = Errors(PackageFixture.Dotnet(lib, "build --no-incremental").Output, "Mistakes.cs");
        var inApp = Errors(PackageFixture.Dotnet(app, "build --no-incremental").Output, "Mistakes.cs");

        Assert.Contains(inLib, e => e.StartsWith("(4,") && e.Contains("SG2008"));
        Assert.Contains(inLib, e => e.StartsWith("(5,") && e.Contains("SG2015") && e.Contains("McActionSequence"));
        Assert.Contains(inLib, e => e.StartsWith("(6,") && e.Contains("SG2012") && e.Contains("min") && e.Contains("Min"));
        Assert.Contains(inLib, e => e.StartsWith("(7,") && e.Contains("SG2008"));
        Assert.Equal(inLib, inApp);
    }

    /// <summary>"(line,col): error SGxxxx: message" for each distinct SG error in <paramref name="file"/>, sorted.</summary>
    private static string[] Errors(string output, string file) =>
        Regex.Matches(output, Regex.Escape(file) + @"(\(\d+,\d+\)): error (SG\d{4}): ([^\[\r\n]*)")
            .Select(m => m.Groups[1].Value + " " + m.Groups[2].Value + " " + m.Groups[3].Value.Trim())
            .Distinct().OrderBy(s => s, System.StringComparer.Ordinal).ToArray();
}
