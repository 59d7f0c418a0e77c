using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecGen.Analyzers;
using Xunit;

namespace SpecGen.Cli.Tests;

/// <summary>
/// Constraints imported from OpenAPI are checked at compile time by the analyzers, exactly like hand-written rules.
/// Asserted by diagnostic ID and span only (message wording belongs to the analyzers).
/// </summary>
public class ImportedConstraintAnalyzerTests
{
    private const string Snippet = """
        public static class Uses
        {
            public static object Ttl() => new VonageSms.V1.SendAnSmsRequest { Format = "json", ApiKey = "abcd1234", From = "AcmeInc", To = "447700900000", Ttl = 19999 };
            public static object To() => new VonageSms.V1.SendAnSmsRequest { Format = "json", ApiKey = "abcd1234", From = "AcmeInc", To = "4477OO9OOOO" };
            public static object CodeLength() => new VonageVerify.V1.VerifyRequestRequest { Format = "json", ApiKey = "k", ApiSecret = "s", Number = "447700900000", Brand = "Acme", CodeLength = 5 };
            public static object Fine() => new VonageVerify.V1.VerifyRequestRequest { Format = "json", ApiKey = "k", ApiSecret = "s", Number = "447700900000", Brand = "Acme", CodeLength = 6, PinExpiry = 3600 };
        }
        """;

    private static async Task<ImmutableArray<Diagnostic>> Analyze()
    {
        var (output, diagnostics) = Generation.Run(new[] { ImportedSpecs.File("sms"), ImportedSpecs.File("verify") }, Snippet);
        Assert.True(diagnostics.Length == 0, Generation.Describe(diagnostics));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new SpecRuleAnalyzer());
        var all = await output.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
        return all.Where(d => d.Location.SourceTree?.FilePath == "/consumer/Snippet0.cs").ToImmutableArray();
    }

    private static string At(Diagnostic d) => d.Id + " " + d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan);

    [Fact]
    public async Task Constants_breaking_imported_constraints_are_flagged_at_their_span()
    {
        var found = (await Analyze()).Select(At).OrderBy(s => s, System.StringComparer.Ordinal).ToList();
        // SMS ttl minimum 20000 (range), 'to' pattern \d{7,15} (letter O instead of zero), Verify code_length enum [4, 6].
        Assert.Contains("SG2002 19999", found);
        Assert.Contains("SG2005 \"4477OO9OOOO\"", found);
        Assert.Contains("SG2001 5", found);
        Assert.Equal(3, found.Count);
    }
}
