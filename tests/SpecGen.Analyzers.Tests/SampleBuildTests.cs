using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>
/// Real `dotnet build`s of generated-samples/AnalyzersValid (clean) and AnalyzersInvalid (every line marked
/// <c>// expect SGxxxx</c> reports exactly those IDs, no other line reports any).
/// </summary>
[Collection(nameof(SampleBuildTests))]
public sealed class SampleBuildTests
{
    private static readonly Regex DiagnosticLine = new(@"Program\.cs\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning) (?<id>SG\d{4}):", RegexOptions.CultureInvariant);
    private static readonly Regex Expectation = new(@"// expect (?<ids>(SG\d{4}\s*)+)$", RegexOptions.CultureInvariant);

    private static (int ExitCode, string Output) Build(string sample)
    {
        var project = Path.Combine(RepoFiles.Root, "generated-samples", sample, sample + ".csproj");
        // The referenced src projects are built by this test project's own build (same configuration).
        var info = new ProcessStartInfo("dotnet", $"build \"{project}\" -c Debug -p:BuildProjectReferences=false -nodeReuse:false -nologo -v:q -clp:NoSummary")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(project)!,
        };
        foreach (var variable in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "VSTEST_HOST_DEBUG" })
        {
            info.Environment.Remove(variable);
        }
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["MSBUILDTERMINALLOGGER"] = "off";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)TimeSpan.FromMinutes(8).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet build of " + sample + " timed out");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static HashSet<(int Line, string Id)> Reported(string output) =>
        DiagnosticLine.Matches(output).Select(m => (int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["id"].Value)).ToHashSet();

    [Fact]
    public void The_valid_sample_builds_clean()
    {
        var (exit, output) = Build("AnalyzersValid");
        Assert.True(exit == 0, output);
        Assert.Empty(Reported(output));
        Assert.DoesNotMatch(@": warning [A-Z]+\d+", output);
    }

    [Fact]
    public void The_invalid_sample_reports_each_expected_diagnostic_on_its_line()
    {
        var program = File.ReadAllLines(Path.Combine(RepoFiles.Root, "generated-samples", "AnalyzersInvalid", "Program.cs"));
        var expected = new HashSet<(int, string)>();
        for (var i = 0; i < program.Length; i++)
        {
            var match = Expectation.Match(program[i]);
            if (!match.Success) continue;
            foreach (var id in match.Groups["ids"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)) expected.Add((i + 1, id));
        }
        Assert.True(expected.Count >= 20, "the sample lost its expectations");

        var (exit, output) = Build("AnalyzersInvalid");
        Assert.NotEqual(0, exit);
        var reported = Reported(output);
        var missing = expected.Except(reported).OrderBy(x => x).ToList();
        var unexpected = reported.Except(expected).OrderBy(x => x).ToList();
        Assert.True(missing.Count == 0 && unexpected.Count == 0,
            "missing: " + string.Join(", ", missing) + "\nunexpected: " + string.Join(", ", unexpected) + "\n" + output);
        // Only analyzer diagnostics fail the build: no compiler error hides behind them.
        Assert.DoesNotMatch(@"error CS\d{4}", output);
    }
}
