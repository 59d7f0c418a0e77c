using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace SpecGen.Runtime.Wire;

/// <summary>
/// Reads a response body strictly: the text is parsed once, checked against the documented shape
/// (<see cref="WireShapeChecker"/>), then read by the generated reader. A body of the wrong types is a
/// typed failure (the client reports it as a malformed response), never a value with null fields.
/// </summary>
public static class ResponseBody
{
    /// <summary>A JSON object body.</summary>
    public static ParseResult<T> Json<T>(string? text, WireShape shape, StatusRule? status, JsonObjectReader<T> read) where T : class =>
        Json(ReceivedBody.FromText(text), shape, status, read);

    /// <summary>A JSON object body as received: read from its bytes; decoded to text only to describe a problem.</summary>
    public static ParseResult<T> Json<T>(ReceivedBody body, WireShape shape, StatusRule? status, JsonObjectReader<T> read) where T : class
    {
        if (body.IsBlank) return ParseResult<T>.Fail("the body is empty");
        using (var utf8 = Utf8Text.From(body))
        {
            if (utf8.IsValid && Streamed(utf8.Span, status, read, body.Names) is { } value) return ParseResult<T>.Ok(value);
        }
        return Checked(body.Text, shape, status, read);
    }

    /// <summary>
    /// The fast path: one streaming read that noticed no drift and a status rule that passes. Null means "look
    /// closer" (or not JSON): <see cref="Checked{T}"/> then says what is wrong, with a document, as before.
    /// </summary>
    private static T? Streamed<T>(ReadOnlySpan<byte> json, StatusRule? status, JsonObjectReader<T> read, ITopLevelNamesHolder? names = null) where T : class
    {
        var state = new JsonReadState();
        try
        {
            var r = JsonRead.Reader(json);
            if (!r.Read() || r.TokenType != JsonTokenType.StartObject) return null;
            // The read walks every top-level member: it notes their names for the body's owner on the way.
            if (names is not null && names.Names is null) state.Names = TopLevelNames.ForObject();
            var value = read(ref r, ref state);
            JsonRead.End(ref r);
            if (state.Drift || value is null) return null;
            Keep(ref state, names);
            // A rule whose required fields every judged object has passes whatever the codes: no second walk.
            return status is null || status.Holds?.Invoke(value) == true || WireStatusScan.Passes(json, status, names) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
        finally
        {
            state.Names?.Release();
        }
    }

    /// <summary>Hands names the read noted to the body's owner, only when the read saw them all (a partial list would answer wrong).</summary>
    private static void Keep(ref JsonReadState state, ITopLevelNamesHolder? holder)
    {
        if (state.Names is { IsComplete: true } names && holder is not null && holder.Names is null)
        {
            holder.Names = names;
            state.Names = null;
        }
    }

    /// <summary>The strict check on a document; a body that passes is read tolerantly (the check allows what it reads).</summary>
    private static ParseResult<T> Checked<T>(string text, WireShape shape, StatusRule? status, JsonObjectReader<T> read) where T : class =>
        WithDocument<T>(text, root =>
        {
            if (WireShapeChecker.CheckJson(root, shape, status) is { } error) return ParseResult<T>.Fail(error.Message, error.Path);
            return Tolerant(text, read) is { } value ? ParseResult<T>.Ok(value) : ParseResult<T>.Fail("the object is not of a known kind");
        });

    private static T? Tolerant<T>(string text, JsonObjectReader<T> read) where T : class
    {
        using var utf8 = Utf8Text.From(text);
        return utf8.IsValid ? JsonText.ReadTolerant(utf8.Span, read) : null;
    }

    /// <summary>A JSON array body whose items are objects of <paramref name="shape"/> (e.g. a list call).</summary>
    public static ParseResult<IReadOnlyList<T>> JsonArray<T>(string? text, WireShape shape, JsonObjectReader<T> read) where T : class =>
        JsonArray(ReceivedBody.FromText(text), shape, read);

    /// <summary>A JSON array body as received (see <see cref="JsonArray{T}(string?, WireShape, JsonObjectReader{T})"/>): read from its bytes.</summary>
    public static ParseResult<IReadOnlyList<T>> JsonArray<T>(ReceivedBody body, WireShape shape, JsonObjectReader<T> read) where T : class
    {
        if (body.IsBlank) return ParseResult<IReadOnlyList<T>>.Fail("the body is empty");
        using (var utf8 = Utf8Text.From(body))
        {
            if (utf8.IsValid && StreamedArray(utf8.Span, read) is { } items) return ParseResult<IReadOnlyList<T>>.Ok(items);
        }
        return CheckedArray(body.Text, shape, read);
    }

    private static ParseResult<IReadOnlyList<T>> CheckedArray<T>(string text, WireShape shape, JsonObjectReader<T> read) where T : class =>
        WithDocument<IReadOnlyList<T>>(text, root =>
        {
            if (root.ValueKind != JsonValueKind.Array) return ParseResult<IReadOnlyList<T>>.Fail("expected a JSON array of " + shape.Name + ", found " + root.ValueKind);
            var i = 0;
            foreach (var item in root.EnumerateArray())
            {
                var path = "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                if (WireShapeChecker.CheckJson(item, shape, null, path) is { } error) return ParseResult<IReadOnlyList<T>>.Fail(error.Message, error.Path);
                if (JsonText.ReadTolerant(Encoding.UTF8.GetBytes(item.GetRawText()), read) is null) return ParseResult<IReadOnlyList<T>>.Fail("an item is not of a known kind", path);
                i++;
            }
            // Every item fits its shape: the items as read tolerantly.
            using var again = Utf8Text.From(text);
            return ParseResult<IReadOnlyList<T>>.Ok(TolerantArray(again.Span, read));
        });

    private static IReadOnlyList<T>? StreamedArray<T>(ReadOnlySpan<byte> json, JsonObjectReader<T> read) where T : class
    {
        try
        {
            var r = JsonRead.Reader(json);
            if (!r.Read() || r.TokenType != JsonTokenType.StartArray) return null;
            var state = new JsonReadState();
            var list = new List<T>();
            while (r.Read() && r.TokenType != JsonTokenType.EndArray)
            {
                if (r.TokenType != JsonTokenType.StartObject || read(ref r, ref state) is not { } value) return null;
                list.Add(value);
            }
            JsonRead.End(ref r);
            return state.Drift ? null : list.ToArray();
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static IReadOnlyList<T> TolerantArray<T>(ReadOnlySpan<byte> json, JsonObjectReader<T> read) where T : class
    {
        var r = JsonRead.Reader(json);
        r.Read();
        var state = new JsonReadState();
        var list = new List<T>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (read(ref r, ref state) is { } value) list.Add(value);
        }
        return list.ToArray();
    }

    /// <summary>An XML body whose element <paramref name="root"/> (the document element or its first descendant of that name) is read.</summary>
    public static ParseResult<T> Xml<T>(string? text, string? root, WireShape shape, StatusRule? status, Func<XElement, T?> read) where T : class
    {
        if (string.IsNullOrWhiteSpace(text)) return ParseResult<T>.Fail("the body is empty");
        var element = XmlValues.Load(text!, out var loadError);
        if (element is null) return ParseResult<T>.Fail("the body is not valid XML: " + loadError);
        element = XmlValues.Root(element, root);
        if (WireShapeChecker.CheckXml(element, shape, status) is { } error) return ParseResult<T>.Fail(error.Message, error.Path);
        return read(element) is { } value ? ParseResult<T>.Ok(value) : ParseResult<T>.Fail("the XML is not of a known kind");
    }

    /// <summary>An XML body as received (read as the text overload reads it: XML is read from text).</summary>
    public static ParseResult<T> Xml<T>(ReceivedBody body, string? root, WireShape shape, StatusRule? status, Func<XElement, T?> read) where T : class =>
        Xml(body.Text, root, shape, status, read);

    /// <summary>An XML array body as received; XML is read from text.</summary>
    public static ParseResult<IReadOnlyList<T>> XmlArray<T>(ReceivedBody body, WireShape shape, Func<XElement, T?> read) where T : class =>
        XmlArray(body.Text, shape, read);

    /// <summary>An XML body whose root element holds one element per item.</summary>
    public static ParseResult<IReadOnlyList<T>> XmlArray<T>(string? text, WireShape shape, Func<XElement, T?> read) where T : class
    {
        if (string.IsNullOrWhiteSpace(text)) return ParseResult<IReadOnlyList<T>>.Fail("the body is empty");
        var element = XmlValues.Load(text!, out var loadError);
        if (element is null) return ParseResult<IReadOnlyList<T>>.Fail("the body is not valid XML: " + loadError);
        var list = new List<T>();
        foreach (var item in element.Elements())
        {
            if (WireShapeChecker.CheckXml(item, shape) is { } error) return ParseResult<IReadOnlyList<T>>.Fail(error.Message, error.Path);
            if (read(item) is { } value) list.Add(value);
        }
        return ParseResult<IReadOnlyList<T>>.Ok(list.ToArray());
    }

    private static ParseResult<T> WithDocument<T>(string? text, Func<JsonElement, ParseResult<T>> use) where T : class
    {
        if (string.IsNullOrWhiteSpace(text)) return ParseResult<T>.Fail("the body is empty");
        try
        {
            using var document = JsonDocument.Parse(text!, JsonValues.Options);
            return use(document.RootElement);
        }
        catch (Exception e) when (JsonText.IsBadInput(e))
        {
            return JsonText.Failure<T>(e);
        }
    }
}
