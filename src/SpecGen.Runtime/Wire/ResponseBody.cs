using System;
using System.Collections.Generic;
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
    public static ParseResult<T> Json<T>(string? text, WireShape shape, StatusRule? status, Func<JsonElement, T?> read) where T : class =>
        WithDocument<T>(text, root =>
        {
            if (WireShapeChecker.CheckJson(root, shape, status) is { } error) return ParseResult<T>.Fail(error.Message, error.Path);
            return read(root) is { } value ? ParseResult<T>.Ok(value) : ParseResult<T>.Fail("the object is not of a known kind");
        });

    /// <summary>A JSON array body whose items are objects of <paramref name="shape"/> (e.g. a list call).</summary>
    public static ParseResult<IReadOnlyList<T>> JsonArray<T>(string? text, WireShape shape, Func<JsonElement, T?> read) where T : class =>
        WithDocument<IReadOnlyList<T>>(text, root =>
        {
            if (root.ValueKind != JsonValueKind.Array) return ParseResult<IReadOnlyList<T>>.Fail("expected a JSON array of " + shape.Name + ", found " + root.ValueKind);
            var list = new List<T>(root.GetArrayLength());
            var i = 0;
            foreach (var item in root.EnumerateArray())
            {
                var path = "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                if (WireShapeChecker.CheckJson(item, shape, null, path) is { } error) return ParseResult<IReadOnlyList<T>>.Fail(error.Message, error.Path);
                if (read(item) is not { } value) return ParseResult<IReadOnlyList<T>>.Fail("an item is not of a known kind", path);
                list.Add(value);
                i++;
            }
            return ParseResult<IReadOnlyList<T>>.Ok(list.ToArray());
        });

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
        catch (JsonException e)
        {
            return ParseResult<T>.Fail("the body is not valid JSON: " + e.Message, e.Path);
        }
        catch (ArgumentException e)
        {
            return ParseResult<T>.Fail("the body is not valid text: " + e.Message);
        }
    }
}
