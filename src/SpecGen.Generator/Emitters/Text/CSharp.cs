using System.Globalization;
using System.Text;

namespace SpecGen.Generator.Emitters
{
    /// <summary>Identifiers and literals for generated C#.</summary>
    internal static class CSharp
    {
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
            return SpecGen.Spec.Reading.CSharpIdentifier.IsKeyword(name) ? "@" + name : name;
        }

        public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";
    }
}
