using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecGen.Generator.Pipeline;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>
/// Compiles a C# snippet together with the generator's output over the real specs (the generator is run
/// in-process with a <see cref="CSharpGeneratorDriver"/>), runs the analyzers with
/// <see cref="CompilationWithAnalyzers"/> and compares the diagnostics with the snippet's markup:
/// <c>{|SG2001:text|}</c> marks the exact span where SG2001 is expected. Unmarked code must stay clean.
/// </summary>
internal static class AnalyzerHarness
{
    public const string SnippetPath = "/consumer/Snippet.cs";

    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);
    private static readonly Lazy<ImmutableArray<SyntaxTree>> LazyGenerated = new(() => Generate(RealSpecs()));
    private static readonly Lazy<byte[]> LazyGeneratedImage = new(() => CompileToImage(Generated));
    private static readonly Lazy<MetadataReference> LazyGeneratedAssembly = new(() => MetadataReference.CreateFromImage(LazyGeneratedImage.Value));

    /// <summary>The compiled bindings as an image (tests load it to run the generated validators).</summary>
    public static byte[] GeneratedImage => LazyGeneratedImage.Value;

    /// <summary>
    /// The generated code of the real specs compiled into its own assembly ("Bindings"), as a class library
    /// that an application references: the analyzers then see the types only through metadata.
    /// </summary>
    public static MetadataReference GeneratedAssembly => LazyGeneratedAssembly.Value;

    private static byte[] CompileToImage(ImmutableArray<SyntaxTree> trees)
    {
        var compilation = CSharpCompilation.Create("Bindings", trees, References, CompilationOptions);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return image.ToArray();
    }

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>The generated code of the real specs (run once, shared by every test).</summary>
    public static ImmutableArray<SyntaxTree> Generated => LazyGenerated.Value;

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        ImmutableArray.Create<DiagnosticAnalyzer>(new SpecRuleAnalyzer(), new OpenSetSwitchAnalyzer(), new SpecFileAnalyzer());

    /// <summary>TRUSTED_PLATFORM_ASSEMBLIES plus SpecGen.Runtime.dll (the test assembly holds no generated types).</summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var runtime = typeof(SpecGen.Runtime.Wire.ParseResult<>).Assembly.Location;
        var tpa = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return tpa.Append(runtime)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Where(p => !Path.GetFileName(p).StartsWith("SpecGen.Analyzers", StringComparison.Ordinal) && !Path.GetFileName(p).StartsWith("SpecGen.CodeFixes", StringComparison.Ordinal))
            .GroupBy(p => Path.GetFileName(p), StringComparer.OrdinalIgnoreCase)
            .Select(g => (MetadataReference)MetadataReference.CreateFromFile(g.First()))
            .ToImmutableArray();
    }

    public static ImmutableArray<AdditionalText> RealSpecs() =>
        RepoFiles.SpecFiles().Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();

    public static CSharpCompilationOptions CompilationOptions { get; } =
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            // The SDK passes /nowarn:1701,1702 (SpecGen.Runtime is built for net8.0, the host is net10.0).
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress });

    /// <summary>Runs the generator over <paramref name="specs"/> and returns the generated trees (no generator errors allowed).</summary>
    public static ImmutableArray<SyntaxTree> Generate(IEnumerable<AdditionalText> specs)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new SpecGenerator().AsSourceGenerator() }, additionalTexts: specs, parseOptions: ParseOptions, optionsProvider: new TestAnalyzerConfigOptionsProvider());
        var empty = CSharpCompilation.Create("Generated", Array.Empty<SyntaxTree>(), References, CompilationOptions);
        driver = driver.RunGenerators(empty);
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return result.GeneratedSources.Select(s => s.SyntaxTree).ToImmutableArray();
    }

    public static CSharpCompilation Compilation(string source, ImmutableArray<SyntaxTree>? generated = null, bool referenced = false) =>
        CSharpCompilation.Create(
            "SpecGenConsumer",
            (referenced ? ImmutableArray<SyntaxTree>.Empty : generated ?? Generated).Append(CSharpSyntaxTree.ParseText(source, ParseOptions, path: SnippetPath)),
            referenced ? References.Add(GeneratedAssembly) : References,
            CompilationOptions);

    /// <summary>The analyzers' diagnostics on the snippet (compiler errors in the snippet fail the test unless allowed).</summary>
    /// <param name="referenced">True to compile the snippet against the generated types in a referenced assembly (metadata only).</param>
    public static async Task<ImmutableArray<Diagnostic>> Diagnose(string source, ImmutableArray<SyntaxTree>? generated = null, IEnumerable<string>? allowedCompilerErrors = null, ImmutableArray<AdditionalText> additionalFiles = default, bool referenced = false)
    {
        var compilation = Compilation(source, generated, referenced);
        var allowed = new HashSet<string>(allowedCompilerErrors ?? Array.Empty<string>());
        var snippet = compilation.SyntaxTrees.Last();
        var errors = compilation.GetSemanticModel(snippet).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !allowed.Contains(d.Id)).ToList();
        Assert.True(errors.Count == 0, "the snippet does not compile:\n" + string.Join("\n", errors));
        var options = new AnalyzerOptions(additionalFiles.IsDefault ? ImmutableArray<AdditionalText>.Empty : additionalFiles, new TestAnalyzerConfigOptionsProvider());
        var withAnalyzers = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        // Only the snippet's tree is analyzed (binding the whole generated code for every test would be slow);
        // additional files (spec YAML) are analyzed one by one.
        var all = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(snippet), filterSpan: null, CancellationToken.None);
        foreach (var file in options.AdditionalFiles)
        {
            var result = await withAnalyzers.GetAnalysisResultAsync(file, CancellationToken.None);
            foreach (var perAnalyzer in result.AdditionalFileDiagnostics.Values)
            {
                foreach (var d in perAnalyzer.Values) all = all.AddRange(d);
            }
        }
        var crashes = all.Where(d => d.Id == "AD0001").ToList();
        Assert.True(crashes.Count == 0, "an analyzer threw:\n" + string.Join("\n", crashes));
        return all.Where(d => d.Id.StartsWith("SG", StringComparison.Ordinal)).ToImmutableArray();
    }

    /// <summary>
    /// Asserts that the analyzers report exactly the marked diagnostics (ID and span) on the snippet. With the
    /// real specs the snippet is checked twice, with the generated types in the same compilation and in a
    /// referenced assembly, and both runs must give identical diagnostics (IDs, spans and messages).
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> Verify(string markup, ImmutableArray<SyntaxTree>? generated = null, params string[] allowedCompilerErrors)
    {
        var (source, expected) = Markup.Parse(markup);
        var diagnostics = await Diagnose(source, generated, allowedCompilerErrors);
        if (generated is null) AssertSameAsReferenced(diagnostics, await Diagnose(source, null, allowedCompilerErrors, referenced: true));
        var actual = diagnostics
            .Where(d => d.Location.SourceTree?.FilePath == SnippetPath)
            .Select(d => (d.Id, d.Location.SourceSpan.Start, d.Location.SourceSpan.End))
            .OrderBy(x => x.Start).ThenBy(x => x.Id)
            .ToList();
        var want = expected.OrderBy(x => x.Start).ThenBy(x => x.Id).ToList();
        if (!actual.SequenceEqual(want))
        {
            string Show((string Id, int Start, int End) d) => d.Id + " at " + d.Start + ".." + d.End + " '" + source.Substring(d.Start, d.End - d.Start) + "'";
            var messages = string.Join("\n", diagnostics.Select(d => "  " + d.Id + " " + d.Location.SourceSpan + ": " + d.GetMessage()));
            Assert.Fail("expected:\n  " + string.Join("\n  ", want.Select(Show)) + "\nactual:\n  " + string.Join("\n  ", actual.Select(Show)) + "\nmessages:\n" + messages);
        }
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>The binding contract: a referenced bindings assembly gets the same checks, word for word, as bindings in the same project.</summary>
    public static void AssertSameAsReferenced(ImmutableArray<Diagnostic> inSource, ImmutableArray<Diagnostic> referenced)
    {
        static List<string> Key(ImmutableArray<Diagnostic> all) => all
            .Where(d => d.Location.SourceTree?.FilePath == SnippetPath)
            .Select(d => d.Id + " " + d.Location.SourceSpan + " " + d.GetMessage())
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToList();
        var a = Key(inSource);
        var b = Key(referenced);
        Assert.True(a.SequenceEqual(b), "in the same compilation:\n  " + string.Join("\n  ", a) + "\nfrom a referenced assembly:\n  " + string.Join("\n  ", b));
    }
}

/// <summary>Parses <c>{|ID:text|}</c> markup into the plain source and the expected (ID, span) list.</summary>
internal static class Markup
{
    public static (string Source, List<(string Id, int Start, int End)> Expected) Parse(string markup)
    {
        var sb = new System.Text.StringBuilder(markup.Length);
        var expected = new List<(string, int, int)>();
        var open = new Stack<(string Id, int Start)>();
        var i = 0;
        while (i < markup.Length)
        {
            if (i + 1 < markup.Length && markup[i] == '{' && markup[i + 1] == '|')
            {
                var colon = markup.IndexOf(':', i + 2);
                open.Push((markup.Substring(i + 2, colon - i - 2), sb.Length));
                i = colon + 1;
                continue;
            }
            if (i + 1 < markup.Length && markup[i] == '|' && markup[i + 1] == '}' && open.Count > 0)
            {
                var (id, start) = open.Pop();
                expected.Add((id, start, sb.Length));
                i += 2;
                continue;
            }
            sb.Append(markup[i]);
            i++;
        }
        Assert.True(open.Count == 0, "unclosed markup");
        return (sb.ToString(), expected);
    }
}
