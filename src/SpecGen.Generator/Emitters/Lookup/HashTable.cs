namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// A bucketed hash table over 64-bit keys, computed at build time. Bucket = (key * multiplier) &gt;&gt; shift
    /// (multiplicative hashing, the multiplier with the fewest collisions among a few fixed ones, so the output is
    /// deterministic); one bucket per key rounded up to a power of two (load factor 0.5-1). The entries are stored
    /// in bucket order and a bucket is the range BucketStarts[b]..BucketStarts[b + 1], so the emitted data has no
    /// empty slots: one number per bucket boundary and per entry, nothing else.
    /// </summary>
    /// <param name="Multiplier">The multiplier of the hash.</param>
    /// <param name="Shift">How far the product is shifted right (64 minus the bits of the bucket count).</param>
    /// <param name="BucketStarts">Bucket b holds the entries BucketStarts[b]..BucketStarts[b + 1] (length: buckets + 1).</param>
    /// <param name="Order">Entry i is the input key at Order[i] (inputs keep their order within a bucket).</param>
    /// <param name="LongestBucket">The most entries in one bucket.</param>
    /// <param name="AverageProbe">Average number of key comparisons of a successful lookup.</param>
    internal sealed record HashTable(ulong Multiplier, int Shift, int[] BucketStarts, int[] Order, int LongestBucket, double AverageProbe)
    {
        private static readonly ulong[] Multipliers =
        {
            0x9E3779B97F4A7C15UL, 0xC2B2AE3D27D4EB4FUL, 0x165667B19E3779F9UL, 0xD6E8FEB86659FD93UL, 0xFF51AFD7ED558CCDUL, 0xC4CEB9FE1A85EC53UL,
        };

        /// <summary>The bucket of a key; the generated lookups compute the same expression.</summary>
        public static int Bucket(ulong key, ulong multiplier, int shift) => (int)unchecked((key * multiplier) >> shift);

        public static HashTable Build(IReadOnlyList<ulong> keys)
        {
            var bits = 1;
            while ((1 << bits) < keys.Count) bits++;
            var shift = 64 - bits;
            HashTable? best = null;
            long bestCost = long.MaxValue;
            foreach (var multiplier in Multipliers)
            {
                var sizes = new int[1 << bits];
                foreach (var key in keys) sizes[Bucket(key, multiplier, shift)]++;
                long cost = 0;
                foreach (var s in sizes) cost += (long)s * (s + 1) / 2;
                if (cost >= bestCost) continue;
                bestCost = cost;
                best = Fill(keys, multiplier, shift, sizes, cost);
            }
            return best!;
        }

        private static HashTable Fill(IReadOnlyList<ulong> keys, ulong multiplier, int shift, int[] sizes, long cost)
        {
            var starts = new int[sizes.Length + 1];
            var longest = 0;
            for (var b = 0; b < sizes.Length; b++)
            {
                starts[b + 1] = starts[b] + sizes[b];
                if (sizes[b] > longest) longest = sizes[b];
            }
            var next = (int[])starts.Clone();
            var order = new int[keys.Count];
            for (var i = 0; i < keys.Count; i++) order[next[Bucket(keys[i], multiplier, shift)]++] = i;
            return new HashTable(multiplier, shift, starts, order, longest, keys.Count == 0 ? 0 : (double)cost / keys.Count);
        }
    }
}
