using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SpecGen.Runtime.Wire;

/// <summary>
/// The helpers generated streaming readers call: one value at a time from a <see cref="Utf8JsonReader"/>, with the
/// tolerance of <see cref="JsonValues"/> (numbers as strings and strings as numbers accepted, anything unreadable
/// null, never an exception for a value) and drift recorded in <see cref="JsonReadState"/>. Every value reader
/// starts on the value's first token and leaves the reader on its last, so the caller's loop goes on.
/// </summary>
public static class JsonRead
{
    /// <summary>The reader options of every parse: as <see cref="JsonValues.Options"/> (depth 64, comments skipped, trailing commas allowed).</summary>
    public static readonly JsonReaderOptions Options = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    // The same reading without comment handling: Utf8JsonReader takes a slower path for every token when it skips comments.
    private static readonly JsonReaderOptions NoComments = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = true };

    /// <summary>
    /// A reader of <paramref name="json"/> with <see cref="Options"/>. A comment starts with '/', a byte no other
    /// character's UTF-8 contains: text without one has no comment to skip, and is read on the reader's fast path.
    /// </summary>
    internal static Utf8JsonReader Reader(ReadOnlySpan<byte> json) => new(json, json.IndexOf((byte)'/') < 0 ? NoComments : Options);

    /// <summary>Moves to the next member of an object: true on a property name, false at the object's end.</summary>
    public static bool NextProperty(ref Utf8JsonReader r) => r.Read() && r.TokenType == JsonTokenType.PropertyName;

    /// <summary>
    /// Moves to the next member of an object, as <see cref="NextProperty(ref Utf8JsonReader)"/>, and notes a top-level
    /// name for the body's owner when the read was asked to (the generated object readers walk members this way).
    /// </summary>
    public static bool NextProperty(ref Utf8JsonReader r, ref JsonReadState s)
    {
        if (!r.Read()) return false;
        if (r.TokenType == JsonTokenType.PropertyName)
        {
            if (s.Names is { } names && r.CurrentDepth == 1) names.Note(ref r);
            return true;
        }
        // The top-level object's end, reached by walking its members: every name was noted.
        if (s.Names is { } all && r.CurrentDepth == 0) all.End();
        return false;
    }

    /// <summary>Moves from a property name to its value: false for a JSON null (read as absent, as <see cref="JsonValues.TryGet(JsonElement, string, out JsonElement)"/> does).</summary>
    public static bool Value(ref Utf8JsonReader r) => r.Read() && r.TokenType != JsonTokenType.Null;

    /// <summary>Skips the value of the current property (an unknown member).</summary>
    public static void Skip(ref Utf8JsonReader r)
    {
        r.Read();
        r.Skip();
    }

    /// <summary>True when the current property name is <paramref name="name"/> (ASCII names compared without transcoding).</summary>
    public static bool NameIs(ref Utf8JsonReader r, string name)
    {
        if (r.ValueIsEscaped) return r.ValueTextEquals(name);
        var span = r.ValueSpan;
        if (span.Length == name.Length) return Ascii.Equals(span, name);
        // Unescaped bytes of another length match only a name with non-ASCII characters (longer in bytes than in
        // characters); an ASCII name is answered here, without the reader's transcoding compare.
        return span.Length > name.Length && !Ascii.IsValid(name) && r.ValueTextEquals(name);
    }

    /// <summary>Text of a string, number or boolean (numbers as written); null, with drift, for an object or array.</summary>
    public static string? String(ref Utf8JsonReader r, ref JsonReadState s)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.String: return r.GetString();
            case JsonTokenType.Number: return Encoding.UTF8.GetString(r.ValueSpan);
            case JsonTokenType.True: return "true";
            case JsonTokenType.False: return "false";
            case JsonTokenType.Null: return null;
            default:
                s.Flag();
                r.Skip();
                return null;
        }
    }

    /// <summary>An int from a number or numeric string.</summary>
    public static int? Int(ref Utf8JsonReader r, ref JsonReadState s)
    {
        if (r.TokenType == JsonTokenType.Number && r.TryGetInt32(out var n)) return n;
        if (r.TokenType == JsonTokenType.String && int.TryParse(r.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var t)) return t;
        return Unreadable<int>(ref r, ref s);
    }

    /// <summary>A long from a number or numeric string.</summary>
    public static long? Long(ref Utf8JsonReader r, ref JsonReadState s)
    {
        if (r.TokenType == JsonTokenType.Number && r.TryGetInt64(out var n)) return n;
        if (r.TokenType == JsonTokenType.String && long.TryParse(r.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var t)) return t;
        return Unreadable<long>(ref r, ref s);
    }

    /// <summary>A decimal from a number or numeric string (<c>1e400</c> is out of range: null).</summary>
    public static decimal? Decimal(ref Utf8JsonReader r, ref JsonReadState s)
    {
        if (r.TokenType == JsonTokenType.Number && r.TryGetDecimal(out var n)) return n;
        if (r.TokenType == JsonTokenType.String && decimal.TryParse(r.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var t)) return t;
        return Unreadable<decimal>(ref r, ref s);
    }

    /// <summary>A boolean from true/false, "true"/"false" or 1/0.</summary>
    public static bool? Bool(ref Utf8JsonReader r, ref JsonReadState s)
    {
        if (r.TokenType == JsonTokenType.True) return true;
        if (r.TokenType == JsonTokenType.False) return false;
        if (Text.Bool(String(ref r, ref s)) is { } b) return b;
        if (r.TokenType != JsonTokenType.Null) s.Flag();
        return null;
    }

    /// <summary>An absolute URI from a string; anything else is drift.</summary>
    public static Uri? Url(ref Utf8JsonReader r, ref JsonReadState s)
    {
        var isString = r.TokenType == JsonTokenType.String;
        var value = Text.Url(String(ref r, ref s));
        if (!isString || value is null) s.Flag();
        return value;
    }

    /// <summary>A date-time in <paramref name="pattern"/> (or any ISO form) from a string; anything else is drift.</summary>
    public static DateTime? DateTime(ref Utf8JsonReader r, ref JsonReadState s, string? pattern)
    {
        var isString = r.TokenType == JsonTokenType.String;
        var value = Text.DateTime(String(ref r, ref s), pattern);
        if (!isString || value is null) s.Flag();
        return value;
    }

    /// <summary>That a value is there (a field the type sets itself): skipped, drift for an object or array.</summary>
    public static bool Present(ref Utf8JsonReader r, ref JsonReadState s)
    {
        if (r.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) s.Flag();
        r.Skip();
        return true;
    }

    /// <summary>A value the reader does not keep (binary content in JSON): skipped, drift for an object or array.</summary>
    public static T? Ignored<T>(ref Utf8JsonReader r, ref JsonReadState s) where T : class
    {
        String(ref r, ref s);
        return null;
    }

    /// <summary>An object read by <paramref name="read"/>; null, with drift, for any other JSON type.</summary>
    public static T? Object<T>(ref Utf8JsonReader r, ref JsonReadState s, JsonObjectReader<T> read) where T : class
    {
        if (r.TokenType == JsonTokenType.StartObject) return read(ref r, ref s);
        if (r.TokenType != JsonTokenType.Null) s.Flag();
        r.Skip();
        return null;
    }

    /// <summary>An array of objects (a single object is read as a one-item array, with drift); null items are skipped.</summary>
    public static IReadOnlyList<T>? Objects<T>(ref Utf8JsonReader r, ref JsonReadState s, JsonObjectReader<T> read) where T : class =>
        List(ref r, ref s, read, objectsOnly: true);

    /// <summary>An array of reference values (text, URLs) read by <paramref name="read"/>; unreadable items are skipped (drift), null items ignored.</summary>
    public static IReadOnlyList<T>? Array<T>(ref Utf8JsonReader r, ref JsonReadState s, JsonObjectReader<T> read) where T : class =>
        List(ref r, ref s, read, objectsOnly: false);

    /// <summary>
    /// The items of an array read by <paramref name="read"/>. As in a document read, one object stands for a
    /// one-item array (drift). With <paramref name="objectsOnly"/> an item that is not an object is skipped without
    /// calling <paramref name="read"/>; otherwise the reader decides. Either way a skipped item is drift.
    /// </summary>
    private static IReadOnlyList<T>? List<T>(ref Utf8JsonReader r, ref JsonReadState s, JsonObjectReader<T> read, bool objectsOnly) where T : class
    {
        if (r.TokenType == JsonTokenType.StartObject)
        {
            s.Flag();
            return read(ref r, ref s) is { } one ? new[] { one } : null;
        }
        if (r.TokenType != JsonTokenType.StartArray) return NotAList<T>(ref r, ref s);
        var items = new Items<T>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (r.TokenType == JsonTokenType.Null) continue;
            if ((!objectsOnly || r.TokenType == JsonTokenType.StartObject) && read(ref r, ref s) is { } item)
            {
                items.Add(item);
                continue;
            }
            s.Flag();
            // A non-object item was not read: its value is skipped here (a reader leaves the reader on its item's last token).
            if (objectsOnly && r.TokenType != JsonTokenType.StartObject) r.Skip();
        }
        return items.ToArray();
    }

    /// <summary>An array of values (numbers, booleans, dates, enums); unreadable items are skipped (drift), null items ignored.</summary>
    public static IReadOnlyList<T>? Values<T>(ref Utf8JsonReader r, ref JsonReadState s, JsonValueReader<T> read) where T : struct
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            if (r.TokenType != JsonTokenType.Null) s.Flag();
            r.Skip();
            return null;
        }
        var items = new Items<T>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (r.TokenType == JsonTokenType.Null) continue;
            if (read(ref r, ref s) is { } item) items.Add(item);
            else s.Flag();
        }
        return items.ToArray();
    }

    /// <summary>
    /// The discriminator of the object the reader is on (a copy of it is read, so the caller's reader stays at the
    /// object's start): the text of the last member of that name, null when absent, null or not a value.
    /// </summary>
    public static string? Discriminator(Utf8JsonReader r, ReadOnlySpan<byte> name)
    {
        string? value = null;
        var ignored = new JsonReadState();
        while (NextProperty(ref r))
        {
            var match = r.ValueTextEquals(name);
            r.Read();
            if (match) value = String(ref r, ref ignored);
            else r.Skip();
        }
        return value;
    }

    /// <summary>
    /// Which variant the object the reader is on names (on a copy of the reader, so it stays at the object's start):
    /// the index in <paramref name="values"/> of its last <paramref name="name"/> member; -1 when that member is absent
    /// or null (or not a value), -2 when it names no listed variant (then <see cref="Discriminator"/> gives its text).
    /// </summary>
    public static int Variant(Utf8JsonReader r, ReadOnlySpan<byte> name, JsonNames values)
    {
        var index = -1;
        while (NextProperty(ref r))
        {
            var match = r.ValueTextEquals(name);
            r.Read();
            if (match)
            {
                index = r.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False
                    ? values.IndexOf(ref r) is var i && i >= 0 ? i : -2
                    : -1;
            }
            r.Skip();
        }
        return index;
    }

    /// <summary>The value the reader is on as a standalone <see cref="JsonElement"/> (an unknown variant kept as received).</summary>
    public static JsonElement Raw(ref Utf8JsonReader r) => JsonElement.ParseValue(ref r);

    /// <summary>Reads past the root value: trailing text other than whitespace and comments is a <see cref="JsonException"/>.</summary>
    public static void End(ref Utf8JsonReader r)
    {
        while (r.Read())
        {
        }
    }

    private static T? Unreadable<T>(ref Utf8JsonReader r, ref JsonReadState s) where T : struct
    {
        if (r.TokenType != JsonTokenType.Null) s.Flag();
        r.Skip();
        return null;
    }

    private static IReadOnlyList<T>? NotAList<T>(ref Utf8JsonReader r, ref JsonReadState s)
    {
        if (r.TokenType != JsonTokenType.Null) s.Flag();
        r.Skip();
        return null;
    }

    /// <summary>Items collected in a pooled buffer and handed out as an exact-size array (no list, no growth copies kept).</summary>
    private struct Items<T>
    {
        private T[]? _buffer;
        private int _count;

        public void Add(T item)
        {
            if (_buffer is null) _buffer = ArrayPool<T>.Shared.Rent(8);
            else if (_count == _buffer.Length)
            {
                var larger = ArrayPool<T>.Shared.Rent(_buffer.Length * 2);
                _buffer.AsSpan(0, _count).CopyTo(larger);
                ArrayPool<T>.Shared.Return(_buffer, clearArray: true);
                _buffer = larger;
            }
            _buffer[_count++] = item;
        }

        public T[] ToArray()
        {
            if (_buffer is null) return System.Array.Empty<T>();
            var result = _buffer.AsSpan(0, _count).ToArray();
            ArrayPool<T>.Shared.Return(_buffer, clearArray: true);
            _buffer = null;
            return result;
        }
    }
}
