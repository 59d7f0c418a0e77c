using System;
using System.Globalization;

namespace SpecGen.Runtime.Validation;

/// <summary>
/// The value checks behind spec rules (formats, trimming, delimited lists). Generated validators
/// call these; analyzers apply the same definitions to constants.
/// </summary>
public static class RuleChecks
{
    /// <summary>
    /// A phone number with its country code: digits only (an optional leading '+'), 8 to 15 digits
    /// (E.164 allows at most 15; the shortest national numbers with a country code have 8).
    /// </summary>
    public static bool IsPhone(ReadOnlySpan<char> value)
    {
        if (value.Length > 0 && value[0] == '+') value = value[1..];
        if (value.Length < 8 || value.Length > 15) return false;
        foreach (var c in value)
        {
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /// <summary>An absolute http(s) URL.</summary>
    public static bool IsAbsoluteUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>An absolute http(s) URL.</summary>
    public static bool IsAbsoluteUrl(Uri value) => value.IsAbsoluteUri && (value.Scheme == Uri.UriSchemeHttp || value.Scheme == Uri.UriSchemeHttps);

    /// <summary>A date-time written exactly in <paramref name="pattern"/> (leading zeros required).</summary>
    public static bool IsDateTime(string value, string pattern) =>
        DateTime.TryParseExact(value, pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>Hexadecimal digits, even count.</summary>
    public static bool IsHex(ReadOnlySpan<char> value)
    {
        if (value.Length % 2 != 0) return false;
        foreach (var c in value)
        {
            if (!char.IsAsciiHexDigit(c)) return false;
        }
        return true;
    }

    /// <summary>No leading or trailing white space.</summary>
    public static bool IsTrimmed(ReadOnlySpan<char> value) =>
        value.Length == 0 || (!char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1]));

    /// <summary>At most one emoji (a single grapheme cluster), or empty.</summary>
    public static bool IsEmoji(string value)
    {
        if (value.Length == 0) return true;
        var enumerator = StringInfo.GetTextElementEnumerator(value);
        var count = 0;
        while (enumerator.MoveNext()) count++;
        return count == 1 && !char.IsLetterOrDigit(value, 0);
    }

    /// <summary>Counts the non-empty items of a list delimited by any of <paramref name="separators"/>.</summary>
    public static int CountItems(ReadOnlySpan<char> value, ReadOnlySpan<char> separators)
    {
        var count = 0;
        var inItem = false;
        foreach (var c in value)
        {
            if (separators.Contains(c)) inItem = false;
            else if (!inItem) { inItem = true; count++; }
        }
        return count;
    }
}
