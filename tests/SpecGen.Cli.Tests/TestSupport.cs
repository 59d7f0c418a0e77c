using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecGen.Generator.Pipeline;
using Xunit;

namespace SpecGen.Cli.Tests;

/// <summary>Repository paths, a temporary folder, and the specgen command run in-process.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SpecGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SpecGen.sln not found above " + AppContext.BaseDirectory);
    }

    public static string SpecDir => Path.Combine(Root, "spec");

    public static string Vonage(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "vonage", name + ".yml");

    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = SpecGen.Cli.Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A temporary directory deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("specgen-cli-").FullName;

    public string File(string relative, string text)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}

/// <summary>An additional file held in memory.</summary>
internal sealed class MemoryText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;
    public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => SourceText.From(text);
}

/// <summary>Runs the generator over spec files and compiles its output with a consumer snippet.</summary>
internal static class Generation
{
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
    {
        var runtime = typeof(SpecGen.Runtime.Wire.ParseResult<>).Assembly.Location;
        var tpa = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return tpa.Append(runtime)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Where(p => !System.IO.Path.GetFileName(p).StartsWith("SpecGen.Cli", StringComparison.Ordinal) && !System.IO.Path.GetFileName(p).StartsWith("specgen", StringComparison.Ordinal))
            .GroupBy(p => System.IO.Path.GetFileName(p), StringComparer.OrdinalIgnoreCase)
            .Select(g => (MetadataReference)MetadataReference.CreateFromFile(g.First()))
            .ToImmutableArray();
    });

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static CSharpCompilationOptions Options { get; } =
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress });

    /// <summary>Generates from the spec files (in-memory) and returns the updated compilation and every generator diagnostic.</summary>
    public static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(IEnumerable<(string Path, string Text)> files, params string[] sources)
    {
        var texts = files.Select(f => (AdditionalText)new MemoryText(f.Path, f.Text));
        // Spec inputs are opt-in: every file given here is a spec (SpecGenSpec="true"), except the lock file.
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new SpecGenerator().AsSourceGenerator() }, additionalTexts: texts, parseOptions: ParseOptions, optionsProvider: SpecItems.Instance);
        var compilation = CSharpCompilation.Create("Consumer", sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "/consumer/Snippet" + i + ".cs")), References, Options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return (output, diagnostics);
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.ToString()));
}

/// <summary>Analyzer-config options that mark every YAML AdditionalFile as a spec, as the package's props do for a project's spec items.</summary>
internal sealed class SpecItems : AnalyzerConfigOptionsProvider
{
    public static readonly SpecItems Instance = new();

    public override AnalyzerConfigOptions GlobalOptions => Values.None;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile.Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ? Values.Spec : Values.None;

    private sealed class Values : AnalyzerConfigOptions
    {
        public static readonly Values None = new(null);
        public static readonly Values Spec = new("true");
        private readonly string? _spec;

        private Values(string? spec) => _spec = spec;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
        {
            value = key == "build_metadata.AdditionalFiles.SpecGenSpec" ? _spec : null;
            return value is not null;
        }
    }
}
