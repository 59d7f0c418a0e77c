using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;
using SpecGen.Spec.Yaml;

namespace SpecGen.Spec.Reading
{
    /// <summary>
    /// Reads <c>body_status:</c> (on a schema or a response): which field of a body holds the status code,
    /// which holds the server's message, and which fields a success must carry. Paths are checked
    /// against the body's fields later, by the checker (SG1323, SG1324).
    /// </summary>
    internal static class BodyStatusReader
    {
        public static BodyStatusSpec? Read(NodeReader r, YamlNode? node, string what)
        {
            var bwhat = "'body_status' of " + what;
            var map = r.AsMapping(node, bwhat);
            if (map is null) return null;
            r.CheckKeys(map, bwhat, "code", "message", "requires", "note");
            var code = r.String(map, "code", bwhat);
            var message = r.String(map, "message", bwhat);
            if (code is null && message is null) r.Report(SpecDiagnostics.MissingKey.Create(map.Span, "code", bwhat));
            return new BodyStatusSpec(code, message, r.Strings(map.Get("requires"), "'requires' of " + bwhat), r.String(map, "note", bwhat), map.Span);
        }
    }

    /// <summary>Reads <c>time_zone:</c> of a date-time field: <c>UTC</c> or a fixed offset such as <c>+08:00</c>.</summary>
    internal static class TimeZoneReader
    {
        public static string? Read(NodeReader r, YamlMapping field, string what)
        {
            var node = field.Get("time_zone");
            var text = r.String(field, "time_zone", what);
            if (text is null) return null;
            if (TimeZones.TryParseOffset(text, out _)) return text;
            r.Report(SpecDiagnostics.InvalidValue.Create(node!.Span, NodeReader.Shorten(text), "'time_zone' of " + what, "UTC or a UTC offset such as +08:00 or -05:30"));
            return null;
        }
    }
}
