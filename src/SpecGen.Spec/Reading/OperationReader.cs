using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;
using SpecGen.Spec.Yaml;

namespace SpecGen.Spec.Reading
{
    /// <summary>Reads one operation (endpoint or webhook) with its parameters and responses.</summary>
    internal sealed class OperationReader
    {
        private static readonly string[] Keys = { "kind", "summary", "description", "source", "method", "path", "encoding", "parameters", "body", "responses", "code_table", "reply", "rules", "content_types", "csharp", "note" };
        private static readonly string[] Kinds = { OperationKinds.Endpoint, OperationKinds.Webhook };
        private static readonly string[] Methods = { "GET", "POST", "PUT", "DELETE", "PATCH" };
        private static readonly string[] Encodings = { "form", "query", "json", "none" };
        private static readonly string[] Outcomes = { "success", "error" };
        private static readonly string[] BodyFormats = { "json", "xml", "form" };

        private readonly NodeReader _r;
        private readonly TypeReader _types;

        public OperationReader(NodeReader r, TypeReader types)
        {
            _r = r;
            _types = types;
        }

        public OperationSpec? Read(YamlScalar name, YamlNode node)
        {
            var what = "operation " + name.Value;
            var map = _r.AsMapping(node, what);
            if (map is null)
            {
                // AsMapping has reported a wrong kind; an empty value still needs saying.
                if (node is YamlScalar { IsNull: true }) _r.Report(SpecDiagnostics.WrongNodeKind.Create(name.Span, what, "mapping", "empty value"));
                return null;
            }
            _r.CheckKeys(map, what, Keys);
            var kind = _r.OneOf(map, "kind", what, Kinds, required: true, fallback: OperationKinds.Endpoint)!;
            var method = _r.OneOf(map, "method", what, Methods, required: true, fallback: "GET")!;
            var encoding = _r.OneOf(map, "encoding", what, Encodings, fallback: method == "GET" ? "query" : "form")!;
            return new OperationSpec(
                name.Value,
                kind,
                _r.String(map, "summary", what),
                _r.String(map, "description", what),
                _r.String(map, "source", what),
                method,
                _r.String(map, "path", what, required: true) ?? "/",
                encoding,
                EquatableArray.From(_types.Fields(map, "parameters", what)),
                _r.String(map, "body", what),
                EquatableArray.From(Responses(map, what)),
                _r.String(map, "code_table", what),
                Reply(map.Get("reply"), what),
                EquatableArray.From(_types.ObjectRules(map.Get("rules"), what)),
                _r.String(map, "note", what),
                name.Span,
                _r.Strings(map.Get("content_types"), "'content_types' of " + what))
            {
                CSharpName = _r.CSharpName(map, what),
            };
        }

        private List<ResponseSpec> Responses(YamlMapping operation, string what)
        {
            var list = new List<ResponseSpec>();
            var sequence = _r.AsSequence(operation.Get("responses"), "'responses' of " + what);
            if (sequence is null) return list;
            foreach (var item in sequence.Items)
            {
                var map = _r.AsMapping(item, "a response of " + what);
                if (map is null) continue;
                var rwhat = "a response of " + what;
                _r.CheckKeys(map, rwhat, "outcome", "status", "body", "items", "body_status", "formats", "variant", "when", "binary", "note", "description");
                var body = _r.String(map, "body", rwhat);
                var items = _r.String(map, "items", rwhat);
                if (body is not null && items is not null)
                {
                    _r.Report(SpecDiagnostics.BodyAndItems.Create(map.Get("items")!.Span, rwhat));
                }
                var statuses = new List<int>();
                var statusNode = map.Get("status");
                var statusItems = statusNode is YamlSequence seq ? seq.Items : statusNode is null ? (IReadOnlyList<YamlNode>)new YamlNode[0] : new[] { statusNode };
                foreach (var statusItem in statusItems)
                {
                    var text = _r.Scalar(statusItem, "'status' of " + rwhat);
                    if (text is null) continue;
                    if (int.TryParse(text, out var status) && status >= 100 && status <= 599) statuses.Add(status);
                    else _r.Report(SpecDiagnostics.InvalidValue.Create(statusItem.Span, NodeReader.Shorten(text), "HTTP status", "an integer from 100 to 599"));
                }
                var formats = _r.Strings(map.Get("formats"), "'formats' of " + rwhat);
                foreach (var format in formats)
                {
                    if (System.Array.IndexOf(BodyFormats, format) < 0)
                        _r.Report(SpecDiagnostics.InvalidValue.Create(map.Get("formats")!.Span, NodeReader.Shorten(format), "body format", "one of " + string.Join(", ", BodyFormats)));
                }
                var binary = _r.AsMapping(map.Get("binary"), "'binary' of " + rwhat);
                if (binary is not null) _r.CheckKeys(binary, "'binary' of " + rwhat, "content_types", "note");
                list.Add(new ResponseSpec(
                    _r.OneOf(map, "outcome", rwhat, Outcomes, required: true, fallback: "success")!,
                    EquatableArray.From(statuses),
                    body ?? items,
                    formats.Count == 0 ? new EquatableArray<string>(new[] { "json" }) : formats,
                    _r.String(map, "variant", rwhat),
                    _r.String(map, "when", rwhat),
                    binary is null ? EquatableArray<string>.Empty : _r.Strings(binary.Get("content_types"), "'content_types'"),
                    binary is not null,
                    _r.String(map, "note", rwhat),
                    map.Span,
                    body is null && items is not null,
                    BodyStatusReader.Read(_r, map.Get("body_status"), rwhat)));
            }
            return list;
        }

        private ReplySpec? Reply(YamlNode? node, string what)
        {
            var map = _r.AsMapping(node, "'reply' of " + what);
            if (map is null) return null;
            _r.CheckKeys(map, "'reply' of " + what, "status", "body", "note");
            return new ReplySpec(_r.Int(map.Get("status"), "'status' of the reply") ?? 200, _r.String(map, "body", what), _r.String(map, "note", what));
        }
    }
}
