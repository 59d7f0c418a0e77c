// Shared source (linked, not a project): compiled into SpecGen.Runtime (public, called by generated
// validators) and into SpecGen.Analyzers (internal, applied to constants). One definition of every value
// check, so a value the analyzers accept is one the run-time validator accepts. netstandard2.0-safe.
using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SpecGen.Runtime.Validation
{
    static partial class RuleChecks
    {
        /// <summary>
        /// A phone number with its country code: digits only (an optional leading '+'), 8 to 15 digits
        /// (E.164 allows at most 15; the shortest national numbers with a country code have 8).
        /// </summary>
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
            Uri.TryCreate(value, UriKind.Absolute, out var uri) && IsAbsoluteUrl(uri);

        /// <summary>An absolute http(s) URL.</summary>
        public static bool IsAbsoluteUrl(Uri value) => value.IsAbsoluteUri && (value.Scheme == Uri.UriSchemeHttp || value.Scheme == Uri.UriSchemeHttps);

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

        /// <summary>The <c>pattern</c> rule: the regular expression matches; true when the pattern itself is unusable (never judged).</summary>
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

        /// <summary>The <c>format</c> rule; null when the format is unknown to this version or needs a pattern it lacks (never judged).</summary>
        public static bool? MatchesFormat(string value, string format, string? pattern)
        {
            switch (format)
            {
                case "phone": return IsPhone(value);
                case "url": return IsAbsoluteUrl(value);
                case "hex": return IsHex(value);
                case "emoji": return IsEmoji(value);
                case "datetime":
                case "date":
                    return pattern is null ? (bool?)null : IsDateTime(value, pattern);
            }
            return null;
        }

        /// <summary>The <c>allowed</c> rule on text: ordinal, or ignoring case when the spec says so.</summary>
        public static bool IsOneOf(string value, string[] allowed, bool ignoreCase)
        {
            foreach (var a in allowed)
            {
                if (string.Equals(value, a, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)) return true;
            }
            return false;
        }

        /// <summary>Counts the non-empty items of a list delimited by any of <paramref name="separators"/>.</summary>
        public static int CountItems(string value, string separators)
        {
            var count = 0;
            var inItem = false;
            foreach (var c in value)
            {
                if (separators.IndexOf(c) >= 0) inItem = false;
                else if (!inItem) { inItem = true; count++; }
            }
            return count;
        }
    }
}
