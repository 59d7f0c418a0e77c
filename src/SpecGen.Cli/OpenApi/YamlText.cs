using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SpecGen.Cli.OpenApi
{
    /// <summary>
    /// Writes a tree of <see cref="Dictionary{TKey,TValue}"/> (string keys, insertion order kept), lists and scalars as
    /// spec YAML. Strings are written plain only when YAML cannot read them as anything else; otherwise double-quoted.
    /// </summary>
    internal static class YamlText
    {
        private static readonly Regex Plain = new Regex(@"^[A-Za-z_/][A-Za-z0-9_ ./()+-]*$", RegexOptions.CultureInvariant);
        private static readonly HashSet<string> Reserved = new HashSet<string> { "true", "false", "null", "yes", "no", "on", "off", "y", "n", "True", "False", "Null", "NULL", "Yes", "No", "On", "Off", "TRUE", "FALSE", "YES", "NO", "ON", "OFF", "Y", "N" };

        public static string Write(Dictionary<string, object?> root)
        {
            var sb = new StringBuilder();
            WriteMap(sb, root, 0);
            return sb.ToString();
        }

        private static void WriteMap(StringBuilder sb, Dictionary<string, object?> map, int indent)
        {
            foreach (var pair in map)
            {
                if (pair.Value is null) continue;
                sb.Append(' ', indent).Append(Key(pair.Key)).Append(':');
                WriteValue(sb, pair.Value, indent);
            }
        }

        // Writes what follows "key:" (or "-"): an inline scalar/flow value, or a nested block on the next lines.
        private static void WriteValue(StringBuilder sb, object value, int indent)
        {
            switch (value)
            {
                case Dictionary<string, object?> map when map.Count == 0:
                    sb.Append(" {}\n");
                    break;
                case Dictionary<string, object?> map:
                    sb.Append('\n');
                    WriteMap(sb, map, indent + 2);
                    break;
                case IList list when list.Count == 0:
                    sb.Append(" []\n");
                    break;
                case IList list when IsScalarList(list):
                    sb.Append(" [");
                    for (var i = 0; i < list.Count; i++) sb.Append(i > 0 ? ", " : string.Empty).Append(Scalar(list[i]!, flow: true));
                    sb.Append("]\n");
                    break;
                case IList list:
                    sb.Append('\n');
                    foreach (var item in list)
                    {
                        if (item is Dictionary<string, object?> m && m.Count > 0)
                        {
                            // "- first: value" then the other keys aligned under it.
                            var inner = new StringBuilder();
                            WriteMap(inner, m, indent + 4);
                            var text = inner.ToString();
                            sb.Append(' ', indent + 2).Append("- ").Append(text.Substring(indent + 4));
                        }
                        else
                        {
                            sb.Append(' ', indent + 2).Append('-');
                            WriteValue(sb, item!, indent + 2);
                        }
                    }
                    break;
                default:
                    sb.Append(' ').Append(Scalar(value, flow: false)).Append('\n');
                    break;
            }
        }

        private static bool IsScalarList(IList list)
        {
            foreach (var item in list)
            {
                if (item is Dictionary<string, object?> || item is IList) return false;
            }
            return true;
        }

        private static string Key(string key) => Plain.IsMatch(key) && !Reserved.Contains(key) && !key.Contains(" ") ? key : Quote(key);

        private static string Scalar(object value, bool flow) => value switch
        {
            bool b => b ? "true" : "false",
            int i => i.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture),
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            string s => Plain.IsMatch(s) && !Reserved.Contains(s) && !s.EndsWith(" ", System.StringComparison.Ordinal) ? s : Quote(s),
            _ => Quote(value.ToString() ?? string.Empty),
        };

        /// <summary>A YAML double-quoted scalar: YAML reads the JSON escapes (control characters as <c>\u00XX</c>).</summary>
        private static string Quote(string s) => SpecGen.Shared.Text.QuotedString.Json(s);
    }
}
