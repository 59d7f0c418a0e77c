using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SpecGen.Generator.Pipeline;
using SpecGen.Spec.Model;
using Xunit;

namespace SpecGen.Generator.Tests;

/// <summary>The pipeline's caching: what re-runs after an edit, and what the cached values hold.</summary>
public class IncrementalityTests
{
    private static readonly IncrementalStepRunReason[] Reused = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, GeneratorRunResult First) FirstRun()
    {
        var compilation = GeneratorHarness.Compilation("public static class Existing { }");
        var (driver, _, _, result) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.RealSpecs()), compilation);
        Assert.Null(result.Exception);
        foreach (var step in GeneratorHarness.PipelineSteps) Assert.NotEmpty(GeneratorHarness.Outputs(result, step));
        return (driver, compilation, result);
    }

    private static void AssertAllReused(GeneratorRunResult result, string step)
    {
        var outputs = GeneratorHarness.Outputs(result, step).ToList();
        Assert.NotEmpty(outputs);
        var rerun = outputs.Where(o => !Reused.Contains(o.Reason)).ToList();
        Assert.True(rerun.Count == 0, step + ": " + rerun.Count + " of " + outputs.Count + " outputs were " + string.Join(", ", rerun.Select(o => o.Reason).Distinct()));
    }

    /// <summary>Each ReadFile run with the path of its spec file and the reasons of its input and output.</summary>
    private static List<(string Path, IncrementalStepRunReason Input, IncrementalStepRunReason Output)> ReadFileRuns(GeneratorRunResult result) =>
        result.TrackedSteps[SpecGenerator.Steps.ReadFile].Select(step =>
        {
            var (source, index) = Assert.Single(step.Inputs);
            var (value, reason) = source.Outputs[index];
            return (((AdditionalText)value).Path, reason, Assert.Single(step.Outputs).Reason);
        }).ToList();

    /// <summary>The spec ("Mocean.V2", "Oca.V1", ...) of each Emit output, from its hint names.</summary>
    private static List<(string Spec, IncrementalStepRunReason Reason)> EmitRuns(GeneratorRunResult result) =>
        GeneratorHarness.Outputs(result, SpecGenerator.Steps.Emit).Select(o =>
        {
            var specs = GeneratorHarness.HintNames(o.Value).Select(h => string.Join(".", h.Split('.').Take(2))).Distinct().ToList();
            return (Assert.Single(specs), o.Reason);
        }).ToList();

    private static (GeneratorDriver Driver, AdditionalText Old, AdditionalText New) Edit(GeneratorDriver driver, string relative, Func<string, string> edit)
    {
        var path = RepoFiles.Spec(relative);
        var old = driver.GetRunResult().Results.Single().TrackedSteps[SpecGenerator.Steps.ReadFile]
            .Select(s => (AdditionalText)s.Inputs.Single().Source.Outputs[s.Inputs.Single().OutputIndex].Value)
            .Single(t => t.Path == path);
        var text = old.GetText()!.ToString();
        var edited = edit(text);
        Assert.NotEqual(text, edited);
        var replacement = new InMemoryAdditionalText(path, edited);
        return (driver.ReplaceAdditionalText(old, replacement), old, replacement);
    }

    [Fact]
    public void An_unrelated_syntax_tree_reuses_every_step()
    {
        var (driver, compilation, _) = FirstRun();

        var changed = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public static class Unrelated { public static int X => 1; }", GeneratorHarness.ParseOptions));
        var (_, _, _, result) = GeneratorHarness.Run(driver, changed);

        Assert.Null(result.Exception);
        foreach (var step in GeneratorHarness.PipelineSteps) AssertAllReused(result, step);
    }

    [Theory]
    [InlineData("append")]
    [InlineData("prepend")]
    public void A_comment_in_one_spec_file_reruns_only_its_read_and_changes_no_model(string where)
    {
        const string file = "mocean/v2/sms.yaml";
        var (driver, compilation, first) = FirstRun();
        var sourcesBefore = first.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        // Prepending shifts every line of the file: the model stays equal only because source spans are not part of equality.
        var (edited, _, _) = Edit(driver, file, text => where == "append" ? text + "# a comment added by a test\n" : "# a comment added by a test\n" + text);
        var (_, _, _, result) = GeneratorHarness.Run(edited, compilation);

        Assert.Null(result.Exception);
        var reads = ReadFileRuns(result);
        var mine = Assert.Single(reads, r => r.Path == RepoFiles.Spec(file));
        Assert.Equal(IncrementalStepRunReason.Modified, mine.Input);          // the file's read re-ran ...
        Assert.Equal(IncrementalStepRunReason.Unchanged, mine.Output);        // ... and produced an equal SpecFile
        Assert.All(reads.Where(r => r.Path != mine.Path), r => Assert.Equal(IncrementalStepRunReason.Cached, r.Output));
        AssertAllReused(result, SpecGenerator.Steps.Link);
        AssertAllReused(result, SpecGenerator.Steps.Models);
        AssertAllReused(result, SpecGenerator.Steps.Emit);
        Assert.Equal(sourcesBefore, result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()));
    }

    [Fact]
    public void A_description_change_in_oca_re_emits_only_oca()
    {
        const string file = "oca/v1/api.yaml";
        const string marker = "Response: In Array/List (edited by a test).";
        var (driver, compilation, _) = FirstRun();

        var (edited, _, _) = Edit(driver, file, text => text.Replace("Response: In Array/List.", marker));
        var (_, _, _, result) = GeneratorHarness.Run(edited, compilation);

        Assert.Null(result.Exception);
        var reads = ReadFileRuns(result);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(reads, r => r.Path == RepoFiles.Spec(file)).Output);
        Assert.All(reads.Where(r => r.Path != RepoFiles.Spec(file)), r => Assert.Equal(IncrementalStepRunReason.Cached, r.Output));

        var emits = EmitRuns(result);
        Assert.Equal(new[] { "Mobtexting.V2", "Mocean.V1", "Mocean.V2", "Oca.V1" }, emits.Select(e => e.Spec).OrderBy(s => s, StringComparer.Ordinal));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(emits, e => e.Spec == "Oca.V1").Reason);
        Assert.All(emits.Where(e => e.Spec != "Oca.V1"), e => Assert.Contains(e.Reason, Reused));

        // The edit reached the output.
        Assert.Contains(result.GeneratedSources, s => s.HintName.StartsWith("Oca.V1.", StringComparison.Ordinal) && s.SourceText.ToString().Contains(marker));
    }

    [Fact]
    public void Cached_step_values_hold_no_compilation_symbol_or_syntax()
    {
        var (_, _, result) = FirstRun();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var found = new List<string>();
        var visited = new Dictionary<Type, int>();

        foreach (var step in new[] { SpecGenerator.Steps.ReadFile, SpecGenerator.Steps.Link, SpecGenerator.Steps.Models, SpecGenerator.Steps.Plan, SpecGenerator.Steps.Emit, SpecGenerator.Steps.Options })
        {
            foreach (var (value, _) in GeneratorHarness.Outputs(result, step)) Walk(value, step, seen, found, visited, 0);
        }

        Assert.True(found.Count == 0, "Roslyn objects cached in the pipeline:\n" + string.Join("\n", found.Take(20)));
        // The walk really went through the models (a walker that stops at the top would prove nothing).
        Assert.True(visited.GetValueOrDefault(typeof(SpecFile)) >= 14, "SpecFile objects visited: " + visited.GetValueOrDefault(typeof(SpecFile)));
        Assert.True(visited.GetValueOrDefault(typeof(SpecModel)) >= 4);
        Assert.True(visited.GetValueOrDefault(typeof(FieldSpec)) > 100);
        Assert.True(visited.GetValueOrDefault(typeof(SpecGen.Generator.Plan.BindingPlan)) >= 4);
    }

    [Fact]
    public void An_option_that_changes_no_name_leaves_the_plan_and_the_emitted_files_cached()
    {
        var (driver, compilation, first) = FirstRun();
        var sourcesBefore = first.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        // Where spec diagnostics are reported is an option, but no C# name depends on it.
        var quiet = driver.WithUpdatedAnalyzerConfigOptions(new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["build_property.SpecGenSpecDiagnostics"] = "analyzer" }));
        var (_, _, _, result) = GeneratorHarness.Run(quiet, compilation);

        Assert.Null(result.Exception);
        Assert.Contains(GeneratorHarness.Outputs(result, SpecGenerator.Steps.Options), o => o.Reason == IncrementalStepRunReason.Modified);
        AssertAllReused(result, SpecGenerator.Steps.Plan);
        AssertAllReused(result, SpecGenerator.Steps.Emit);
        Assert.Equal(sourcesBefore, result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()));
    }

    [Fact]
    public void A_root_namespace_re_plans_and_re_emits_every_spec_under_it()
    {
        var (driver, compilation, _) = FirstRun();

        var rooted = driver.WithUpdatedAnalyzerConfigOptions(new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["build_property.SpecGenRootNamespace"] = "Contoso" }));
        var (_, _, _, result) = GeneratorHarness.Run(rooted, compilation);

        Assert.Null(result.Exception);
        var plans = GeneratorHarness.Outputs(result, SpecGenerator.Steps.Plan).ToList();
        Assert.Equal(4, plans.Count);
        Assert.All(plans, p => Assert.Equal(IncrementalStepRunReason.Modified, p.Reason));
        Assert.All(result.GeneratedSources, s => Assert.StartsWith("Contoso.", s.HintName, StringComparison.Ordinal));
    }

    [Fact]
    public void A_description_edit_re_plans_its_spec_to_equal_names()
    {
        const string file = "oca/v1/api.yaml";
        var (driver, compilation, first) = FirstRun();
        static SpecGen.Generator.Plan.BindingPlan? Oca(GeneratorRunResult run) =>
            GeneratorHarness.Outputs(run, SpecGenerator.Steps.Plan).Select(o => (SpecGen.Generator.Plan.BindingPlan)o.Value.GetType().GetProperty("Plan")!.GetValue(o.Value)!).SingleOrDefault(p => p.SpecId == "oca/v1");
        var before = Oca(first);

        var (edited, _, _) = Edit(driver, file, text => text.Replace("Response: In Array/List.", "Response: In Array/List (edited by a test)."));
        var (_, _, _, result) = GeneratorHarness.Run(edited, compilation);

        Assert.Null(result.Exception);
        Assert.NotNull(before);
        Assert.Equal(before, Oca(result));   // the model changed, every name stayed
        var reasons = GeneratorHarness.Outputs(result, SpecGenerator.Steps.Plan).Select(o => o.Reason).ToList();
        Assert.Single(reasons, r => r == IncrementalStepRunReason.Modified);
        Assert.Equal(3, reasons.Count(r => Reused.Contains(r)));
    }

    private static bool IsRoslynState(object o) =>
        o is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel or SyntaxToken or SyntaxTrivia or SourceText or AdditionalText or Location;

    private static void Walk(object? o, string path, HashSet<object> seen, List<string> found, Dictionary<Type, int> visited, int depth)
    {
        if (o is null) return;
        var type = o.GetType();
        if (type.IsPrimitive || type.IsEnum || o is string or decimal or Type or MemberInfo) return;
        if (IsRoslynState(o))
        {
            found.Add(path + ": " + type.FullName);
            return;
        }
        if (!type.IsValueType && !seen.Add(o)) return;
        if (depth > 200) return;
        visited[type] = visited.GetValueOrDefault(type) + 1;
        if (o is Array array)
        {
            var i = 0;
            foreach (var item in array) Walk(item, path + "[" + i++ + "]", seen, found, visited, depth + 1);
            return;
        }
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike) continue;
                Walk(field.GetValue(o), path + "." + field.Name, seen, found, visited, depth + 1);
            }
        }
    }
}
