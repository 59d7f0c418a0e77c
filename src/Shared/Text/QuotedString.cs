using System.Globalization;
using System.Text;

namespace SpecGen.Shared.Text
{
    /// <summary>
    /// The one writer of double-quoted string literals, for the three languages SpecGen writes: JSON (lock files),
    /// YAML (imported specs) and C# (generated code). All three read <c>\" \\ \n \r \t</c> and <c>\uXXXX</c> alike, so
    /// they share one escaping; C# adds what a C# literal cannot hold as is (<c>\0</c>, lone surrogates, DEL and the C1
    /// controls, and U+2028/U+2029, which end a line in C# source).
    /// </summary>
    internal static class QuotedString
    {
        /// <summary>A JSON (or YAML double-quoted) string literal.</summary>
        public static string Json(string value) => Append(new StringBuilder(value.Length + 2), value, csharp: false).ToString();

        /// <summary>A C# regular string literal.</summary>
        public static string CSharp(string value) => Append(new StringBuilder(value.Length + 2), value, csharp: true).ToString();

        /// <summary>Appends <paramref name="value"/> quoted and escaped to <paramref name="sb"/>.</summary>
        public static StringBuilder Append(StringBuilder sb, string value, bool csharp)
        {
            sb.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\0' when csharp: sb.Append("\\0"); break;
                    default:
                        if (c < 32 || (csharp && ((c >= 0x7f && c < 0xa0) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029'))) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            return sb.Append('"');
        }
    }
}
