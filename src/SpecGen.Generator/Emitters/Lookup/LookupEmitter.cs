using System.Globalization;
using System.Text;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// Emits a lookup table as data, not code: one string literal holding every cell, a span of cell offsets, and
    /// for the key and each index a hash table computed at build time (read-only data, see <see cref="HashTable"/>
    /// and <see cref="LookupIndexEmitter"/>). No static constructor, no big switch, nothing allocated per lookup.
    /// </summary>
    internal static class LookupEmitter
    {
        public static void Emit(SourceWriter w, LookupSpec lookup, Plan.LookupBinding names)
        {
            var name = names.ClassName;
            var row = names.RowName;
            var columns = lookup.Columns.AsArray();
            var rows = lookup.Rows.Where(r => r.Values.Count == columns.Length).ToList();
            var data = new StringBuilder();
            var offsets = new List<int>();
            foreach (var r in rows)
            {
                foreach (var v in r.Values)
                {
                    offsets.Add(data.Length);
                    data.Append(v);
                }
            }
            offsets.Add(data.Length);
            var offsetType = data.Length <= ushort.MaxValue ? "ushort" : "int";
            var rowType = rows.Count <= ushort.MaxValue ? "ushort" : "int";

            EmitRow(w, lookup, names, columns);

            w.Doc((lookup.Description ?? lookup.Name) + "\n" + rows.Count.ToString(CultureInfo.InvariantCulture) + " rows" + (lookup.Source is null ? string.Empty : " (source: " + lookup.Source + ")") + ".", lookup.Note);
            w.Line(Generated.Attribute);
            w.Open("public static partial class " + name);
            w.Lines($$"""
                /// <summary>Number of rows.</summary>
                public const int Count = {{rows.Count.ToString(CultureInfo.InvariantCulture)}};
                /// <summary>The column names, in order.</summary>
                public static global::System.ReadOnlySpan<string> Columns => new string[] { {{string.Join(", ", columns.Select(CSharp.Literal))}} };

                """);
            // A string literal read as a span is stored once, in the user-string heap (a const would be stored twice:
            // as the field's constant and again at every use). Offsets are read-only data in the narrowest type.
            w.Line("// Every cell, concatenated; cell i spans Offsets[i]..Offsets[i + 1].");
            w.Line("internal static global::System.ReadOnlySpan<char> Data => " + CSharp.Literal(data.ToString()) + ";");
            LookupData.Span(w, "internal", "Offsets", offsetType, offsets.Select(o => (long)o));
            var width = columns.Length.ToString(CultureInfo.InvariantCulture);
            w.Lines($$"""

                /// <summary>The row at a position (0-based, document order).</summary>
                public static {{row}} RowAt(int index) => (uint)index < Count ? new {{row}}(index) : throw new global::System.ArgumentOutOfRangeException(nameof(index));

                internal static global::System.ReadOnlySpan<char> Cell(int row, int column) { var i = row * {{width}} + column; var offsets = Offsets; return Data.Slice(offsets[i], offsets[i + 1] - offsets[i]); }

                """);
            // Searches compare against Data directly and search by hand: the first call in a process then
            // loads and compiles no generic span helpers (they cost more than a millisecond cold).
            w.Lines($$"""
                internal static int CompareCell(int row, int column, global::System.ReadOnlySpan<char> value)
                {
                    var i = row * {{width}} + column;
                    var offsets = Offsets;
                    int start = offsets[i], length = offsets[i + 1] - start;
                    var n = length < value.Length ? length : value.Length;
                    var data = Data;
                    for (var k = 0; k < n; k++) { var d = data[start + k] - value[k]; if (d != 0) return d; }
                    return length - value.Length;
                }
                """);

            if (lookup.Key is { } key && Array.IndexOf(columns, key) is var keyIndex && keyIndex >= 0)
            {
                EmitKey(w, lookup, row, names.KeyMethod!, rows, keyIndex, rowType);
            }
            var indexNumber = 0;
            bool digits = false, numeric = false, fnv = false;
            for (var k = 0; k < lookup.Indexes.Count; k++)
            {
                var index = lookup.Indexes[k];
                var idx = index.Select(c => Array.IndexOf(columns, c)).ToArray();
                if (idx.Any(i => i < 0)) continue;
                if (LookupIndexEmitter.UsesDigits(rows, idx)) digits = true; else fnv = true;
                if (LookupIndexEmitter.UsesNumbers(rows, idx)) numeric = true;
                LookupIndexEmitter.Emit(w, row, names.RowsName, rows, idx, index.AsArray(), names.Indexes[k], indexNumber++, rowType);
            }
            if (indexNumber > 0) LookupIndexEmitter.EmitHelpers(w, digits, numeric, fnv);
            // Always there: the rows type reads through it (a table without indexes makes no rows value, but compiles).
            w.Line();
            w.Line("internal static int IndexRow(int index, int position) => index switch");
            w.Line("{");
            for (var i = 0; i < indexNumber; i++) w.Line("    " + i.ToString(CultureInfo.InvariantCulture) + " => Index" + i.ToString(CultureInfo.InvariantCulture) + "[position],");
            w.Line("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),");
            w.Line("};");
            w.Close();
        }

        private static void EmitRow(SourceWriter w, LookupSpec lookup, Plan.LookupBinding names, string[] columns)
        {
            var (name, row, rows) = (names.ClassName, names.RowName, names.RowsName);
            w.Doc("One row of " + lookup.Name + ". A small handle: reading a column as a string allocates it; the *Span members do not.");
            w.Line(Generated.Attribute);
            w.Lines($$"""
                public readonly struct {{row}} : global::System.IEquatable<{{row}}>
                {
                    internal {{row}}(int index) => Index = index;
                    /// <summary>Position in the table (document order).</summary>
                    public int Index { get; }
                """);
            for (var c = 0; c < columns.Length; c++)
            {
                var prop = names.Columns[c];
                var cell = name + ".Cell(Index, " + c.ToString(CultureInfo.InvariantCulture) + ")";
                w.Lines($$"""
                        /// <summary>Column <c>{{columns[c]}}</c>.</summary>
                        public string {{prop}} => {{cell}}.ToString();
                        /// <summary>Column <c>{{columns[c]}}</c> without allocating.</summary>
                        public global::System.ReadOnlySpan<char> {{prop}}Span => {{cell}};
                    """);
            }
            w.Lines($$"""
                    /// <inheritdoc />
                    public bool Equals({{row}} other) => Index == other.Index;
                    /// <inheritdoc />
                    public override bool Equals(object? obj) => obj is {{row}} other && Equals(other);
                    /// <inheritdoc />
                    public override int GetHashCode() => Index;
                    /// <inheritdoc />
                    public override string ToString() => string.Join(" | ", new string[] { {{string.Join(", ", names.Columns)}} });
                }

                """);
            w.Doc("The rows of " + lookup.Name + " that share an index value (no allocation).");
            w.Line(Generated.Attribute);
            w.Lines($$"""
                public readonly struct {{rows}}
                {
                    private readonly int _start;
                    private readonly int _index;
                    internal {{rows}}(int index, int start, int count) { _index = index; _start = start; Count = count; }
                    /// <summary>Number of rows.</summary>
                    public int Count { get; }
                    /// <summary>The i-th row.</summary>
                    public {{row}} this[int i] => (uint)i < (uint)Count ? new {{row}}({{name}}.IndexRow(_index, _start + i)) : throw new global::System.ArgumentOutOfRangeException(nameof(i));
                    /// <summary>Enumerates the rows.</summary>
                    public Enumerator GetEnumerator() => new Enumerator(this);
                    /// <summary>Struct enumerator.</summary>
                    public struct Enumerator
                    {
                        private readonly {{rows}} _rows;
                        private int _i;
                        internal Enumerator({{rows}} rows) { _rows = rows; _i = -1; }
                        /// <summary>Advances.</summary>
                        public bool MoveNext() => ++_i < _rows.Count;
                        /// <summary>The current row.</summary>
                        public {{row}} Current => _rows[_i];
                    }
                }

                """);
        }

        private static bool AllIntegers(List<LookupRow> rows, int column) =>
            rows.All(r => int.TryParse(r.Values[column], NumberStyles.None, CultureInfo.InvariantCulture, out _));

        private static void EmitKey(SourceWriter w, LookupSpec lookup, string row, string find, List<LookupRow> rows, int keyIndex, string rowType)
        {
            var order = Enumerable.Range(0, rows.Count).ToList();
            w.Line();
            if (AllIntegers(rows, keyIndex))
            {
                var keys = rows.Select(r => int.Parse(r.Values[keyIndex], CultureInfo.InvariantCulture)).ToArray();
                var table = HashTable.Build(keys.Select(k => (ulong)k).ToList());
                var multiplier = LookupData.ULong(table.Multiplier);
                var shift = table.Shift.ToString(CultureInfo.InvariantCulture);
                w.Line("// Hash computed at build time: " + (table.BucketStarts.Length - 1).ToString(CultureInfo.InvariantCulture) + " buckets, bucket = (key * multiplier) >> " + shift + ", entries KeyBuckets[b]..KeyBuckets[b + 1];");
                w.Line("// longest bucket " + table.LongestBucket.ToString(CultureInfo.InvariantCulture) + ", average probe " + table.AverageProbe.ToString("0.00", CultureInfo.InvariantCulture) + ".");
                LookupData.Span(w, "private", "KeyBuckets", LookupData.UnsignedType(keys.Length), table.BucketStarts.Select(b => (long)b));
                LookupData.Span(w, "private", "KeyValues", "int", table.Order.Select(i => (long)keys[i]));
                LookupData.Span(w, "private", "KeyRows", rowType, table.Order.Select(i => (long)i));
                w.Lines($$"""

                    /// <summary>Finds the row whose <c>{{lookup.Key}}</c> is <paramref name="key"/> (hash computed at build time, no allocation).</summary>
                    public static bool {{find}}(int key, out {{row}} row)
                    {
                        var buckets = KeyBuckets;
                        var keys = KeyValues;
                        var b = (int)(unchecked((ulong)(long)key * {{multiplier}}) >> {{shift}});
                        for (int i = buckets[b], end = buckets[b + 1]; i < end; i++)
                        {
                            if (keys[i] == key) { row = new {{row}}(KeyRows[i]); return true; }
                        }
                        row = default;
                        return false;
                    }

                    /// <summary>Finds the row by the key's text (leading zeros are significant).</summary>
                    public static bool {{find}}(global::System.ReadOnlySpan<char> key, out {{row}} row)
                    {
                        row = default;
                        return int.TryParse(key, global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture, out var k) && {{find}}(k, out row) && CompareCell(row.Index, {{keyIndex.ToString(CultureInfo.InvariantCulture)}}, key) == 0;
                    }
                    """);
            }
            else
            {
                order.Sort((a, b) => string.CompareOrdinal(rows[a].Values[keyIndex], rows[b].Values[keyIndex]));
                w.Lines($$"""
                    private static global::System.ReadOnlySpan<{{rowType}}> KeyRows => new {{rowType}}[] { {{string.Join(",", order)}} };

                    /// <summary>Finds the row whose <c>{{lookup.Key}}</c> is <paramref name="key"/> (binary search, no allocation).</summary>
                    public static bool {{find}}(global::System.ReadOnlySpan<char> key, out {{row}} row)
                    {
                        int lo = 0, hi = KeyRows.Length - 1;
                        while (lo <= hi)
                        {
                            var mid = (lo + hi) >> 1;
                            var cmp = CompareCell(KeyRows[mid], {{keyIndex.ToString(CultureInfo.InvariantCulture)}}, key);
                            if (cmp == 0) { row = new {{row}}(KeyRows[mid]); return true; }
                            if (cmp < 0) lo = mid + 1; else hi = mid - 1;
                        }
                        row = default;
                        return false;
                    }
                    """);
            }
        }
    }
}
