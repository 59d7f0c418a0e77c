using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SpecGen.Analyzers.Values
{
    /// <summary>
    /// Maps each character of a string literal's value to its position in the source, so a diagnostic
    /// about a JSON value lands on the exact characters (regular, verbatim and raw literals).
    /// </summary>
    public sealed class StringLiteralMap
    {
        private readonly SyntaxToken _token;
        private readonly int[] _starts;
        private readonly int[] _ends;

        private StringLiteralMap(SyntaxToken token, string value, int[] starts, int[] ends)
        {
            _token = token;
            Value = value;
            _starts = starts;
            _ends = ends;
        }

        /// <summary>The literal's value.</summary>
        public string Value { get; }

        /// <summary>The source location of the value characters [start, end); the whole token when out of range.</summary>
        public Location Locate(int start, int end)
        {
            if (start < 0 || end > Value.Length || start >= end) return _token.GetLocation();
            var span = TextSpan.FromBounds(_starts[start], _ends[end - 1]);
            return Location.Create(_token.SyntaxTree!, span);
        }

        /// <summary>A map of a string literal token; null when the literal's form is not understood.</summary>
        public static StringLiteralMap? Create(SyntaxToken token)
        {
            var text = token.Text;
            var value = token.ValueText;
            var starts = new List<int>(value.Length);
            var ends = new List<int>(value.Length);
            var origin = token.SpanStart;
            bool ok;
            if (token.IsKind(SyntaxKind.StringLiteralToken) && text.StartsWith("@", StringComparison.Ordinal)) ok = Verbatim(text, origin, starts, ends);
            else if (token.IsKind(SyntaxKind.StringLiteralToken)) ok = Regular(text, origin, starts, ends);
            else if (token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken)) ok = RawSingle(text, origin, starts, ends);
            else if (token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)) ok = RawMulti(text, origin, starts, ends);
            else ok = false;
            if (!ok || starts.Count != value.Length) return null;
            // Every character written as itself must be the same character in the value.
            for (var i = 0; i < value.Length; i++)
            {
                if (ends[i] - starts[i] == 1 && text[starts[i] - origin] != value[i]) return null;
            }
            return new StringLiteralMap(token, value, starts.ToArray(), ends.ToArray());
        }

        private static bool Regular(string text, int origin, List<int> starts, List<int> ends)
        {
            if (text.Length < 2 || text[0] != '"' || text[text.Length - 1] != '"') return false;
            var i = 1;
            var last = text.Length - 1;
            while (i < last)
            {
                var c = text[i];
                if (c != '\\')
                {
                    Add(starts, ends, origin + i, origin + i + 1);
                    i++;
                    continue;
                }
                if (i + 1 >= last) return false;
                var e = text[i + 1];
                switch (e)
                {
                    case 'u':
                        Add(starts, ends, origin + i, origin + i + 6);
                        i += 6;
                        break;
                    case 'U':
                    {
                        if (i + 10 > last) return false;
                        var hex = text.Substring(i + 2, 8);
                        if (!uint.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var cp)) return false;
                        var count = cp > 0xFFFF ? 2 : 1;
                        for (var k = 0; k < count; k++) Add(starts, ends, origin + i, origin + i + 10);
                        i += 10;
                        break;
                    }
                    case 'x':
                    {
                        var j = i + 2;
                        while (j < last && j < i + 6 && Uri.IsHexDigit(text[j])) j++;
                        Add(starts, ends, origin + i, origin + j);
                        i = j;
                        break;
                    }
                    default:
                        Add(starts, ends, origin + i, origin + i + 2);
                        i += 2;
                        break;
                }
            }
            return true;
        }

        private static bool Verbatim(string text, int origin, List<int> starts, List<int> ends)
        {
            if (text.Length < 3 || text[1] != '"' || text[text.Length - 1] != '"') return false;
            var i = 2;
            var last = text.Length - 1;
            while (i < last)
            {
                if (text[i] == '"' && i + 1 < last && text[i + 1] == '"')
                {
                    Add(starts, ends, origin + i, origin + i + 2);
                    i += 2;
                }
                else
                {
                    Add(starts, ends, origin + i, origin + i + 1);
                    i++;
                }
            }
            return true;
        }

        private static int Quotes(string text)
        {
            var n = 0;
            while (n < text.Length && text[n] == '"') n++;
            return n;
        }

        private static bool RawSingle(string text, int origin, List<int> starts, List<int> ends)
        {
            var q = Quotes(text);
            if (q < 3 || text.Length < 2 * q) return false;
            for (var i = q; i < text.Length - q; i++) Add(starts, ends, origin + i, origin + i + 1);
            return true;
        }

        private static bool RawMulti(string text, int origin, List<int> starts, List<int> ends)
        {
            var q = Quotes(text);
            if (q < 3) return false;
            // Lines: [opening line][content lines...][closing line: indentation + quotes]
            var lines = new List<(int Start, int End, int Next)>(); // [Start, End) excludes the line break; Next starts the next line
            var pos = 0;
            while (pos <= text.Length)
            {
                var end = pos;
                while (end < text.Length && text[end] != '\r' && text[end] != '\n') end++;
                var next = end;
                if (next < text.Length && text[next] == '\r') next++;
                if (next < text.Length && text[next] == '\n') next++;
                lines.Add((pos, end, next));
                if (end >= text.Length) break;
                pos = next;
            }
            if (lines.Count < 3) return false;
            var closing = lines[lines.Count - 1];
            var closingText = text.Substring(closing.Start, closing.End - closing.Start);
            var indent = closingText.Length - closingText.TrimStart(' ', '\t').Length;
            for (var li = 1; li < lines.Count - 1; li++)
            {
                var line = lines[li];
                var contentStart = line.End - line.Start < indent ? line.End : line.Start + indent;
                for (var i = contentStart; i < line.End; i++) Add(starts, ends, origin + i, origin + i + 1);
                if (li < lines.Count - 2)
                {
                    for (var i = line.End; i < line.Next; i++) Add(starts, ends, origin + i, origin + i + 1);
                }
            }
            return true;
        }

        private static void Add(List<int> starts, List<int> ends, int start, int end)
        {
            starts.Add(start);
            ends.Add(end);
        }
    }
}
