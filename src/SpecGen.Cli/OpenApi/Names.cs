using System.Globalization;
using System.Text;

namespace SpecGen.Cli.OpenApi
{
    /// <summary>Turns OpenAPI names (operation ids, component keys, property names) into spec-language names.</summary>
    internal static class Names
    {
        /// <summary><c>send-an-sms</c>, <c>verifyRequest</c> → <c>send_an_sms</c>, <c>verify_request</c>.</summary>
        public static string Snake(string name)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (char.IsUpper(c))
                {
                    if (sb.Length > 0 && sb[sb.Length - 1] != '_' && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]))) sb.Append('_');
                    sb.Append(char.ToLowerInvariant(c));
                }
                else if (char.IsLetterOrDigit(c) && c < 128) sb.Append(c);
                else if (sb.Length > 0 && sb[sb.Length - 1] != '_') sb.Append('_');
            }
            var s = sb.ToString().Trim('_');
            return s.Length == 0 || !char.IsLetter(s[0]) ? "op_" + s : s;
        }

        /// <summary><c>niResponseJsonBasic</c>, <c>caller_identity</c> → <c>NiResponseJsonBasic</c>, <c>CallerIdentity</c>.</summary>
        public static string Pascal(string name)
        {
            var sb = new StringBuilder();
            var upper = true;
            foreach (var c in name)
            {
                if (!(char.IsLetterOrDigit(c) && c < 128))
                {
                    upper = true;
                    continue;
                }
                sb.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            var s = sb.ToString();
            return s.Length == 0 || !char.IsLetter(s[0]) ? "T" + s : s;
        }

        /// <summary>An invariant-culture number text.</summary>
        public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
