using System;

namespace SpecGen.Runtime.Http;

/// <summary>Which body format a response's media type (or, without one, its first character) announces.</summary>
internal static class MediaTypes
{
    /// <summary>
    /// JSON or XML, or null for anything else: HTML (a captive portal, a proxy's error page), plain text, or
    /// a body that starts like neither. A success needs a body of a documented format; null makes it a
    /// <see cref="ApiErrorKind.MalformedResponse"/>.
    /// </summary>
    public static WireFormat? FormatOf(string? mediaType, string text)
    {
        if (!string.IsNullOrEmpty(mediaType))
        {
            if (mediaType!.Contains("html")) return null; // text/html, application/xhtml+xml
            if (mediaType.Contains("json")) return WireFormat.Json;
            if (mediaType.Contains("xml")) return WireFormat.Xml;
            return null;
        }
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\uFEFF') continue;
            if (ch == '{' || ch == '[') return WireFormat.Json;
            if (ch == '<') return LooksLikeHtml(text) ? null : WireFormat.Xml;
            return null;
        }
        return WireFormat.Json;
    }

    /// <summary>The format to try for a body whose format is not checked (error answers): the old sniffing rule.</summary>
    public static WireFormat Lenient(string? mediaType, string text)
    {
        if (mediaType is not null)
        {
            if (mediaType.Contains("xml")) return WireFormat.Xml;
            if (mediaType.Contains("json")) return WireFormat.Json;
        }
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\uFEFF') continue;
            return ch == '<' ? WireFormat.Xml : WireFormat.Json;
        }
        return WireFormat.Json;
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
