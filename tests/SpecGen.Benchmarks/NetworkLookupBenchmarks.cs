using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Mocean.V2;

namespace SpecGen.Benchmarks;

/// <summary>
/// Steady-state lookup by network code: the generated <see cref="Networks.TryGetByNetworkCode(int, out NetworksRow)"/>
/// (build-time hash table over constant data) against a FrozenDictionary and a Dictionary holding the same rows.
/// Each invocation looks up the same 1,000 codes (about 70% hits); times are per lookup.
/// </summary>
[MemoryDiagnoser]
public class NetworkCodeLookupBenchmarks
{
    private const int Lookups = 1000;

    private int[] _codes = null!;
    private FrozenDictionary<int, NetworksRow> _frozen = null!;
    private Dictionary<int, NetworksRow> _dictionary = null!;

    [GlobalSetup]
    public void Setup()
    {
        _codes = NetworkData.CodeQueries(Lookups);
        _frozen = NetworkData.FrozenByCode();
        _dictionary = NetworkData.DictionaryByCode();

        // The three must agree on every query.
        foreach (var code in _codes)
        {
            var a = Networks.TryGetByNetworkCode(code, out var ra);
            var b = _frozen.TryGetValue(code, out var rb);
            var c = _dictionary.TryGetValue(code, out var rc);
            if (a != b || a != c || ra.Index != rb.Index || ra.Index != rc.Index) throw new InvalidOperationException("lookups disagree on " + code);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups, Description = "FrozenDictionary<int, Row>.TryGetValue")]
    public int FrozenDictionary()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            if (_frozen.TryGetValue(code, out var row)) sum += row.Index;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "Dictionary<int, Row>.TryGetValue")]
    public int Dictionary()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            if (_dictionary.TryGetValue(code, out var row)) sum += row.Index;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "Networks.TryGetByNetworkCode (generated)")]
    public int Generated()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            if (Networks.TryGetByNetworkCode(code, out var row)) sum += row.Index;
        }
        return sum;
    }
}

/// <summary>
/// Steady-state lookup of every row with an (MCC, MNC) pair: the generated <c>Networks.ByMccAndMnc</c> overloads
/// (digits packed into one number, build-time hash table) against a FrozenDictionary keyed by the (string, string)
/// pair. Each invocation looks up the same 1,000 pairs (about 70% hits); times are per lookup. The int overload gets
/// the same pairs parsed, the single-key overload the two strings concatenated ("50213"), both prepared in setup.
/// </summary>
[MemoryDiagnoser]
public class MccMncLookupBenchmarks
{
    private const int Lookups = 1000;

    private (string Mcc, string Mnc)[] _pairs = null!;
    private (int Mcc, int Mnc)[] _numbers = null!;
    private string[] _joined = null!;
    private FrozenDictionary<(string Mcc, string Mnc), NetworksRow[]> _frozen = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pairs = NetworkData.MccMncQueries(Lookups);
        _numbers = Array.ConvertAll(_pairs, p => (Number(p.Mcc), Number(p.Mnc)));
        _joined = Array.ConvertAll(_pairs, p => p.Mcc + p.Mnc);
        _frozen = NetworkData.FrozenByMccMnc();
        for (var q = 0; q < _pairs.Length; q++)
        {
            // The single key finds the same rows; the int overload finds every row with the same numeric values.
            var (mcc, mnc) = _pairs[q];
            var joined = Networks.ByMccAndMnc(_joined[q]);
            var pair = Networks.ByMccAndMnc(mcc, mnc);
            if (mcc.Length == 3 && joined.Count != pair.Count || (pair.Count > 0 && joined[0].Index != pair[0].Index)) throw new InvalidOperationException("single key disagrees on " + _joined[q]);
            var numeric = Networks.ByMccAndMnc(_numbers[q].Mcc, _numbers[q].Mnc);
            var expected = 0;
            for (var i = 0; i < Networks.Count; i++)
            {
                var row = Networks.RowAt(i);
                if (row.Mcc.Length > 0 && row.Mnc.Length > 0 && int.Parse(row.Mcc, System.Globalization.CultureInfo.InvariantCulture) == _numbers[q].Mcc && int.Parse(row.Mnc, System.Globalization.CultureInfo.InvariantCulture) == _numbers[q].Mnc) expected++;
            }
            if (numeric.Count != expected) throw new InvalidOperationException("int overload disagrees on " + _numbers[q]);
        }
        static int Number(string text) => int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
        foreach (var (mcc, mnc) in _pairs)
        {
            var generated = Networks.ByMccAndMnc(mcc, mnc);
            var expected = _frozen.TryGetValue((mcc, mnc), out var rows) ? rows : Array.Empty<NetworksRow>();
            if (generated.Count != expected.Length) throw new InvalidOperationException("lookups disagree on " + mcc + "/" + mnc);
            for (var i = 0; i < expected.Length; i++)
            {
                if (generated[i].Index != expected[i].Index) throw new InvalidOperationException("row order differs on " + mcc + "/" + mnc);
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups, Description = "FrozenDictionary<(string, string), Row[]>.TryGetValue")]
    public int FrozenDictionary()
    {
        var sum = 0;
        foreach (var pair in _pairs)
        {
            if (_frozen.TryGetValue(pair, out var rows)) sum += rows.Length;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "Networks.ByMccAndMnc (generated)")]
    public int Generated()
    {
        var sum = 0;
        foreach (var (mcc, mnc) in _pairs) sum += Networks.ByMccAndMnc(mcc, mnc).Count;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "Networks.ByMccAndMnc(int, int) (generated)")]
    public int GeneratedInt()
    {
        var sum = 0;
        foreach (var (mcc, mnc) in _numbers) sum += Networks.ByMccAndMnc(mcc, mnc).Count;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "Networks.ByMccAndMnc(\"50213\") (generated)")]
    public int GeneratedSingleKey()
    {
        var sum = 0;
        foreach (var key in _joined) sum += Networks.ByMccAndMnc(key).Count;
        return sum;
    }
}
