using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecGen.Generator.Pipeline;

namespace SpecGen.Generator.Tests;

/// <summary>Runs <see cref="SpecGenerator"/> in-process with a <see cref="CSharpGeneratorDriver"/>.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    public static readonly string[] PipelineSteps =
    {
        SpecGenerator.Steps.ReadFile, SpecGenerator.Steps.Link, SpecGenerator.Steps.Models, SpecGenerator.Steps.Plan, SpecGenerator.Steps.Emit,
    };

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    /// <summary>
    /// Every assembly of the running test host (TRUSTED_PLATFORM_ASSEMBLIES) plus SpecGen.Runtime.dll. The test
    /// assembly itself is left out: it already holds the generated Mocean/Oca/... types (it consumes the generator
    /// as an analyzer), and referencing it would turn every generated type into a CS0436 conflict.
    /// </summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var self = typeof(GeneratorHarness).Assembly.Location;
        var runtime = typeof(SpecGen.Runtime.Wire.ParseResult<>).Assembly.Location;
        var tpa = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return tpa.Append(runtime)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Where(p => !string.Equals(Path.GetFullPath(p), Path.GetFullPath(self), StringComparison.Ordinal))
            .GroupBy(p => Path.GetFileName(p), StringComparer.OrdinalIgnoreCase)
            .Select(g => (MetadataReference)MetadataReference.CreateFromFile(g.First()))
            .ToImmutableArray();
    }

    /// <summary>A library compilation with nullable enabled over <paramref name="sources"/>.</summary>
    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "SpecGenConsumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "Consumer" + i + ".cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                // The .NET SDK passes /nowarn:1701,1702 to every build: reference unification between framework versions
                // (SpecGen.Runtime is built for net8.0, the host is net10.0). A raw compilation must do the same.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    /// <summary>The real spec files as additional texts (absolute paths, as MSBuild passes them).</summary>
    public static ImmutableArray<AdditionalText> RealSpecs() =>
        RepoFiles.SpecFiles().Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();

    /// <summary>A driver with step tracking on and no generator outputs disabled.</summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, CSharpParseOptions? parseOptions = null, IReadOnlyDictionary<string, string>? globalOptions = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new SpecGenerator().AsSourceGenerator() },
            additionalTexts: texts,
            parseOptions: parseOptions ?? ParseOptions,
            optionsProvider: new TestAnalyzerConfigOptionsProvider(globalOptions),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the driver and returns it (for later incremental runs), the updated compilation and the run result.</summary>
    public static (GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> Diagnostics, GeneratorRunResult Result) Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        return (driver, output, diagnostics, result);
    }

    /// <summary>Every output of every run of a tracked step.</summary>
    public static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs) ? runs.SelectMany(r => r.Outputs) : Enumerable.Empty<(object, IncrementalStepRunReason)>();

    /// <summary>The hint names in an Emit step output (the private EmittedSpec record, read by reflection).</summary>
    public static IReadOnlyList<string> HintNames(object emittedSpec)
    {
        var files = emittedSpec.GetType().GetProperty("Files")?.GetValue(emittedSpec) as System.Collections.IEnumerable
            ?? throw new InvalidOperationException("Emit output " + emittedSpec.GetType() + " has no Files");
        return files.Cast<object>().Select(f => (string)f.GetType().GetProperty("HintName")!.GetValue(f)!).ToList();
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.ToString()));
}

/// <summary>Generates, compiles and loads the code of ad-hoc spec files, to test generator behaviour the real specs do not exercise.</summary>
internal static class AdHocSpecs
{
    public static System.Reflection.Assembly Load(params (string Path, string Yaml)[] files)
    {
        var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Yaml));
        var (_, output, diagnostics, result) = GeneratorHarness.Run(GeneratorHarness.Driver(texts), GeneratorHarness.Compilation());
        Xunit.Assert.Null(result.Exception);
        var errors = result.Diagnostics.Concat(diagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Xunit.Assert.True(errors.Count == 0, GeneratorHarness.Describe(errors));
        Xunit.Assert.NotEmpty(result.GeneratedSources);
        using var pe = new MemoryStream();
        var emit = output.Emit(pe);
        Xunit.Assert.True(emit.Success, GeneratorHarness.Describe(emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        pe.Position = 0;
        return new System.Runtime.Loader.AssemblyLoadContext("adhoc-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(pe);
    }

    /// <summary>Calls a generated static parser (e.g. FromJson) and returns the parsed value, or fails with the parse error.</summary>
    public static object Parse(System.Reflection.Assembly assembly, string type, string method, string input)
    {
        var t = assembly.GetType(type, throwOnError: true)!;
        var result = t.GetMethod(method, new[] { typeof(string) })!.Invoke(null, new object?[] { input })!;
        var value = result.GetType().GetProperty("Value")!.GetValue(result);
        Xunit.Assert.True(value is not null, type + "." + method + " failed: " + result.GetType().GetProperty("Error")!.GetValue(result));
        return value!;
    }

    public static object? Get(object instance, string property) => instance.GetType().GetProperty(property)!.GetValue(instance);
}
