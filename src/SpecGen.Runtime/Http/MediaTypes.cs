namespace SpecGen.Runtime.Http;

/// <summary>Which body format a response's media type (or, without one, its first character) announces.</summary>
internal static class MediaTypes
{
    // What First answers for a body of white space only (never a body's first significant character).
    private const char Blank = ' ';

    /// <summary>
    /// JSON or XML, or null for anything else: HTML (a captive portal, a proxy's error page), plain text, or
    /// a body that starts like neither. A success needs a body of a documented format; null makes it a
    /// <see cref="ApiErrorKind.MalformedResponse"/>.
    /// </summary>
    public static WireFormat? FormatOf(string? mediaType, ResponseBody body)
    {
        if (!string.IsNullOrEmpty(mediaType))
        {
            if (mediaType!.Contains("html")) return null; // text/html, application/xhtml+xml
            if (mediaType.Contains("json")) return WireFormat.Json;
            if (mediaType.Contains("xml")) return WireFormat.Xml;
            return null;
        }
        return First(body) switch
        {
            Blank or '{' or '[' => WireFormat.Json,
            '<' => LooksLikeHtml(body.Text) ? null : WireFormat.Xml,
            _ => null,
        };
    }

    /// <summary>The format to try for a body whose format is not checked (error answers): the old sniffing rule.</summary>
    public static WireFormat Lenient(string? mediaType, ResponseBody body) => Lenient(mediaType, First(body));

    /// <inheritdoc cref="Lenient(string?, ResponseBody)"/>
    public static WireFormat Lenient(string? mediaType, string text) => Lenient(mediaType, First(text));

    private static WireFormat Lenient(string? mediaType, char first)
    {
        if (mediaType is not null)
        {
            if (mediaType.Contains("xml")) return WireFormat.Xml;
            if (mediaType.Contains("json")) return WireFormat.Json;
        }
        return first == '<' ? WireFormat.Xml : WireFormat.Json;
    }

    /// <summary>
    /// The body's first character that is not white space (or a byte-order mark), <see cref="Blank"/> when there is
    /// none. Read from the bytes while they are ASCII; a non-ASCII byte first lets the decoded text decide.
    /// </summary>
    private static char First(ResponseBody body)
    {
        foreach (var b in body.Bytes)
        {
            if (b >= 0x80) return First(body.Text);
            if (!char.IsWhiteSpace((char)b)) return (char)b;
        }
        return Blank;
    }

    private static char First(string text)
    {
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\uFEFF') continue;
            return ch;
        }
        return Blank;
    }

    private static bool LooksLikeHtml(string text)
    {
        var start = text.IndexOf('<');
        var head = text.Substring(start, Math.Min(64, text.Length - start));
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<body", StringComparison.OrdinalIgnoreCase);
    }
}
