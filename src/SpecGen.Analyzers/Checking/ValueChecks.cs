using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SpecGen.Analyzers.Checking
{
    /// <summary>
    /// The definitions of SpecGen.Runtime.Validation.RuleChecks, restated for netstandard2.0 (an analyzer
    /// cannot load the runtime library). Keep in step with src/SpecGen.Runtime/Validation/RuleChecks.cs;
    /// the analyzer tests compare both on the same inputs.
    /// </summary>
    public static class ValueChecks
    {
        /// <summary>Digits with the country code, an optional leading '+', 8 to 15 digits.</summary>
        public static bool IsPhone(string value)
        {
            var start = value.Length > 0 && value[0] == '+' ? 1 : 0;
            var digits = value.Length - start;
            if (digits < 8 || digits > 15) return false;
            for (var i = start; i < value.Length; i++)
            {
                if (value[i] < '0' || value[i] > '9') return false;
            }
            return true;
        }

        /// <summary>An absolute http(s) URL.</summary>
        public static bool IsAbsoluteUrl(string value) =>
            Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

        /// <summary>A date-time written exactly in <paramref name="pattern"/> (leading zeros required).</summary>
        public static bool IsDateTime(string value, string pattern) =>
            DateTime.TryParseExact(value, pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

        /// <summary>Hexadecimal digits, even count.</summary>
        public static bool IsHex(string value)
        {
            if (value.Length % 2 != 0) return false;
            foreach (var c in value)
            {
                var hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                if (!hex) return false;
            }
            return true;
        }

        /// <summary>No leading or trailing white space.</summary>
        public static bool IsTrimmed(string value) =>
            value.Length == 0 || (!char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[value.Length - 1]));

        /// <summary>At most one emoji (a single grapheme cluster), or empty.</summary>
        public static bool IsEmoji(string value)
        {
            if (value.Length == 0) return true;
            var enumerator = StringInfo.GetTextElementEnumerator(value);
            var count = 0;
            while (enumerator.MoveNext()) count++;
            return count == 1 && !char.IsLetterOrDigit(value, 0);
        }

        /// <summary>The whole-value regular expression check of a <c>pattern</c> rule; true when the pattern itself is unusable.</summary>
        public static bool MatchesPattern(string value, string pattern)
        {
            try
            {
                return Regex.IsMatch(value, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(200));
            }
            catch (ArgumentException)
            {
                return true;
            }
            catch (RegexMatchTimeoutException)
            {
                return true;
            }
        }

        /// <summary>Checks a <c>format</c> rule; null when the format is unknown to this version (never judged).</summary>
        public static bool? MatchesFormat(string value, string format, string? pattern)
        {
            switch (format)
            {
                case "phone": return IsPhone(value);
                case "url": return IsAbsoluteUrl(value);
                case "hex": return IsHex(value);
                case "emoji": return IsEmoji(value);
                case "datetime": return pattern is null ? (bool?)null : IsDateTime(value, pattern);
                case "date": return pattern is null ? (bool?)null : IsDateTime(value, pattern);
            }
            return null;
        }
    }
}
