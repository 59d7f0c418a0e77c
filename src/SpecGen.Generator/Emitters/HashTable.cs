using System.Linq;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// An open-addressing table over integer keys, computed at build time: a multiplicative hash
    /// (the multiplier with the shortest probes among a few fixed ones, so output is deterministic)
    /// into a power-of-two table at most a quarter full, linear probing. Empty slots hold int.MinValue.
    /// </summary>
    internal sealed class HashTable
    {
        private static readonly uint[] Multipliers = { 0x9E3779B1u, 0x85EBCA6Bu, 0xC2B2AE35u, 0x27D4EB2Fu, 0x165667B1u, 0x7FEB352Du };

        private HashTable(int[] keys, int[] rows, uint multiplier, int shift, int longest, double average)
        {
            Keys = keys;
            Rows = rows;
            Multiplier = multiplier;
            Shift = shift;
            LongestProbe = longest;
            AverageProbe = average;
        }

        public int[] Keys { get; }

        public int[] Rows { get; }

        public uint Multiplier { get; }

        public int Shift { get; }

        public int LongestProbe { get; }

        public double AverageProbe { get; }

        public static HashTable Build(int[] keys)
        {
            var bits = 4;
            while ((1 << bits) < keys.Length * 4) bits++;
            HashTable? best = null;
            foreach (var multiplier in Multipliers)
            {
                var candidate = Fill(keys, multiplier, bits);
                if (best is null || candidate.AverageProbe < best.AverageProbe) best = candidate;
            }
            return best!;
        }

        private static HashTable Fill(int[] keys, uint multiplier, int bits)
        {
            var size = 1 << bits;
            var shift = 32 - bits;
            var slots = Enumerable.Repeat(int.MinValue, size).ToArray();
            var rows = new int[size];
            long total = 0;
            var longest = 0;
            for (var r = 0; r < keys.Length; r++)
            {
                var i = (int)(unchecked((uint)keys[r] * multiplier) >> shift);
                var probe = 1;
                while (slots[i] != int.MinValue)
                {
                    i = (i + 1) & (size - 1);
                    probe++;
                }
                slots[i] = keys[r];
                rows[i] = r;
                total += probe;
                if (probe > longest) longest = probe;
            }
            return new HashTable(slots, rows, multiplier, shift, longest, keys.Length == 0 ? 0 : (double)total / keys.Length);
        }
    }
}
