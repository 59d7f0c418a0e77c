using System.Text.Json;

namespace SpecGen.Runtime.Wire;

/// <summary>Reading lists: delimited text, JSON arrays and repeated XML elements. Unreadable items are skipped.</summary>
public static class Lists
{
    /// <summary>
    /// Splits a delimited list on any of <paramref name="separators"/>, dropping empty items; with
    /// <paramref name="percentEncoded"/>, "%2C"-style escapes are decoded first (some servers encode the separator).
    /// </summary>
    public static IReadOnlyList<string>? Split(string? text, string separators, bool percentEncoded = false)
    {
        if (text is null) return null;
        if (percentEncoded && text.Contains('%'))
        {
            try { text = Uri.UnescapeDataString(text); }
            catch (UriFormatException) { }
        }
        return text.Split(separators.ToCharArray(), StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Reads each item; items read as null are skipped.</summary>
    public static IReadOnlyList<T> ArrayOf<TSource, T>(IEnumerable<TSource> items, Func<TSource, T?> read) where T : class
    {
        var list = new List<T>();
        foreach (var item in items)
        {
            if (read(item) is { } value) list.Add(value);
        }
        return list;
    }

    /// <summary>Reads each item; items read as null are skipped.</summary>
    public static IReadOnlyList<T> ValuesOf<TSource, T>(IEnumerable<TSource> items, Func<TSource, T?> read) where T : struct
    {
        var list = new List<T>();
        foreach (var item in items)
        {
            if (read(item) is { } value) list.Add(value);
        }
        return list;
    }
}
