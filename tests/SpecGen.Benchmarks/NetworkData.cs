using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Mocean.V2;

namespace SpecGen.Benchmarks;

/// <summary>The rows of the generated <see cref="Networks"/> table as dictionary inputs, and fixed query sets.</summary>
internal static class NetworkData
{
    /// <summary>
    /// The network code of a row (the generated table stores it as text). Parsed by hand: int.Parse with a culture
    /// would load ICU (about 10 ms in a fresh process), which would be charged to the dictionaries in the cold-start mode.
    /// </summary>
    public static int Code(NetworksRow row)
    {
        var value = 0;
        foreach (var c in row.NetworkCodeSpan) value = value * 10 + (c - '0');
        return value;
    }

    public static IEnumerable<NetworksRow> Rows()
    {
        for (var i = 0; i < Networks.Count; i++) yield return Networks.RowAt(i);
    }

    /// <summary>Every row keyed by its network code.</summary>
    public static KeyValuePair<int, NetworksRow>[] ByCode()
    {
        var pairs = new KeyValuePair<int, NetworksRow>[Networks.Count];
        for (var i = 0; i < pairs.Length; i++)
        {
            var row = Networks.RowAt(i);
            pairs[i] = new KeyValuePair<int, NetworksRow>(Code(row), row);
        }
        return pairs;
    }

    /// <summary>Every row keyed by its (MCC, MNC) pair, as strings.</summary>
    public static KeyValuePair<(string Mcc, string Mnc), NetworksRow>[] ByMccMnc()
    {
        var pairs = new KeyValuePair<(string Mcc, string Mnc), NetworksRow>[Networks.Count];
        for (var i = 0; i < pairs.Length; i++)
        {
            var row = Networks.RowAt(i);
            pairs[i] = new KeyValuePair<(string Mcc, string Mnc), NetworksRow>((row.Mcc, row.Mnc), row);
        }
        return pairs;
    }

    public static FrozenDictionary<int, NetworksRow> FrozenByCode() => FrozenByCode(ByCode());

    public static FrozenDictionary<int, NetworksRow> FrozenByCode(KeyValuePair<int, NetworksRow>[] rows) => rows.ToFrozenDictionary();

    public static Dictionary<int, NetworksRow> DictionaryByCode() => DictionaryByCode(ByCode());

    public static Dictionary<int, NetworksRow> DictionaryByCode(KeyValuePair<int, NetworksRow>[] rows) => new(rows);

    public static FrozenDictionary<(string Mcc, string Mnc), NetworksRow[]> FrozenByMccMnc() => FrozenByMccMnc(ByMccMnc());

    /// <summary>The rows grouped by (MCC, MNC) (document order within a group), frozen.</summary>
    public static FrozenDictionary<(string Mcc, string Mnc), NetworksRow[]> FrozenByMccMnc(KeyValuePair<(string Mcc, string Mnc), NetworksRow>[] rows) =>
        rows.GroupBy(p => p.Key, p => p.Value).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary><paramref name="count"/> network codes, about 70% present in the table and 30% absent, in a fixed order.</summary>
    public static int[] CodeQueries(int count)
    {
        var codes = Rows().Select(Code).ToArray();
        var present = new HashSet<int>(codes);
        var random = new Random(20240601);
        var queries = new int[count];
        for (var i = 0; i < count; i++)
        {
            if (random.NextDouble() < 0.7) { queries[i] = codes[random.Next(codes.Length)]; continue; }
            int miss;
            do miss = random.Next(20000, 1_000_000); while (present.Contains(miss));
            queries[i] = miss;
        }
        return queries;
    }

    /// <summary>
    /// <paramref name="count"/> (MCC, MNC) pairs, about 70% carried by some row and 30% not (a known MCC with an unused
    /// MNC), in a fixed order. Fresh string instances, as if read from a request.
    /// </summary>
    public static (string Mcc, string Mnc)[] MccMncQueries(int count)
    {
        var pairs = Rows().Select(r => (r.Mcc, r.Mnc)).Distinct().ToArray();
        var present = new HashSet<(string, string)>(pairs);
        var random = new Random(20240602);
        var queries = new (string, string)[count];
        for (var i = 0; i < count; i++)
        {
            if (random.NextDouble() < 0.7)
            {
                var (mcc, mnc) = pairs[random.Next(pairs.Length)];
                queries[i] = (new string(mcc.AsSpan()), new string(mnc.AsSpan()));
                continue;
            }
            (string, string) miss;
            do miss = (pairs[random.Next(pairs.Length)].Mcc, random.Next(100, 1000).ToString(CultureInfo.InvariantCulture));
            while (present.Contains(miss));
            queries[i] = (new string(miss.Item1.AsSpan()), miss.Item2);
        }
        return queries;
    }
}
