using System.Globalization;
using System.Text;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// Writes integer tables as <c>ReadOnlySpan&lt;T&gt;</c> properties over array literals, which the compiler stores
    /// as read-only data in the assembly (no static constructor, no allocation), in the narrowest element type that
    /// holds every value, one number per element and no spaces.
    /// </summary>
    internal static class LookupData
    {
        /// <summary>The narrowest unsigned type for non-negative values up to <paramref name="max"/>.</summary>
        public static string UnsignedType(long max) => max <= byte.MaxValue ? "byte" : max <= ushort.MaxValue ? "ushort" : "int";

        /// <summary>int when every value fits, else long.</summary>
        public static string SignedType(IEnumerable<long> values) => values.All(v => v >= int.MinValue && v <= int.MaxValue) ? "int" : "long";

        public static void Span(SourceWriter w, string modifiers, string name, string type, IEnumerable<long> values)
        {
            var text = new StringBuilder();
            text.Append(modifiers).Append(" static global::System.ReadOnlySpan<").Append(type).Append("> ").Append(name)
                .Append(" => new ").Append(type).Append("[] { ");
            var first = true;
            foreach (var v in values)
            {
                if (!first) text.Append(',');
                first = false;
                text.Append(v.ToString(CultureInfo.InvariantCulture));
            }
            text.Append(" };");
            w.Line(text.ToString());
        }

        /// <summary>A ulong multiplier as a C# literal.</summary>
        public static string ULong(ulong value) => "0x" + value.ToString("X16", CultureInfo.InvariantCulture) + "UL";
    }
}
