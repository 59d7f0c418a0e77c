using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace SpecGen.Cli.Tests;

/// <summary>Every specgen command written in docs/cli.md and in the README runs and ends as documented.</summary>
public class DocsCommandTests
{
    private static readonly string[] WritesToOut = { "new", "import", "export", "emit", "lock" };

    /// <summary>The command lines of the <c>bash</c> blocks: lines starting with <paramref name="prefix"/>, comments removed.</summary>
    private static List<string> Commands(string file, string prefix)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, file));
        var blocks = Regex.Matches(text, "```bash\n(.*?)```", RegexOptions.Singleline);
        return blocks.SelectMany(b => b.Groups[1].Value.Split('\n'))
            .Where(l => l.StartsWith(prefix, StringComparison.Ordinal))
            .Select(l => Regex.Replace(l.Substring(prefix.Length), @"\s+#.*$", string.Empty).Trim())
            .ToList();
    }

    public static IEnumerable<object[]> CliDoc() => Commands("docs/cli.md", "specgen ").Select(c => new object[] { c });

    public static IEnumerable<object[]> Readme() => Commands("README.md", "dotnet run --project src/SpecGen.Cli -- ").Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(CliDoc))]
    [MemberData(nameof(Readme))]
    public void Documented_command_runs(string command)
    {
        using var temp = new TempDir();
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Count) args[++i] = Path.Combine(temp.Path, args[i]);
            else if (!args[i].StartsWith("-", StringComparison.Ordinal) && (File.Exists(Path.Combine(Repo.Root, args[i])) || Directory.Exists(Path.Combine(Repo.Root, args[i]))))
                args[i] = Path.Combine(Repo.Root, args[i]);
        }
        // Commands that write default to the current folder; in a test they write to the temporary one.
        if (WritesToOut.Contains(args[0]) && !args.Contains("--out")) args.AddRange(new[] { "--out", Path.Combine(temp.Path, "out") });

        var (code, output, error) = Repo.Run(args.ToArray());

        var expected = args[0] == "diff" ? 1 : 0;
        Assert.True(code == expected, command + " exited " + code + "\n" + error + output);
        Assert.NotEqual(string.Empty, output);
    }

    [Fact]
    public void Both_documents_show_every_new_command()
    {
        var all = Commands("docs/cli.md", "specgen ").Concat(Commands("README.md", "dotnet run --project src/SpecGen.Cli -- ")).ToList();
        foreach (var name in new[] { "new", "import openapi", "export openapi", "diff", "lock" })
            Assert.Contains(all, c => c.StartsWith(name, StringComparison.Ordinal));
    }
}
