using System.Text.Json;

namespace SpecGen.Runtime.Wire;

/// <summary>
/// Reads webhook event bodies for generated parsers. An event must carry at least one of the operation's
/// documented fields: a body such as <c>a=b</c> or <c>{}</c> is not an event of this webhook and is a typed
/// error (answered 400), never an all-null event handed to the handler.
/// </summary>
public static class WebhookBodies
{
    /// <summary>Parses a JSON object event.</summary>
    /// <param name="json">The body text.</param>
    /// <param name="fields">The documented wire names (aliases included).</param>
    /// <param name="read">The generated reader.</param>
    public static ParseResult<T> Json<T>(string? json, string[] fields, JsonObjectReader<T> read) where T : class
    {
        if (string.IsNullOrWhiteSpace(json)) return ParseResult<T>.Fail("the body is empty");
        var result = TryJson(json!, fields, read);
        // The documents print some events in JavaScript object notation (unquoted keys: `{ status: 0, to: 6012... }`,
        // the number-lookup result); a body that is not JSON only because of its keys is read with the keys quoted.
        if (!result.Success && result.Error.Message.StartsWith("the body is not valid JSON", StringComparison.Ordinal) && QuoteKeys(json!) is { } quoted)
        {
            var relaxed = TryJson(quoted, fields, read);
            if (relaxed.Success) return relaxed;
        }
        return result;
    }

    private static ParseResult<T> TryJson<T>(string json, string[] fields, JsonObjectReader<T> read) where T : class
    {
        // Sized to the text (stack memory is zeroed: a fixed large buffer would cost more than it saves).
        Span<byte> scratch = json.Length <= Utf8Text.MaxScratchChars ? stackalloc byte[Utf8Text.ScratchFor(json.Length)] : default;
        using (var utf8 = Utf8Text.From(json, scratch))
        {
            if (utf8.IsValid)
            {
                try
                {
                    // The common case in one pass: a documented field is present, the object reads, nothing follows it.
                    var r = JsonRead.Reader(utf8.Span);
                    if (r.Read() && r.TokenType == JsonTokenType.StartObject && HasDocumentedField(r, fields))
                    {
                        var state = new JsonReadState();
                        var value = read(ref r, ref state);
                        JsonRead.End(ref r);
                        if (value is not null) return ParseResult<T>.Ok(value);
                    }
                }
                catch (JsonException)
                {
                    // Described below, by the document parser.
                }
                catch (InvalidOperationException e)
                {
                    return JsonText.NotText<T>(e);
                }
            }
        }
        return Described(json, fields, read);
    }

    /// <summary>
    /// True when the object <paramref name="r"/> is on has a documented member whose value is not null (stops at the
    /// first). The reader is a copy: the caller's stays on the object's start, ready for the read itself.
    /// </summary>
    private static bool HasDocumentedField(Utf8JsonReader r, string[] fields)
    {
        while (JsonRead.NextProperty(ref r))
        {
            var documented = false;
            foreach (var name in fields)
            {
                if (JsonRead.NameIs(ref r, name))
                {
                    documented = true;
                    break;
                }
            }
            if (JsonRead.Value(ref r) && documented) return true;
            r.Skip();
        }
        return false;
    }

    /// <summary>Everything but the common case, with a document, as before the readers streamed.</summary>
    private static ParseResult<T> Described<T>(string json, string[] fields, JsonObjectReader<T> read) where T : class
    {
        try
        {
            using var document = JsonDocument.Parse(json, JsonValues.Options);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return ParseResult<T>.Fail("expected a JSON object, found " + root.ValueKind);
            var any = false;
            foreach (var name in fields)
            {
                if (JsonValues.TryGet(root, name, out _)) { any = true; break; }
            }
            if (!any) return ParseResult<T>.Fail(NoneOf(fields));
            using var utf8 = Utf8Text.From(json);
            return JsonText.ReadTolerant(utf8.Span, read) is { } value ? ParseResult<T>.Ok(value) : ParseResult<T>.Fail("the object is not of a known kind");
        }
        catch (Exception e) when (JsonText.IsBadInput(e))
        {
            return JsonText.Failure<T>(e);
        }
    }

    /// <summary>Parses a form-encoded event (or query string).</summary>
    public static ParseResult<T> Form<T>(string? body, string[] fields, Func<IReadOnlyDictionary<string, string>, T> read) where T : class
    {
        var form = FormData.Parse(body);
        if (form is null) return ParseResult<T>.Fail("the body is too large");
        var any = false;
        foreach (var name in fields)
        {
            if (form.TryGetValue(name, out _)) { any = true; break; }
        }
        return any ? ParseResult<T>.Ok(read(form)) : ParseResult<T>.Fail(NoneOf(fields));
    }

    /// <summary>The text with bare object keys quoted (<c>{a: 1}</c> → <c>{"a": 1}</c>), or null when nothing changed or the text is too unusual.</summary>
    internal static string? QuoteKeys(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length + 32);
        var changed = false;
        var i = 0;
        char? quote = null;
        var expectKey = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (quote is { } q)
            {
                sb.Append(c);
                if (c == '\\' && i + 1 < text.Length) { sb.Append(text[i + 1]); i += 2; continue; }
                if (c == q) quote = null;
                i++;
                continue;
            }
            if (c == '"') { quote = c; expectKey = false; sb.Append(c); i++; continue; }
            if (c == '{' || c == ',') { expectKey = true; sb.Append(c); i++; continue; }
            if (expectKey && (char.IsLetter(c) || c == '_' || c == '$'))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_' || text[i] == '-' || text[i] == '$')) i++;
                var j = i;
                while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
                if (j >= text.Length || text[j] != ':') return null;
                sb.Append('"').Append(text, start, i - start).Append('"');
                changed = true;
                expectKey = false;
                continue;
            }
            if (!char.IsWhiteSpace(c)) expectKey = false;
            sb.Append(c);
            i++;
        }
        return changed ? sb.ToString() : null;
    }

    private static string NoneOf(string[] fields) =>
        "the body carries none of the documented fields (" + string.Join(", ", fields.Length > 8 ? Take(fields, 8) : fields) + (fields.Length > 8 ? ", ..." : string.Empty) + ")";

    private static string[] Take(string[] items, int n)
    {
        var copy = new string[n];
        Array.Copy(items, copy, n);
        return copy;
    }
}
