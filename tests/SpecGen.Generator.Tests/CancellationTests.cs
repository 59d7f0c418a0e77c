using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SpecGen.Generator.Emitters;
using SpecGen.Spec;
using SpecGen.Spec.Model;
using Xunit;

namespace SpecGen.Generator.Tests;

/// <summary>The cancellation token reaches reading, linking and emitting: an edit that supersedes a run stops it.</summary>
public class CancellationTests
{
    /// <summary>A spec of <paramref name="operations"/> endpoints, each with a few parameters and rules.</summary>
    private static string LongSpec(int operations)
    {
        var yaml = new StringBuilder("spec: 1\nprovider: big\nversion: v1\ndocument: d\nbase_url: https://big.test\noperations:\n");
        for (var i = 0; i < operations; i++)
        {
            yaml.Append("  op").Append(i).Append(":\n    kind: endpoint\n    method: POST\n    path: /op").Append(i).Append("\n    source: s\n    encoding: form\n    parameters:\n")
                .Append("      to: { type: string, required: true, rules: [{ length: { min: 1, max: 20 } }] }\n")
                .Append("      count: { type: int, rules: [{ range: { min: 1, max: 9 } }] }\n")
                .Append("      note: { type: string }\n");
        }
        return yaml.ToString();
    }

    private static SpecModel Model(int operations)
    {
        var compilation = SpecCompiler.Compile(new[] { new KeyValuePair<string, string>("/big/v1/api.yaml", LongSpec(operations)) });
        Assert.Empty(compilation.Diagnostics.Select(d => d.ToString()));
        return Assert.Single(compilation.Models);
    }

    [Fact]
    public void A_cancelled_token_stops_reading_linking_and_emitting()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => SpecCompiler.ReadFile("/big/v1/api.yaml", LongSpec(2), cancelled.Token));
        var (file, _) = SpecCompiler.ReadFile("/big/v1/api.yaml", LongSpec(2));
        Assert.Throws<OperationCanceledException>(() => SpecCompiler.Link(new[] { file! }, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => GeneratedSources.Emit(Model(2), null, cancelled.Token));
    }

    [Fact]
    public void The_long_spec_emits_completely_without_cancellation()
    {
        var files = GeneratedSources.Emit(Model(1500), null, CancellationToken.None);
        // Operations are grouped, at most 64 to a Requests file (1,500 → 24 files), plus the client.
        var text = string.Concat(files.Where(f => f.Key.Contains(".Requests", StringComparison.Ordinal)).Select(f => f.Value));
        Assert.Equal((1500 + 63) / 64, files.Count(f => f.Key.Contains(".Requests", StringComparison.Ordinal)));
        Assert.Single(files, f => f.Key.EndsWith(".Client.g.cs", StringComparison.Ordinal));
        Assert.Contains("Op1499Request", text, StringComparison.Ordinal);
    }
}
