using System.Globalization;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// Emits one non-unique index of a lookup (<c>ByMccAndMnc</c>): the rows grouped by their values in a permutation
    /// (each group contiguous, in document order), and a build-time hash table from a group's key to its range.
    /// When every value of the indexed columns is a short digit string (MCC, MNC) the key is the digits packed into a
    /// long, each value prefixed by a 1 so that leading zeros stay significant ("03" ≠ "3"): a lookup parses the
    /// arguments and compares one number, nothing else. The int overload groups by numeric value (250/20 finds
    /// "20" and "020"). Other columns hash the text (FNV-1a) and compare the cells of the group's first row.
    /// </summary>
    internal static class LookupIndexEmitter
    {
        private const ulong FnvOffset = 14695981039346656037UL;
        private const ulong FnvPrime = 1099511628211UL;

        public static void Emit(SourceWriter w, string row, string rowsType, List<LookupRow> rows, int[] columns, string[] names, Plan.LookupIndexBinding binding, int number, string rowType)
        {
            var n = number.ToString(CultureInfo.InvariantCulture);
            var maxLengths = columns.Select(c => rows.Count == 0 ? 0 : rows.Max(r => r.Values[c].Length)).ToArray();
            var digits = rows.All(r => columns.All(c => AllDigits(r.Values[c]))) && maxLengths.Sum(l => l + 1) <= 18;
            var numeric = digits && maxLengths.All(l => l <= 9);

            var textKeys = rows.Select(r => digits ? PackText(r, columns, maxLengths) : (long)Fnv(columns.Select(c => r.Values[c]))).ToArray();
            long? NumberKey(LookupRow r) => numeric && columns.All(c => r.Values[c].Length > 0) ? PackNumber(r, columns, maxLengths) : (long?)null;
            var numberKeys = rows.Select(NumberKey).ToArray();

            // The permutation: grouped by number (when the int overload exists), then by text, then document order.
            var order = Enumerable.Range(0, rows.Count).ToList();
            order.Sort((a, b) =>
            {
                int cmp;
                if (numeric)
                {
                    cmp = (numberKeys[a] is null).CompareTo(numberKeys[b] is null);
                    if (cmp != 0) return cmp;
                    cmp = (numberKeys[a] ?? 0).CompareTo(numberKeys[b] ?? 0);
                    if (cmp != 0) return cmp;
                }
                if (digits) cmp = textKeys[a].CompareTo(textKeys[b]);
                else cmp = CompareText(rows[a], rows[b], columns);
                return cmp != 0 ? cmp : a.CompareTo(b);
            });

            var arguments = binding.Parameters.AsArray();
            var parameters = string.Join(", ", arguments.Select(x => "global::System.ReadOnlySpan<char> " + x));
            var by = binding.Method;

            w.Line();
            w.Line("// Index " + n + " (" + string.Join(", ", names) + "): the rows grouped by value, each group contiguous and in document order.");
            LookupData.Span(w, "private", "Index" + n, rowType, order.Select(i => (long)i));
            var textGroups = Groups(order, i => textKeys[i] + "|" + (digits ? string.Empty : string.Join("\u0001", columns.Select(c => rows[i].Values[c]))), i => textKeys[i]);
            EmitTable(w, "Index" + n + "Text", textGroups, rowType, find: digits);

            w.Line();
            w.Line("/// <summary>Every row with these values of " + string.Join(", ", names) + " (several rows may share them), in document order; none when there is no such row.</summary>");
            w.Open("public static " + rowsType + " " + by + "(" + parameters + ")");
            if (digits)
            {
                w.Line("long key = 0;");
                var packs = columns.Select((c, i) => "PackDigits(" + arguments[i] + ", " + maxLengths[i].ToString(CultureInfo.InvariantCulture) + ", " + Pow10(maxLengths[i] + 1).ToString(CultureInfo.InvariantCulture) + "L, ref key)");
                w.Line("if (!(" + string.Join(" && ", packs) + ")) return default;");
                w.Line("var i = Index" + n + "TextFind(key);");
                w.Line("return i < 0 ? default : new " + rowsType + "(" + n + ", Index" + n + "TextStarts[i], Index" + n + "TextCounts[i]);");
            }
            else
            {
                w.Line("var hash = " + LookupData.ULong(FnvOffset) + ";");
                foreach (var a in arguments) w.Line("hash = Fnv(hash, " + a + ");");
                var checks = string.Join(" && ", columns.Select((c, i) => "CompareCell(first, " + c.ToString(CultureInfo.InvariantCulture) + ", " + arguments[i] + ") == 0"));
                w.Lines($$"""
                    var key = unchecked((long)hash);
                    var buckets = Index{{n}}TextBuckets;
                    var keys = Index{{n}}TextKeys;
                    var b = (int)(unchecked((ulong)key * {{LookupData.ULong(textGroups.Table.Multiplier)}}) >> {{textGroups.Table.Shift.ToString(CultureInfo.InvariantCulture)}});
                    for (int i = buckets[b], end = buckets[b + 1]; i < end; i++)
                    {
                        if (keys[i] != key) continue;
                        var start = Index{{n}}TextStarts[i];
                        var first = Index{{n}}[start];
                        if ({{checks}}) return new {{rowsType}}({{n}}, start, Index{{n}}TextCounts[i]);
                    }
                    return default;
                    """);
            }
            w.Close();

            if (digits && columns.Length == 2 && SharedLength(rows, columns[0]) is { } split)
            {
                var s = split.ToString(CultureInfo.InvariantCulture);
                var single = binding.JoinedParameter;
                w.Line();
                w.Line("/// <summary>Every row whose " + names[0] + " followed by " + names[1] + " is <paramref name=\"" + single + "\"/> (the first " + s + " characters are the " + names[0] + ", the rest the " + names[1] + "), in document order.</summary>");
                w.Line("public static " + rowsType + " " + by + "(global::System.ReadOnlySpan<char> " + single + ") => " + single + ".Length < " + s + " ? default : " + by + "(" + single + ".Slice(0, " + s + "), " + single + ".Slice(" + s + "));");
            }

            if (numeric)
            {
                // No second table: the permutation is ordered by numeric value first, so the text groups of one number
                // ("20", "020") are adjacent; the int overload looks up each zero-padding and joins the ranges.
                var intParameters = string.Join(", ", arguments.Select(x => "int " + x));
                w.Line();
                w.Line("/// <summary>Every row whose " + string.Join(", ", names) + " have these numeric values (leading zeros ignored: rows with \"020\" and \"20\" both match 20), grouped by text, each group in document order.</summary>");
                w.Open("public static " + rowsType + " " + by + "(" + intParameters + ")");
                var ranges = arguments.Select((a, i) => "(uint)" + a + " >= " + Pow10(maxLengths[i]).ToString(CultureInfo.InvariantCulture) + "u");
                w.Line("if (" + string.Join(" || ", ranges) + ") return default;");
                w.Line("int start = 0, end = 0;");
                var key = "0L";
                for (var i = 0; i < arguments.Length; i++)
                {
                    var p = "p" + i.ToString(CultureInfo.InvariantCulture);
                    var loop = "for (var " + p + " = DigitsPower(" + arguments[i] + "); " + p + " <= " + Pow10(maxLengths[i]).ToString(CultureInfo.InvariantCulture) + "L; " + p + " *= 10)";
                    if (i < arguments.Length - 1) w.Line(loop); else w.Open(loop);
                    key = (i == 0 ? string.Empty : "(" + key + ") * " + Pow10(maxLengths[i] + 1).ToString(CultureInfo.InvariantCulture) + "L + ") + p + " + " + arguments[i];
                }
                w.Line("var i = Index" + n + "TextFind(" + key + ");");
                w.Line("if (i < 0) continue;");
                w.Line("int s = Index" + n + "TextStarts[i], e = s + Index" + n + "TextCounts[i];");
                w.Line("if (end == start) { start = s; end = e; } else { if (s < start) start = s; if (e > end) end = e; }");
                w.Close();
                w.Line("return new " + rowsType + "(" + n + ", start, end - start);");
                w.Close();
            }
        }

        /// <summary>Helpers shared by every index of a lookup; emitted once.</summary>
        public static void EmitHelpers(SourceWriter w, bool digits, bool numeric, bool fnv)
        {
            if (numeric)
            {
                w.Line();
                w.Line("// 10^(number of digits of a non-negative value): the 1 that PackDigits puts before its shortest text (0 → 10, 20 → 100).");
                w.Line("private static long DigitsPower(int value) { long p = 10; while (p <= value) p *= 10; return p; }");
            }
            if (digits)
            {
                w.Lines("""

                    // Appends a value's digits to a key, prefixed by 1 so that leading zeros count ("03" → 103, "3" → 13, "" → 1).
                    private static bool PackDigits(global::System.ReadOnlySpan<char> value, int maxLength, long scale, ref long key)
                    {
                        if (value.Length > maxLength) return false;
                        long code = 1;
                        for (var i = 0; i < value.Length; i++)
                        {
                            var d = (uint)(value[i] - '0');
                            if (d > 9) return false;
                            code = code * 10 + d;
                        }
                        key = key * scale + code;
                        return true;
                    }
                    """);
            }
            if (fnv)
            {
                var prime = LookupData.ULong(FnvPrime);
                w.Lines($$"""

                    // FNV-1a over the characters, then a separator (the generator hashed the rows the same way).
                    private static ulong Fnv(ulong hash, global::System.ReadOnlySpan<char> value)
                    {
                        foreach (var c in value) hash = unchecked((hash ^ c) * {{prime}});
                        return unchecked((hash ^ 0xFFFFUL) * {{prime}});
                    }
                    """);
            }
        }

        public static bool UsesNumbers(List<LookupRow> rows, int[] columns) =>
            UsesDigits(rows, columns) && columns.All(c => rows.Count == 0 || rows.Max(r => r.Values[c].Length) <= 9);

        public static bool UsesDigits(List<LookupRow> rows, int[] columns) =>
            rows.All(r => columns.All(c => AllDigits(r.Values[c]))) && columns.Sum(c => (rows.Count == 0 ? 0 : rows.Max(r => r.Values[c].Length)) + 1) <= 18;

        private sealed class GroupTable
        {
            public GroupTable(List<long> keys, List<int> starts, List<int> counts, HashTable table)
            {
                Keys = keys;
                Starts = starts;
                Counts = counts;
                Table = table;
            }

            public List<long> Keys { get; }

            public List<int> Starts { get; }

            public List<int> Counts { get; }

            public HashTable Table { get; }
        }

        /// <summary>Runs of equal identity in the permutation, with their key, start and length, hashed by key.</summary>
        private static GroupTable Groups(List<int> order, Func<int, string> identity, Func<int, long> key)
        {
            var keys = new List<long>();
            var starts = new List<int>();
            var counts = new List<int>();
            string? current = null;
            for (var p = 0; p < order.Count; p++)
            {
                var id = identity(order[p]);
                if (current is not null && id == current)
                {
                    counts[counts.Count - 1]++;
                    continue;
                }
                current = id;
                keys.Add(key(order[p]));
                starts.Add(p);
                counts.Add(1);
            }
            return new GroupTable(keys, starts, counts, HashTable.Build(keys.Select(k => unchecked((ulong)k)).ToList()));
        }

        private static void EmitTable(SourceWriter w, string name, GroupTable groups, string rowType, bool find)
        {
            var t = groups.Table;
            var keys = t.Order.Select(i => groups.Keys[i]).ToList();
            w.Line("// " + groups.Keys.Count.ToString(CultureInfo.InvariantCulture) + " groups in " + (t.BucketStarts.Length - 1).ToString(CultureInfo.InvariantCulture) + " buckets: bucket = (key * multiplier) >> " + t.Shift.ToString(CultureInfo.InvariantCulture)
                + ", entries " + name + "Buckets[b].." + name + "Buckets[b + 1]; longest bucket " + t.LongestBucket.ToString(CultureInfo.InvariantCulture) + ", average probe " + t.AverageProbe.ToString("0.00", CultureInfo.InvariantCulture) + ".");
            LookupData.Span(w, "private", name + "Buckets", LookupData.UnsignedType(keys.Count), t.BucketStarts.Select(b => (long)b));
            LookupData.Span(w, "private", name + "Keys", "long", keys);
            LookupData.Span(w, "private", name + "Starts", rowType, t.Order.Select(i => (long)groups.Starts[i]));
            LookupData.Span(w, "private", name + "Counts", LookupData.UnsignedType(groups.Counts.Count == 0 ? 0 : groups.Counts.Max()), t.Order.Select(i => (long)groups.Counts[i]));
            if (!find) return;
            w.Lines($$"""

                private static int {{name}}Find(long key)
                {
                    var buckets = {{name}}Buckets;
                    var keys = {{name}}Keys;
                    var b = (int)(unchecked((ulong)key * {{LookupData.ULong(t.Multiplier)}}) >> {{t.Shift.ToString(CultureInfo.InvariantCulture)}});
                    for (int i = buckets[b], end = buckets[b + 1]; i < end; i++) if (keys[i] == key) return i;
                    return -1;
                }
                """);
        }

        private static bool AllDigits(string value)
        {
            foreach (var c in value) if (c < '0' || c > '9') return false;
            return true;
        }

        private static int? SharedLength(List<LookupRow> rows, int column)
        {
            var lengths = rows.Select(r => r.Values[column].Length).Where(l => l > 0).Distinct().ToList();
            return lengths.Count == 1 ? lengths[0] : (int?)null;
        }

        private static long Pow10(int exponent)
        {
            long p = 1;
            for (var i = 0; i < exponent; i++) p *= 10;
            return p;
        }

        private static long PackText(LookupRow row, int[] columns, int[] maxLengths)
        {
            long key = 0;
            for (var i = 0; i < columns.Length; i++)
            {
                var value = row.Values[columns[i]];
                long code = 1;
                foreach (var c in value) code = code * 10 + (c - '0');
                key = key * Pow10(maxLengths[i] + 1) + code;
            }
            return key;
        }

        private static long PackNumber(LookupRow row, int[] columns, int[] maxLengths)
        {
            long key = 0;
            for (var i = 0; i < columns.Length; i++)
            {
                key = key * Pow10(maxLengths[i]) + long.Parse(row.Values[columns[i]], NumberStyles.None, CultureInfo.InvariantCulture);
            }
            return key;
        }

        private static ulong Fnv(IEnumerable<string> values)
        {
            var hash = FnvOffset;
            foreach (var value in values)
            {
                foreach (var c in value) hash = unchecked((hash ^ c) * FnvPrime);
                hash = unchecked((hash ^ 0xFFFFUL) * FnvPrime);
            }
            return hash;
        }

        private static int CompareText(LookupRow a, LookupRow b, int[] columns)
        {
            foreach (var c in columns)
            {
                var cmp = string.CompareOrdinal(a.Values[c], b.Values[c]);
                if (cmp != 0) return cmp;
            }
            return 0;
        }
    }
}
