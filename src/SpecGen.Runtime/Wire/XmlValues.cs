using System.Xml;
using System.Xml.Linq;

namespace SpecGen.Runtime.Wire;

/// <summary>Safe XML loading and element lookup for XML response bodies.</summary>
public static class XmlValues
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 16 * 1024 * 1024,
        IgnoreComments = true,
    };

    /// <summary>Parses a document (BOM and missing declaration tolerated); null with an error message on failure.</summary>
    public static XElement? Load(string text, out string? error)
    {
        error = null;
        try
        {
            using var reader = XmlReader.Create(new System.IO.StringReader(text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t')), Settings);
            return XElement.Load(reader);
        }
        catch (XmlException e)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>
    /// Parses an XML body and reads the element named <paramref name="root"/> (the document element
    /// itself or its first descendant of that name; older servers wrap bodies differently). Never throws.
    /// </summary>
    public static ParseResult<T> ParseRoot<T>(string? xml, string? root, System.Func<XElement, T?> read) where T : class
    {
        if (string.IsNullOrWhiteSpace(xml)) return ParseResult<T>.Fail("the body is empty");
        var document = Load(xml, out var error);
        if (document is null) return ParseResult<T>.Fail("the body is not valid XML: " + error);
        var element = Root(document, root);
        return read(element) is { } value ? ParseResult<T>.Ok(value) : ParseResult<T>.Fail("the XML is not of a known kind");
    }

    /// <summary>The element named <paramref name="root"/>: the document element itself or its first descendant of that name (older servers wrap bodies differently); else the document element.</summary>
    public static XElement Root(XElement document, string? root)
    {
        if (root is null || document.Name.LocalName == root) return document;
        foreach (var d in document.Descendants())
        {
            if (d.Name.LocalName == root) return d;
        }
        return document;
    }

    /// <summary>The first child element with the name or its alias.</summary>
    public static XElement? Child(XElement parent, string name, string? alias = null)
    {
        foreach (var child in parent.Elements())
        {
            var local = child.Name.LocalName;
            if (local == name || (alias is not null && local == alias)) return child;
        }
        return null;
    }

    /// <summary>The trimmed text of a child element, or null.</summary>
    public static string? Text(XElement parent, string name, string? alias = null) => Child(parent, name, alias)?.Value.Trim();

    /// <summary>
    /// The item elements of an array: the children of the wrapper element <paramref name="name"/>, or,
    /// when there is no wrapper (older shapes), the repeated <paramref name="item"/> elements themselves.
    /// </summary>
    public static IEnumerable<XElement> Items(XElement parent, string name, string item, string? alias = null)
    {
        var wrapper = Child(parent, name, alias);
        if (wrapper is not null && wrapper.HasElements) return wrapper.Elements();
        return parent.Elements(item);
    }
}
