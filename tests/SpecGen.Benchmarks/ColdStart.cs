using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using Mocean.V2;

namespace SpecGen.Benchmarks;

/// <summary>
/// The first network lookup of a fresh process, which BenchmarkDotNet (warm, in one process) cannot show.
/// <c>cold &lt;kind|all&gt; [runs]</c> spawns this executable <c>runs</c> times (default 20) per kind with
/// <c>cold-child &lt;kind&gt;</c>; each child times, with a Stopwatch, everything its first lookup needs
/// (assembly and type loading, JIT, building the structure) and prints it; the parent prints medians.
/// </summary>
/// <remarks>
/// Each phase lives in its own non-inlined method and the timing methods handle the dictionaries as <c>object</c>,
/// so that nothing the lookup needs is loaded or compiled before the Stopwatch starts.
/// </remarks>
internal static class ColdStart
{
    public const string ChildVerb = "cold-child";

    private const int Code = 50213;          // Malaysia, Celcom
    private const string Mcc = "502", Mnc = "13";

    private static readonly string[] Kinds = { "generated", "frozen", "dictionary", "generated-mcc", "frozen-mcc" };

    // ---- child ------------------------------------------------------------------------------------------------

    /// <summary>Runs one kind once and prints <c>rows=… build=… lookup=… total=…</c> (microseconds).</summary>
    public static int Child(string[] args)
    {
        var kind = args.Length > 1 ? args[1] : "";
        long start, loaded, built, done;
        object rows, structure;
        bool found;
        switch (kind)
        {
            case "generated":
                start = loaded = built = Stopwatch.GetTimestamp();
                found = GeneratedLookup();
                done = Stopwatch.GetTimestamp();
                break;
            case "generated-mcc":
                start = loaded = built = Stopwatch.GetTimestamp();
                found = GeneratedMccLookup();
                done = Stopwatch.GetTimestamp();
                break;
            case "frozen":
                start = Stopwatch.GetTimestamp();
                rows = LoadRowsByCode();
                loaded = Stopwatch.GetTimestamp();
                structure = BuildFrozen(rows);
                built = Stopwatch.GetTimestamp();
                found = FrozenLookup(structure);
                done = Stopwatch.GetTimestamp();
                break;
            case "dictionary":
                start = Stopwatch.GetTimestamp();
                rows = LoadRowsByCode();
                loaded = Stopwatch.GetTimestamp();
                structure = BuildDictionary(rows);
                built = Stopwatch.GetTimestamp();
                found = DictionaryLookup(structure);
                done = Stopwatch.GetTimestamp();
                break;
            case "frozen-mcc":
                start = Stopwatch.GetTimestamp();
                rows = LoadRowsByMccMnc();
                loaded = Stopwatch.GetTimestamp();
                structure = BuildFrozenMcc(rows);
                built = Stopwatch.GetTimestamp();
                found = FrozenMccLookup(structure);
                done = Stopwatch.GetTimestamp();
                break;
            default:
                Console.Error.WriteLine("unknown kind '" + kind + "'; one of: " + string.Join(", ", Kinds));
                return 2;
        }
        if (!found) { Console.Error.WriteLine(kind + ": lookup failed"); return 1; }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rows={Us(start, loaded):F1} build={Us(loaded, built):F1} lookup={Us(built, done):F1} total={Us(start, done):F1}"));
        return 0;
    }

    private static double Us(long from, long to) => (to - from) * 1_000_000.0 / Stopwatch.Frequency;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool GeneratedLookup() => Networks.TryGetByNetworkCode(Code, out var row) && row.Index >= 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool GeneratedMccLookup() => Networks.ByMccAndMnc(Mcc, Mnc).Count > 0;

    /// <summary>
    /// The dictionary's input: (key, row) pairs read from the generated table, the cheapest source a hand-written
    /// client could have (no parsing of a file or resource). Timed apart from the build.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object LoadRowsByCode() => NetworkData.ByCode();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object LoadRowsByMccMnc() => NetworkData.ByMccMnc();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object BuildFrozen(object rows) => NetworkData.FrozenByCode((KeyValuePair<int, NetworksRow>[])rows);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool FrozenLookup(object d) => ((FrozenDictionary<int, NetworksRow>)d).TryGetValue(Code, out var row) && row.Index >= 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object BuildDictionary(object rows) => NetworkData.DictionaryByCode((KeyValuePair<int, NetworksRow>[])rows);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool DictionaryLookup(object d) => ((Dictionary<int, NetworksRow>)d).TryGetValue(Code, out var row) && row.Index >= 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object BuildFrozenMcc(object rows) => NetworkData.FrozenByMccMnc((KeyValuePair<(string, string), NetworksRow>[])rows);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool FrozenMccLookup(object d) => ((FrozenDictionary<(string, string), NetworksRow[]>)d).TryGetValue((Mcc, Mnc), out var rows) && rows.Length > 0;

    // ---- parent -----------------------------------------------------------------------------------------------

    /// <summary><c>cold &lt;kind|all&gt; [runs]</c>: spawns the children and prints the median of each phase.</summary>
    public static int Parent(string[] args)
    {
        var which = args.Length > 1 ? args[1] : "all";
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        var kinds = which == "all" ? Kinds : new[] { which };
        if (kinds.Any(k => !Kinds.Contains(k)))
        {
            Console.Error.WriteLine("usage: cold <" + string.Join("|", Kinds) + "|all> [runs]");
            return 2;
        }

        Console.WriteLine($"First lookup in a fresh process, {runs} processes per kind; microseconds, median [min - max].");
        Console.WriteLine($"Runtime {Environment.Version}, {RuntimeInformationText()}, {Environment.ProcessorCount} logical cores.");
        Console.WriteLine();
        Console.WriteLine($"| {"kind",-14} | {"read rows (µs)",-28} | {"build (µs)",-28} | {"first lookup (µs)",-28} | {"total (µs)",-28} | {"process wall (ms)",-17} |");
        Console.WriteLine($"| {new string('-', 14)} | {new string('-', 28)} | {new string('-', 28)} | {new string('-', 28)} | {new string('-', 28)} | {new string('-', 17)} |");
        foreach (var kind in kinds)
        {
            var rowsPhase = new List<double>();
            var build = new List<double>();
            var lookup = new List<double>();
            var total = new List<double>();
            var wall = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var (line, ms) = Spawn(kind);
                var values = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(p => p.Split('='))
                    .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
                rowsPhase.Add(values["rows"]);
                build.Add(values["build"]);
                lookup.Add(values["lookup"]);
                total.Add(values["total"]);
                wall.Add(ms);
            }
            Console.WriteLine($"| {kind,-14} | {Stat(rowsPhase),-28} | {Stat(build),-28} | {Stat(lookup),-28} | {Stat(total),-28} | {Median(wall),17:F1} |");
        }
        return 0;
    }

    private static string RuntimeInformationText() =>
        System.Runtime.InteropServices.RuntimeInformation.OSDescription + " " + System.Runtime.InteropServices.RuntimeInformation.OSArchitecture;

    private static string Stat(List<double> values) =>
        string.Create(CultureInfo.InvariantCulture, $"{Median(values),9:F1} [{values.Min():F1} - {values.Max():F1}]");

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Runs this executable as <c>cold-child kind</c>; returns its output line and its wall time (ms).</summary>
    private static (string Line, double WallMs) Spawn(string kind)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Under `dotnet SpecGen.Benchmarks.dll` the process is the muxer: pass the entry assembly to it.
        if (string.Equals(System.IO.Path.GetFileNameWithoutExtension(self), "dotnet", StringComparison.OrdinalIgnoreCase))
            info.ArgumentList.Add(typeof(ColdStart).Assembly.Location);
        info.ArgumentList.Add(ChildVerb);
        info.ArgumentList.Add(kind);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + self);
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0) throw new InvalidOperationException(kind + " child exited with " + process.ExitCode + ": " + error + output);
        return (output.Trim(), clock.Elapsed.TotalMilliseconds);
    }
}
