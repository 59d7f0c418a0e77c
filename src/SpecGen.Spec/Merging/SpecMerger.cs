using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;

namespace SpecGen.Spec.Merging
{
    /// <summary>
    /// Merges the files that name the same provider and version into one <see cref="SpecModel"/>.
    /// Header values may be set in any one file; names must be unique across the files.
    /// </summary>
    public static class SpecMerger
    {
        /// <summary>Merges files (any order; output is ordered by provider/version and file path).</summary>
        public static List<SpecModel> Merge(IEnumerable<SpecFile> files, List<SpecDiagnostic> diagnostics)
        {
            var models = new List<SpecModel>();
            var groups = files
                .GroupBy(f => f.Header.Provider + "/" + f.Header.Version, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var ordered = group.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
                models.Add(MergeOne(group.Key, ordered, diagnostics));
            }
            return SpecExtension.Apply(models, diagnostics);
        }

        private static SpecModel MergeOne(string id, List<SpecFile> files, List<SpecDiagnostic> diagnostics)
        {
            var first = files[0].Header;
            var header = new HeaderMerge(id, diagnostics);
            foreach (var file in files)
            {
                header.Add(file);
            }

            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            var operationNames = new Dictionary<string, string>(StringComparer.Ordinal);
            var operations = Unique(files, f => f.Content.Operations, o => o.Name, o => o.Span, "Operation", operationNames, id, diagnostics);
            var schemas = Unique(files, f => f.Content.Schemas, s => s.Name, s => s.Span, "Schema", names, id, diagnostics);
            var unions = Unique(files, f => f.Content.Unions, s => s.Name, s => s.Span, "Union", names, id, diagnostics);
            var enums = Unique(files, f => f.Content.Enums, s => s.Name, s => s.Span, "Enum", names, id, diagnostics);
            var tables = Unique(files, f => f.Content.CodeTables, s => s.Name, s => s.Span, "Code table", names, id, diagnostics);
            var lookups = Unique(files, f => f.Content.Lookups, s => s.Name, s => s.Span, "Lookup", names, id, diagnostics);

            // 'document' is required only of transcriptions, and a spec names its document exactly when it is one:
            // a user's own spec has none. A missing base_url may still come from the spec it extends (SpecExtension).
            var merged = header.Build(first);

            return new SpecModel(merged, EquatableArray.From(operations), EquatableArray.From(schemas), EquatableArray.From(unions), EquatableArray.From(enums), EquatableArray.From(tables), EquatableArray.From(lookups));
        }

        private static List<T> Unique<T>(
            List<SpecFile> files,
            Func<SpecFile, EquatableArray<T>> select,
            Func<T, string> name,
            Func<T, SourceSpan> span,
            string kind,
            Dictionary<string, string> seen,
            string id,
            List<SpecDiagnostic> diagnostics)
            where T : IEquatable<T>
        {
            var list = new List<T>();
            foreach (var file in files)
            {
                foreach (var item in select(file))
                {
                    var itemSpan = span(item);
                    if (seen.TryGetValue(name(item), out var where))
                    {
                        diagnostics.Add(SpecDiagnostics.DuplicateName.Create(itemSpan, kind, name(item), where, id));
                        continue;
                    }
                    seen[name(item)] = itemSpan.ToString();
                    list.Add(item);
                }
            }
            return list;
        }

        /// <summary>Takes each header value from the one file that sets it; reports conflicts.</summary>
        private sealed class HeaderMerge
        {
            private readonly string _id;
            private readonly List<SpecDiagnostic> _diagnostics;
            private readonly Dictionary<string, (string Value, string File)> _scalars = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
            private AuthSpec? _auth;
            private ResponseFormatSpec? _format;
            private RateLimitSpec? _rate;

            public HeaderMerge(string id, List<SpecDiagnostic> diagnostics)
            {
                _id = id;
                _diagnostics = diagnostics;
            }

            public void Add(SpecFile file)
            {
                var h = file.Header;
                Scalar("title", h.Title, file);
                Scalar("namespace", h.Namespace, file);
                Scalar("strip_prefix", h.StripPrefix, file);
                Scalar("document", h.Document, file);
                Scalar("base_url", h.BaseUrl, file);
                Scalar("method_override", h.MethodOverride, file);
                Scalar("note", h.Note, file);
                Scalar("extends", h.Extends, file);
                _auth = Object("auth", _auth, h.Auth, file);
                _format = Object("response_format", _format, h.ResponseFormat, file);
                _rate = Object("rate_limit", _rate, h.RateLimit, file);
            }

            private void Scalar(string key, string? value, SpecFile file)
            {
                if (value is null) return;
                if (_scalars.TryGetValue(key, out var existing))
                {
                    if (existing.Value != value)
                        _diagnostics.Add(SpecDiagnostics.ConflictingHeader.Create(file.Header.Span, key, _id, value, existing.Value, existing.File));
                    return;
                }
                _scalars[key] = (value, file.Path);
            }

            private T? Object<T>(string key, T? current, T? value, SpecFile file) where T : class
            {
                if (value is null) return current;
                if (current is null)
                {
                    _scalars["#" + key] = (key, file.Path);
                    return value;
                }
                if (!current.Equals(value))
                    _diagnostics.Add(SpecDiagnostics.ConflictingHeader.Create(file.Header.Span, key, _id, "(another value)", "(a value)", _scalars["#" + key].File));
                return current;
            }

            private string? Get(string key) => _scalars.TryGetValue(key, out var v) ? v.Value : null;

            public SpecHeader Build(SpecHeader first) => new SpecHeader(
                first.Provider, first.Version, Get("title"), Get("namespace"), Get("strip_prefix"), Get("document"), Get("base_url"),
                _auth, Get("method_override"), _format, _rate, Get("note"), first.Span)
            {
                Extends = Get("extends"),
            };
        }
    }
}
