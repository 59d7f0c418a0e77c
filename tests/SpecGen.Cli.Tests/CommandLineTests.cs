using System.IO;
using SpecGen.Spec;
using Xunit;

namespace SpecGen.Cli.Tests;

/// <summary>The command line (System.CommandLine): errors to stderr with exit 2, help per command, version, specgen new.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData("check", "--bogus")]
    [InlineData("check", "spec", "--bogus")]
    [InlineData("inspect", "--frobnicate")]
    [InlineData("diff", "only-one")]
    [InlineData("import", "openapi", "x.yaml")]
    [InlineData("emit", "spec")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Unknown_options_and_missing_arguments_are_errors_on_stderr_with_exit_2(params string[] args)
    {
        var (code, output, error) = Repo.Run(args);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("specgen: ", error);
    }

    [Theory]
    [InlineData("check", "--list")]
    [InlineData("import openapi", "--provider")]
    [InlineData("export openapi", "--out")]
    [InlineData("diff", "--json")]
    [InlineData("lock", "--out")]
    [InlineData("new", "<provider>")]
    public void Every_command_has_help(string command, string mentions)
    {
        var (code, output, _) = Repo.Run((command + " --help").Split(' '));
        Assert.Equal(0, code);
        Assert.Contains("Usage:", output);
        Assert.Contains("specgen " + command, output);
        Assert.Contains(mentions, output);
    }

    [Fact]
    public void Version_prints_the_assembly_version()
    {
        var (code, output, _) = Repo.Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Fact]
    public void New_scaffolds_a_spec_that_checks_clean_and_refuses_to_overwrite()
    {
        using var dir = new TempDir();
        var (code, output, error) = Repo.Run("new", "acme", "v1", "--out", dir.Path);
        Assert.True(code == 0, error);
        Assert.Contains("wrote", output);
        var (checkCode, checkOutput, _) = Repo.Run("check", dir.Path);
        Assert.Equal(0, checkCode);
        Assert.Contains("1 spec(s) checked: 0 error(s), 0 warning(s)", checkOutput);
        var model = SpecCompiler.Compile(new[] { new System.Collections.Generic.KeyValuePair<string, string>("a.yaml", File.ReadAllText(Path.Combine(dir.Path, "acme", "v1", "api.yaml"))) }).Models[0];
        Assert.Equal("acme/v1", model.Id);
        Assert.Equal(2, Repo.Run("new", "acme", "v1", "--out", dir.Path).Code);
        Assert.Equal(2, Repo.Run("new", "Acme!", "v1", "--out", dir.Path).Code);
    }
}
