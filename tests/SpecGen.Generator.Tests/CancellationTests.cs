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
    public async Task Cancellation_stops_a_long_emit_part_way()
    {
        var model = Model(1500);
        using var cts = new CancellationTokenSource();
        var emitted = 0;
        var watch = Stopwatch.StartNew();

        var emit = Task.Run(() => emitted = GeneratedSources.Emit(model, null, cts.Token).Count);
        await Task.Delay(TimeSpan.FromMilliseconds(150));
        Assert.False(emit.IsCompleted, "the emit finished within 150 ms: make the spec longer");
        cts.Cancel();
        var cancelledAt = watch.Elapsed;

        await Assert.ThrowsAsync<OperationCanceledException>(() => emit);
        Assert.Equal(0, emitted);
        // It stops at the next file, not after the remaining ~1,500 files.
        Assert.True(watch.Elapsed - cancelledAt < TimeSpan.FromSeconds(2), "stopped " + (watch.Elapsed - cancelledAt) + " after the cancel");
    }

    [Fact]
    public void The_long_spec_emits_completely_without_cancellation()
    {
        var watch = Stopwatch.StartNew();
        var files = GeneratedSources.Emit(Model(1500), null, CancellationToken.None);
        Assert.Equal(1500 + 1, files.Count(f => f.Key.Contains(".Requests.", StringComparison.Ordinal)) + files.Count(f => f.Key.EndsWith(".Client.g.cs", StringComparison.Ordinal)));
        Assert.True(watch.Elapsed > TimeSpan.FromMilliseconds(150), "a full emit took only " + watch.Elapsed + ": the part-way test needs a longer spec");
    }
}
