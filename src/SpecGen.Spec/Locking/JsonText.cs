using System.Collections;
using System.Globalization;
using System.Text;

namespace SpecGen.Spec.Locking
{
    /// <summary>Indented JSON for trees of ordered maps (<see cref="List{T}"/> of key/value pairs), lists and scalars.</summary>
    internal static class JsonText
    {
        public static string Write(object? value)
        {
            var sb = new StringBuilder();
            Write(sb, value, 0);
            return sb.Append('\n').ToString();
        }

        private static void Write(StringBuilder sb, object? value, int indent)
        {
            switch (value)
            {
                case null: sb.Append("null"); break;
                case bool b: sb.Append(b ? "true" : "false"); break;
                case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
                case decimal d: sb.Append(d.ToString(CultureInfo.InvariantCulture)); break;
                case string s: String(sb, s); break;
                case List<KeyValuePair<string, object?>> map:
                    if (map.Count == 0) { sb.Append("{}"); break; }
                    sb.Append("{\n");
                    for (var k = 0; k < map.Count; k++)
                    {
                        sb.Append(' ', indent + 2);
                        String(sb, map[k].Key);
                        sb.Append(": ");
                        Write(sb, map[k].Value, indent + 2);
                        sb.Append(k < map.Count - 1 ? ",\n" : "\n");
                    }
                    sb.Append(' ', indent).Append('}');
                    break;
                case IList list:
                    if (list.Count == 0) { sb.Append("[]"); break; }
                    var scalars = true;
                    foreach (var item in list) scalars &= !(item is IList);
                    if (scalars && list.Count <= 8 && !(list[0] is List<KeyValuePair<string, object?>>))
                    {
                        sb.Append('[');
                        for (var k = 0; k < list.Count; k++) { if (k > 0) sb.Append(", "); Write(sb, list[k], indent); }
                        sb.Append(']');
                        break;
                    }
                    sb.Append("[\n");
                    for (var k = 0; k < list.Count; k++)
                    {
                        sb.Append(' ', indent + 2);
                        Write(sb, list[k], indent + 2);
                        sb.Append(k < list.Count - 1 ? ",\n" : "\n");
                    }
                    sb.Append(' ', indent).Append(']');
                    break;
                default: String(sb, value.ToString() ?? string.Empty); break;
            }
        }

        private static void String(StringBuilder sb, string s) => SpecGen.Shared.Text.QuotedString.Append(sb, s, csharp: false);
    }
}
