using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace SpecGen.Package.Tests;

/// <summary>
/// The code fix as an IDE would run it: generator, analyzers and code-fix provider loaded from the packed
/// SpecGen package's analyzers/dotnet/cs folder into a workspace, the fix applied to a flagged constant.
/// </summary>
[Collection(PackageCollection.Name)]
public class PackagedCodeFixTests
{
    private readonly PackageFixture _package;

    public PackagedCodeFixTests(PackageFixture package) => _package = package;

    [Fact]
    public async Task The_packaged_provider_fixes_a_constant_flagged_by_the_packaged_analyzers()
    {
        var extracted = Path.Combine(_package.Work, "specgen-package");
        if (!Directory.Exists(extracted)) ZipFile.ExtractToDirectory(Path.Combine(_package.Feed, "SpecGen.1.0.0.nupkg"), extracted);
        var analyzerDir = Path.Combine(extracted, "analyzers", "dotnet", "cs");
        var loader = new FolderLoader(analyzerDir);
        var references = Directory.GetFiles(analyzerDir, "*.dll").Select(path => (AnalyzerReference)new AnalyzerFileReference(path, loader)).ToImmutableArray();

        var metadata = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(p => MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(Path.Combine(extracted, "lib", "net8.0", "SpecGen.Runtime.dll")));
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Create(), "Consumer", "Consumer", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: metadata, analyzerReferences: references));
        // Spec inputs are opt-in: mark each YAML as the package's props do (SpecGenSpec="true" item metadata, as MSBuild writes it).
        var marks = new System.Text.StringBuilder("is_global = true\n");
        foreach (var yaml in Directory.GetFiles(Path.Combine(extracted, "specs", "mocean", "v2"), "*.yaml"))
        {
            project = project.AddAdditionalDocument(Path.GetFileName(yaml), SourceText.From(File.ReadAllText(yaml)), filePath: yaml).Project;
            marks.Append('[').Append(yaml.Replace('\\', '/')).Append("]\nbuild_metadata.AdditionalFiles.SpecGenSpec = true\n");
        }
        project = project.AddAnalyzerConfigDocument(".globalconfig", SourceText.From(marks.ToString()), filePath: Path.Combine(extracted, ".globalconfig")).Project;
        var document = project.AddDocument("Snippet.cs", SourceText.From(
            "using Mocean.V2;\nclass C\n{\n    static object M() => new SendSmsRequest { From = \"A\", To = [\"60123456789\"], Text = \"x\", Coding = 4 };\n}\n"));

        var compilation = (await document.Project.GetCompilationAsync())!;
        Assert.Contains(compilation.SyntaxTrees, t => t.FilePath.EndsWith("Mocean.V2.Client.g.cs", StringComparison.Ordinal));   // the packaged generator ran
        var analyzers = references.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        var diagnostic = (await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync()).Single(d => d.Id == "SG2002");
        Assert.Equal("https://github.com/specgen/specgen/blob/main/docs/analyzers.md#sg2002", diagnostic.Descriptor.HelpLinkUri);   // docs/ in the repository

        var providers = references.OfType<AnalyzerFileReference>().Select(r => r.GetAssembly())
            .SelectMany(a => a.GetTypes()).Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!).ToList();
        var provider = Assert.Single(providers, p => p.FixableDiagnosticIds.Contains("SG2002"));
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
        var operations = await Assert.Single(actions).GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        Assert.Contains("Coding = 3", (await changed.GetTextAsync()).ToString());
    }

    /// <summary>Loads the package's analyzer assemblies, resolving their dependencies (YamlDotNet, SpecGen.Spec) from the same folder.</summary>
    private sealed class FolderLoader : IAnalyzerAssemblyLoader
    {
        private readonly string _folder;

        public FolderLoader(string folder)
        {
            _folder = folder;
            AssemblyLoadContext.Default.Resolving += (context, name) =>
            {
                var candidate = Path.Combine(_folder, name.Name + ".dll");
                return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
            };
        }

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) =>
            AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => !a.IsDynamic && string.Equals(a.Location, fullPath, StringComparison.Ordinal))
            ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }
}
