using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace SpecGen.Runtime.Wire;

/// <summary>
/// Tolerant readers for JSON values, as real gateways require: numbers that arrive as strings and
/// strings that arrive as numbers are accepted; anything unreadable becomes null, never an exception.
/// </summary>
public static class JsonValues
{
    /// <summary>Finds a property by its wire name or one of its older spellings.</summary>
    public static bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null) return true;
        value = default;
        return false;
    }

    /// <summary>Finds a property by its wire name or one of its older spellings.</summary>
    public static bool TryGet(JsonElement obj, string name, string alias, out JsonElement value) =>
        TryGet(obj, name, out value) || TryGet(obj, alias, out value);

    /// <summary>Text of a string, number or boolean.</summary>
    public static string? String(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    /// <summary>An int from a number or numeric string.</summary>
    public static int? Int(JsonElement e) => e.ValueKind == JsonValueKind.Number ? (e.TryGetInt32(out var v) ? v : null) : FromString<int>(e, NumberStyles.Integer);

    /// <summary>A long from a number or numeric string.</summary>
    public static long? Long(JsonElement e) => e.ValueKind == JsonValueKind.Number ? (e.TryGetInt64(out var v) ? v : null) : FromString<long>(e, NumberStyles.Integer);

    /// <summary>A decimal from a number or numeric string.</summary>
    public static decimal? Decimal(JsonElement e) => e.ValueKind == JsonValueKind.Number ? (e.TryGetDecimal(out var v) ? v : null) : FromString<decimal>(e, NumberStyles.Float);

    /// <summary>A number written as a JSON string (<c>"42"</c>), which the tolerant readers accept; null for anything else.</summary>
    private static T? FromString<T>(JsonElement e, NumberStyles style) where T : struct, INumberBase<T> =>
        e.ValueKind == JsonValueKind.String && T.TryParse(e.GetString(), style, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>A boolean from true/false, "true"/"false" or 1/0.</summary>
    public static bool? Bool(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => Text.Bool(String(e)),
    };

    /// <summary>An absolute URI, or null.</summary>
    public static Uri? Url(JsonElement e) => Text.Url(String(e));

    /// <summary>Parses JSON text and reads its root value with a streaming reader; null when the text is not JSON or the value is unreadable.</summary>
    public static T? Parse<T>(string? text, JsonObjectReader<T> read) where T : class
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        using var utf8 = Utf8Text.From(text!);
        if (!utf8.IsValid) return null;
        try
        {
            return JsonText.ReadTolerant(utf8.Span, read);
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800") is valid JSON but no string: GetString throws this.
            return null;
        }
    }

    /// <summary>Document options used for every parse: bounded depth, comments skipped, trailing commas allowed.</summary>
    public static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>A date-time in <paramref name="pattern"/> (or any ISO form), or null.</summary>
    public static DateTime? DateTime(JsonElement e, string? pattern) => Text.DateTime(String(e), pattern);
}

/// <summary>Tolerant readers for values that arrive as text (form fields, XML elements, JSON strings).</summary>
public static class Text
{
    /// <summary>An int, or null.</summary>
    public static int? Int(string? s) => int.TryParse(s?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>A long, or null.</summary>
    public static long? Long(string? s) => long.TryParse(s?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>A decimal, or null.</summary>
    public static decimal? Decimal(string? s) => decimal.TryParse(s?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>A boolean from true/false/1/0, or null.</summary>
    public static bool? Bool(string? s) => s?.Trim() switch
    {
        "true" or "True" or "TRUE" or "1" => true,
        "false" or "False" or "FALSE" or "0" => false,
        _ => null,
    };

    /// <summary>An absolute URI, or null.</summary>
    public static Uri? Url(string? s) => s is not null && Uri.TryCreate(s.Trim(), UriKind.Absolute, out var u) ? u : null;

    /// <summary>A date-time in <paramref name="pattern"/>, else any round-trip form, or null.</summary>
    public static DateTime? DateTime(string? s, string? pattern)
    {
        if (s is null) return null;
        s = s.Trim();
        if (pattern is not null && System.DateTime.TryParseExact(s, pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact)) return exact;
        return System.DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var any) ? any : null;
    }
}
