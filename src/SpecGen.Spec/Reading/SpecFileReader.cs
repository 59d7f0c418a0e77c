using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;
using SpecGen.Spec.Yaml;

namespace SpecGen.Spec.Reading
{
    /// <summary>
    /// Reads one spec file into a <see cref="SpecFile"/>. Shape problems become diagnostics; whatever
    /// can be read is kept, so one typo does not hide the rest of the file.
    /// </summary>
    public static class SpecFileReader
    {
        private static readonly string[] TopKeys =
        {
            "spec", "provider", "version", "title", "namespace", "strip_prefix", "document", "base_url", "auth",
            "method_override", "response_format", "rate_limit", "note", "description", "extends",
            "operations", "schemas", "unions", "enums", "code_tables", "lookups",
        };

        /// <summary>Reads a file; returns null (with diagnostics) when it is not a usable spec file.</summary>
        public static SpecFile? Read(string path, string text, List<SpecDiagnostic> diagnostics)
        {
            var root = YamlTreeReader.Read(path, text, diagnostics);
            if (root is null || root is YamlScalar { IsNull: true })
            {
                if (diagnostics.Count == 0) diagnostics.Add(SpecDiagnostics.EmptyFile.Create(path, 1, 1));
                return null;
            }

            var r = new NodeReader(diagnostics);
            var map = r.AsMapping(root, "A spec file");
            if (map is null) return null;
            r.CheckKeys(map, "a spec file", TopKeys);

            var languageVersion = r.String(map, "spec", "a spec file", required: true);
            if (languageVersion is not null && languageVersion != "1")
            {
                r.Report(SpecDiagnostics.UnsupportedLanguageVersion.Create(map.Get("spec")!.Span, NodeReader.Shorten(languageVersion)));
                return null;
            }
            var provider = r.String(map, "provider", "a spec file", required: true);
            var version = r.String(map, "version", "a spec file", required: true);
            if (provider is null || version is null || languageVersion is null) return null;
            if (!NodeReader.IsValidName(provider) || !NodeReader.IsValidName(version))
            {
                r.Report(SpecDiagnostics.InvalidName.Create(map.Span, NodeReader.Shorten(provider + "/" + version), "provider/version"));
                return null;
            }

            var header = new SpecHeader(
                provider,
                version,
                r.String(map, "title", "a spec file"),
                r.String(map, "namespace", "a spec file"),
                r.String(map, "strip_prefix", "a spec file"),
                r.String(map, "document", "a spec file"),
                r.String(map, "base_url", "a spec file"),
                ReadAuth(r, map.Get("auth")),
                r.String(map, "method_override", "a spec file"),
                ReadResponseFormat(r, map.Get("response_format")),
                ReadRateLimit(r, map.Get("rate_limit")),
                r.String(map, "note", "a spec file"),
                map.Span)
            {
                Extends = r.String(map, "extends", "a spec file"),
            };

            var types = new TypeReader(r);
            var operations = new List<OperationSpec>();
            foreach (var entry in r.Named(map, "operations", "operation"))
            {
                var operation = new OperationReader(r, types).Read(entry.Key, entry.Value);
                if (operation is not null) operations.Add(operation);
            }

            return new SpecFile(path, new SpecModel(
                header,
                EquatableArray.From(operations),
                EquatableArray.From(types.Schemas(map)),
                EquatableArray.From(types.Unions(map)),
                EquatableArray.From(types.Enums(map)),
                EquatableArray.From(new TableReader(r).CodeTables(map)),
                EquatableArray.From(new TableReader(r).Lookups(map))));
        }

        private static AuthSpec? ReadAuth(NodeReader r, YamlNode? node)
        {
            var map = r.AsMapping(node, "'auth'");
            if (map is null) return null;
            r.CheckKeys(map, "auth", "scheme", "fields", "header", "query_parameter", "note");
            var scheme = r.OneOf(map, "scheme", "auth", new[] { "fields", "bearer", "basic" }, required: true);
            var fields = new List<AuthFieldSpec>();
            foreach (var entry in r.Named(map, "fields", "auth field"))
            {
                var fieldMap = r.AsMapping(entry.Value, "auth field " + entry.Key.Value);
                if (fieldMap is not null) r.CheckKeys(fieldMap, "an auth field", "description", "secret", "note");
                fields.Add(new AuthFieldSpec(
                    entry.Key.Value,
                    fieldMap is null ? null : r.String(fieldMap, "description", "an auth field"),
                    fieldMap is not null && (r.Bool(fieldMap, "secret", "an auth field") ?? false)));
            }
            if (scheme == "fields" && fields.Count == 0)
            {
                r.Report(SpecDiagnostics.MissingKey.Create(map.Span, "fields", "auth with scheme 'fields'"));
            }
            return new AuthSpec(scheme ?? "fields", EquatableArray.From(fields), r.String(map, "header", "auth"), r.String(map, "query_parameter", "auth"), r.String(map, "note", "auth"), map.Span);
        }

        private static ResponseFormatSpec? ReadResponseFormat(NodeReader r, YamlNode? node)
        {
            var map = r.AsMapping(node, "'response_format'");
            if (map is null) return null;
            r.CheckKeys(map, "response_format", "parameter", "default", "values", "note");
            var values = new List<KeyValue>();
            var valueMap = r.AsMapping(map.Get("values"), "'values' of response_format");
            if (valueMap is not null)
            {
                foreach (var entry in valueMap.Entries)
                {
                    values.Add(new KeyValue(entry.Key.Value, r.Scalar(entry.Value, "a response format value") ?? string.Empty));
                }
            }
            return new ResponseFormatSpec(r.RequiredString(map, "parameter", "response_format"), r.String(map, "default", "response_format") ?? "json", EquatableArray.From(values), r.String(map, "note", "response_format"));
        }

        private static RateLimitSpec? ReadRateLimit(NodeReader r, YamlNode? node)
        {
            var map = r.AsMapping(node, "'rate_limit'");
            if (map is null) return null;
            r.CheckKeys(map, "rate_limit", "requests", "per", "applies_to", "note");
            var requests = r.Int(map.Get("requests"), "'requests' of rate_limit");
            if (map.Get("requests") is null) r.Report(SpecDiagnostics.MissingKey.Create(map.Span, "requests", "rate_limit"));
            return new RateLimitSpec(requests ?? 0, r.OneOf(map, "per", "rate_limit", new[] { "second", "minute", "hour", "day" }, required: true, fallback: "minute")!, r.String(map, "applies_to", "rate_limit"), r.String(map, "note", "rate_limit"));
        }
    }
}
