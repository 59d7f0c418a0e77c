using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using Xunit;

namespace SpecGen.Spec.Tests;

/// <summary>
/// Mutates the real spec files (deleted lines, shifted indentation, truncation, wrong scalar types,
/// huge values, random bytes, deep nesting) and asserts every run ends in a model or diagnostics:
/// never an exception, never a hang.
/// </summary>
public class FuzzTests
{
    private const int Mutations = 10_000;

    [Fact]
    public void Ten_thousand_mutations_never_throw_or_hang()
    {
        var random = new Random(20261122);
        // The network table is large and regular; it is mutated too, but less often, to keep the run short.
        var files = RepoFiles.SpecFiles();
        var small = files.Where(f => !f.Path.EndsWith("networks.yaml", StringComparison.Ordinal)).ToList();
        var slowest = TimeSpan.Zero;
        var withDiagnostics = 0;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < Mutations; i++)
        {
            var file = i % 100 == 0 ? files[random.Next(files.Count)] : small[random.Next(small.Count)];
            var mutated = Mutate(file.Text, random);
            var watch = Stopwatch.StartNew();
            SpecCompilation result;
            try
            {
                result = SpecCompiler.Compile(new[] { new KeyValuePair<string, string>(file.Path, mutated) });
            }
            catch (Exception e)
            {
                Assert.Fail($"mutation {i} of {file.Path} threw {e.GetType().Name}: {e.Message}\n--- input ---\n{Shorten(mutated)}");
                return;
            }
            watch.Stop();
            if (watch.Elapsed > slowest) slowest = watch.Elapsed;
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"mutation {i} of {file.Path} took {watch.Elapsed}");
            Assert.True(result.Models.Count > 0 || result.Diagnostics.Count > 0, $"mutation {i} of {file.Path} produced neither a model nor a diagnostic");
            foreach (var d in result.Diagnostics)
            {
                Assert.Matches("^SG1\\d{3}$", d.Id);
                Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString());
                Assert.DoesNotContain("internal", d.Message, StringComparison.Ordinal);
            }
            if (result.Diagnostics.Count > 0) withDiagnostics++;
        }
        // The mutations must actually break things, or the test proves nothing.
        Assert.True(withDiagnostics > Mutations / 4, $"only {withDiagnostics} of {Mutations} mutations produced diagnostics");
        Assert.True(total.Elapsed < TimeSpan.FromMinutes(5), $"fuzzing took {total.Elapsed}; slowest run {slowest}");
    }

    private static string Shorten(string s) => s.Length > 2000 ? s.Substring(0, 2000) + "…" : s;

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var count = 1 + random.Next(3);
        for (var m = 0; m < count && lines.Count > 0; m++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(10))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines[at] = "  " + lines[at]; break;
                case 2: lines[at] = lines[at].TrimStart(); break;
                case 3: return string.Join("\n", lines).Substring(0, random.Next(Math.Max(1, string.Join("\n", lines).Length)));
                case 4: lines[at] = ReplaceScalar(lines[at], random); break;
                case 5: lines[at] = lines[at] + new string('9', 1 + random.Next(100_000)); break;
                case 6: lines[at] = RandomBytes(random) + lines[at]; break;
                case 7: lines.Insert(at, lines[at]); break;
                case 8: lines[at] = lines[at] + " " + new string('[', 1 + random.Next(500)); break;
                default: lines[at] = lines[at].Replace(":", random.Next(2) == 0 ? "" : ": : ", StringComparison.Ordinal); break;
            }
        }
        return string.Join("\n", lines);
    }

    private static string ReplaceScalar(string line, Random random)
    {
        var colon = line.IndexOf(':');
        if (colon < 0) return line;
        string[] values = { "[1, 2]", "{a: b}", "-1", "1e400", "true", "~", "\"\"", "&anchor x", "*alias", "!!binary AAAA", "99999999999999999999999", "'unterminated" };
        return line.Substring(0, colon + 1) + " " + values[random.Next(values.Length)];
    }

    private static string RandomBytes(Random random)
    {
        var sb = new StringBuilder();
        var n = 1 + random.Next(20);
        for (var i = 0; i < n; i++) sb.Append((char)random.Next(0, 0xD7FF));
        return sb.ToString();
    }
}
