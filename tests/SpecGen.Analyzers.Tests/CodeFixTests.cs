using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecGen.CodeFixes;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>The code fixes, applied in an AdhocWorkspace holding the generated code and the snippet.</summary>
public sealed class CodeFixTests
{
    private static async Task<string> Fix(string source, string id, int which = 0)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Create(), "Consumer", "Consumer", LanguageNames.CSharp,
            compilationOptions: AnalyzerHarness.CompilationOptions, parseOptions: AnalyzerHarness.ParseOptions, metadataReferences: AnalyzerHarness.References));
        foreach (var tree in AnalyzerHarness.Generated)
        {
            project = project.AddDocument(System.IO.Path.GetFileName(tree.FilePath), tree.GetText()).Project;
        }
        var document = project.AddDocument("Snippet.cs", SourceText.From(source));
        var compilation = (await document.Project.GetCompilationAsync())!;
        var tree2 = await document.GetSyntaxTreeAsync();
        var analysis = compilation.WithAnalyzers(AnalyzerHarness.Analyzers);
        var diagnostics = (await analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree2!), null, CancellationToken.None))
            .Where(d => d.Id == id).OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.True(diagnostics.Count > which, "no " + id + " to fix");
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostics[which], (a, _) => actions.Add(a), CancellationToken.None);
        await new SpecValueCodeFixProvider().RegisterCodeFixesAsync(context);
        var action = Assert.Single(actions);
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        return (await changed.GetTextAsync()).ToString();
    }

    private const string Prefix = "using Mocean.V2;\nclass C\n{\n    static object M() => ";
    private const string Suffix = ";\n}\n";

    [Fact]
    public async Task The_casing_of_an_allowed_value_is_fixed()
    {
        var fixedText = await Fix(Prefix + "new SayAction { Language = \"en-gb\", Text = \"Hi\" }" + Suffix, "SG2001");
        Assert.Contains("Language = \"en-GB\"", fixedText);
    }

    [Fact]
    public async Task A_button_id_is_trimmed()
    {
        var fixedText = await Fix(Prefix + "new WhatsappInteractiveButton { Type = \"reply\", Id = \" yes \", Title = \"Yes\" }" + Suffix, "SG2006");
        Assert.Contains("Id = \"yes\"", fixedText);
    }

    [Fact]
    public async Task The_nearest_allowed_number_is_offered_for_sets_and_ranges()
    {
        Assert.Contains("CodeLength = 4", await Fix(Prefix + "new VerifyRequest { To = \"60123456789\", Brand = \"B\", CodeLength = 5 }" + Suffix, "SG2001"));
        Assert.Contains("PinValidity = 60", await Fix(Prefix + "new VerifyRequest { To = \"60123456789\", Brand = \"B\", PinValidity = 30 }" + Suffix, "SG2002"));
        Assert.Contains("Coding = 3", await Fix(Prefix + "new SendSmsRequest { From = \"A\", To = [\"60123456789\"], Text = \"x\", Coding = 4 }" + Suffix, "SG2002"));
        Assert.Contains("Duration = 0", await Fix(Prefix + "new SleepAction { Duration = -1 }" + Suffix, "SG2002"));
    }

    [Fact]
    public async Task No_fix_is_offered_when_the_right_value_is_not_clear()
    {
        var (source, _) = Markup.Parse(Prefix + "new SayAction { Language = \"fr-FR\", Text = \"Salut\" }" + Suffix);
        var diagnostics = await AnalyzerHarness.Diagnose(source);
        Assert.False(diagnostics.Single().Properties.ContainsKey(Descriptors.ReplacementKey));
    }
}
