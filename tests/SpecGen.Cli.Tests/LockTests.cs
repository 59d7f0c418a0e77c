using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecGen.Generator.Plan;
using SpecGen.Spec;
using SpecGen.Spec.Diffing;
using SpecGen.Spec.Locking;
using Xunit;

namespace SpecGen.Cli.Tests;

/// <summary><c>specgen lock</c> and the generator's SG1410 warning when a locked spec's surface breaks.</summary>
public class LockTests
{
    private static readonly string OcaPath = Path.Combine(Repo.SpecDir, "oca", "v1", "api.yaml");

    private static string LockOf(string path, string text) =>
        LockFile.Write(SpecCompiler.Compile(new[] { new KeyValuePair<string, string>(path, text) }).Models);

    [Fact]
    public void A_lock_reads_back_to_the_same_surface_for_every_bundled_spec()
    {
        var models = ExportTests.Bundled();
        var locked = LockFile.Read(LockFile.Write(models));
        Assert.Equal(models.Select(m => m.Id).OrderBy(x => x, StringComparer.Ordinal), locked.Select(m => m.Id));
        foreach (var model in models)
        {
            var changes = SpecDiff.Compare(locked.Single(m => m.Id == model.Id), model);
            Assert.True(changes.Count == 0, model.Id + ":\n" + string.Join("\n", changes));
        }
    }

    [Fact]
    public void A_lock_reads_back_to_the_same_generated_names_for_every_bundled_spec()
    {
        // The lock keeps what names are made from (csharp:, code meanings), so its binding plan is the spec's own.
        var models = ExportTests.Bundled();
        var locked = LockFile.Read(LockFile.Write(models));
        foreach (var model in models)
        {
            var before = locked.Single(m => m.Id == model.Id);
            Assert.Equal(BindingPlanner.Plan(model, null), BindingPlanner.Plan(before, null));
            var changes = PlanDiff.Compare(before, model);
            Assert.True(changes.Count == 0, model.Id + ":\n" + string.Join("\n", changes));
        }
    }

    [Fact]
    public void Renaming_a_locked_class_warns_SG1410_at_the_csharp_line()
    {
        var original = File.ReadAllText(OcaPath);
        var locked = LockOf("/project/spec/oca/v1/api.yaml", original);
        const string before = "    csharp: ErrorCode";
        Assert.Contains(before, original);
        var edited = original.Replace(before, "    csharp: ErrorCodes");

        var warning = Assert.Single(Build(edited, locked));
        Assert.Equal("SG1410", warning.Id);
        Assert.Contains("code_tables.error_code.csharp", warning.GetMessage());
        Assert.Contains("C# name changed from ErrorCode to ErrorCodes", warning.GetMessage());
        Assert.Empty(Build(original, locked));
    }

    private static IReadOnlyList<Diagnostic> Build(string specText, string? lockText)
    {
        var files = new List<(string, string)> { ("/project/spec/oca/v1/api.yaml", specText) };
        if (lockText is not null) files.Add(("/project/specgen.lock.json", lockText));
        var (_, diagnostics) = Generation.Run(files);
        return diagnostics.Where(d => d.Id.StartsWith("SG14", StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public void Editing_a_locked_spec_in_a_breaking_way_warns_SG1410_at_the_line_of_the_change_and_relocking_accepts_it()
    {
        var original = File.ReadAllText(OcaPath);
        var locked = LockOf("/project/spec/oca/v1/api.yaml", original);
        Assert.Empty(Build(original, locked));

        // SendSmsRequest.phone becomes required: a breaking change at the phone field.
        const string before = "      phone:\n        type: string\n";
        Assert.Contains(before, original);
        var edited = original.Replace(before, "      phone:\n        type: string\n        required: true\n");
        var expectedLine = edited.Substring(0, edited.IndexOf("      phone:\n", StringComparison.Ordinal)).Count(c => c == '\n') + 1;

        var warning = Assert.Single(Build(edited, locked));
        Assert.Equal("SG1410", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        var span = warning.Location.GetLineSpan();
        Assert.Equal("/project/spec/oca/v1/api.yaml", span.Path);
        Assert.Equal(expectedLine, span.StartLinePosition.Line + 1);
        Assert.Contains("schemas.SendSmsRequest.fields.phone.required", warning.GetMessage());

        // A non-breaking edit (a new optional field) is not reported; re-locking accepts the breaking one.
        Assert.Empty(Build(original.Replace(before, "      sender:\n        type: string\n" + before), locked));
        Assert.Empty(Build(edited, LockOf("/project/spec/oca/v1/api.yaml", edited)));
    }

    [Fact]
    public void Lock_command_writes_the_file_and_reports_up_to_date_on_rerun()
    {
        using var dir = new TempDir();
        var target = Path.Combine(dir.Path, "specgen.lock.json");
        var (code, output, error) = Repo.Run("lock", Repo.SpecDir, "--out", target);
        Assert.True(code == 0, error);
        Assert.Contains("wrote", output);
        Assert.Equal(4, LockFile.Read(File.ReadAllText(target)).Count);
        Assert.Contains("up to date", Repo.Run("lock", Repo.SpecDir, "--out", target).Out);
    }
}
