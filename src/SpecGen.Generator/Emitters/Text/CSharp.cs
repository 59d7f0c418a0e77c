using System.Globalization;
using System.Text;

namespace SpecGen.Generator.Emitters
{
    /// <summary>Identifiers and literals for generated C#.</summary>
    internal static class CSharp
    {
        private static readonly string[] Keywords =
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
            "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
            "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
            "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
            "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
            "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
            "using", "virtual", "void", "volatile", "while",
        };

        /// <summary>PascalCase from a wire name or phrase (<c>acme-dlr-url</c> → <c>AcmeDlrUrl</c>).</summary>
        public static string Pascal(string text)
        {
            var sb = new StringBuilder(text.Length);
            var upper = true;
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c) && c < 128)
                {
                    sb.Append(upper ? char.ToUpperInvariant(c) : c);
                    upper = false;
                }
                else
                {
                    upper = true;
                }
            }
            if (sb.Length == 0) return "Value";
            if (char.IsDigit(sb[0])) sb.Insert(0, '_');
            return sb.ToString();
        }

        /// <summary>A C# string literal.</summary>
        public static string Literal(string? value) => value is null ? "null" : SpecGen.Shared.Text.QuotedString.CSharp(value);

        /// <summary>A local/parameter identifier (camelCase, keyword-escaped).</summary>
        public static string Local(string pascal)
        {
            var name = char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
            return System.Array.IndexOf(Keywords, name) >= 0 ? "@" + name : name;
        }

        public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";
    }
}
