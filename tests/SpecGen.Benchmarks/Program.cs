using System;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace SpecGen.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- [BenchmarkDotNet arguments]</c> runs the benchmarks;
/// <c>dotnet run -c Release -- cold &lt;kind|all&gt; [runs]</c> times the first lookup in fresh processes (see <see cref="ColdStart"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // The child of the cold-start mode must touch nothing before its timed call: dispatch first, and keep every
        // other path in its own method so that JIT-compiling Main loads neither BenchmarkDotNet nor the lookups.
        if (args.Length > 0 && args[0] == ColdStart.ChildVerb) return ColdStart.Child(args);
        if (args.Length > 0 && args[0] == "cold") return ColdStart.Parent(args);
        return RunBenchmarks(args);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunBenchmarks(string[] args)
    {
        // Median and Min beside the Mean: on a shared machine they show how much of the spread is other load.
        var config = DefaultConfig.Instance.AddColumn(StatisticColumn.Median, StatisticColumn.Min);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
