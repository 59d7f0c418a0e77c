using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SpecGen.Cli;
using Xunit;

namespace SpecGen.Spec.Tests;

/// <summary>The specgen command on the real specs and on a broken one.</summary>
public class CliTests
{
    private static (int Code, string Out) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString() + stderr.ToString());
    }

    [Fact]
    public void Check_on_the_bundled_specs_reports_zero_errors()
    {
        var (code, output) = Run("check", RepoFiles.SpecDir);
        Assert.Equal(0, code);
        Assert.Contains("4 spec(s) checked: 0 error(s), 0 warning(s)", output);
    }

    [Fact]
    public void Check_prints_located_diagnostics_and_exits_1_on_errors()
    {
        var dir = Directory.CreateTempSubdirectory("specgen-cli");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "bad.yaml"), "spec: 1\nprovider: p\nversion: v1\ndocument: d\nbase_url: https://x\noperations:\n  op:\n    kind: endpoint\n    method: GET\n    path: /x\n    source: s\n    code_table: nope\n");
            var (code, output) = Run("check", dir.FullName);
            Assert.Equal(1, code);
            Assert.Matches(@"bad\.yaml\(7,3\): error SG1302: Code table 'nope'", output);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Inspect_json_lists_operations_parameters_tables_and_all_network_rows()
    {
        var (code, output) = Run("inspect", RepoFiles.SpecDir, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var specs = json.RootElement.GetProperty("specs").EnumerateArray().ToList();
        Assert.Equal(4, specs.Count);
        var v2 = specs.Single(s => s.GetProperty("provider").GetString() == "mocean" && s.GetProperty("version").GetString() == "v2");
        var sendSms = v2.GetProperty("operations").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "send_sms");
        Assert.Equal("endpoint", sendSms.GetProperty("kind").GetString());
        var to = sendSms.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "mocean-to");
        Assert.True(to.GetProperty("required").GetBoolean());
        Assert.Contains(to.GetProperty("rules").EnumerateArray(), r => r.GetProperty("kind").GetString() == "count" && r.GetProperty("max").GetDecimal() == 500);
        var rows = v2.GetProperty("lookups").EnumerateArray().Single().GetProperty("rows");
        Assert.Equal(1347, rows.GetArrayLength());
        Assert.Equal(new[] { "50213", "MY", "Malaysia", "Celcom", "502", "13" }, rows.EnumerateArray().Single(r => r[0].GetString() == "50213").EnumerateArray().Select(v => v.GetString()).ToArray());
        Assert.Empty(json.RootElement.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void Inspect_summary_is_one_screen_without_colour_when_redirected()
    {
        var (code, output) = Run("inspect", RepoFiles.SpecDir);
        Assert.Equal(0, code);
        Assert.DoesNotContain("\u001b[", output);
        Assert.Contains("mocean/v2", output);
        Assert.True(output.Split('\n').Length < 25);
    }

    [Fact]
    public void Unknown_command_and_missing_directory_fail_clearly()
    {
        Assert.Equal(2, Run("frobnicate").Code);
        var (code, output) = Run("check", "/no/such/dir");
        Assert.Equal(2, code);
        Assert.Contains("no such directory", output);
    }
}
