using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;
using SpecGen.Spec.Yaml;

namespace SpecGen.Spec.Reading
{
    /// <summary>Reads code tables and lookup tables.</summary>
    internal sealed class TableReader
    {
        private readonly NodeReader _r;

        public TableReader(NodeReader r) => _r = r;

        public IEnumerable<CodeTableSpec> CodeTables(YamlMapping root)
        {
            foreach (var entry in _r.Named(root, "code_tables", "code table"))
            {
                var what = "code table " + entry.Key.Value;
                var map = _r.Definition(entry, what);
                if (map is null) continue;
                _r.CheckKeys(map, what, "description", "source", "key", "open", "codes", "success", "csharp", "note");
                var codes = new List<CodeSpec>();
                var sequence = _r.AsSequence(map.Get("codes"), "'codes' of " + what);
                if (sequence is null) _r.Report(SpecDiagnostics.MissingKey.Create(map.Span, "codes", what));
                else
                {
                    foreach (var item in sequence.Items)
                    {
                        var c = _r.AsMapping(item, "a code of " + what);
                        if (c is null) continue;
                        _r.CheckKeys(c, "a code of " + what, "code", "meaning", "description", "note");
                        codes.Add(new CodeSpec(_r.RequiredString(c, "code", "a code of " + what), _r.String(c, "meaning", what), _r.String(c, "description", what), _r.String(c, "note", what), c.Span));
                    }
                }
                yield return new CodeTableSpec(
                    entry.Key.Value,
                    _r.String(map, "description", what),
                    _r.String(map, "source", what),
                    _r.OneOf(map, "key", what, new[] { "int", "string" }, fallback: "int")!,
                    _r.Bool(map, "open", what) ?? true,
                    EquatableArray.From(codes),
                    _r.String(map, "note", what),
                    entry.Key.Span,
                    _r.Strings(map.Get("success"), "'success' of " + what))
                {
                    CSharpName = _r.CSharpName(map, what),
                };
            }
        }

        public IEnumerable<LookupSpec> Lookups(YamlMapping root)
        {
            foreach (var entry in _r.Named(root, "lookups", "lookup"))
            {
                var what = "lookup " + entry.Key.Value;
                var map = _r.Definition(entry, what);
                if (map is null) continue;
                _r.CheckKeys(map, what, "description", "source", "columns", "key", "indexes", "rows", "note");
                var indexes = new List<EquatableArray<string>>();
                var indexSeq = _r.AsSequence(map.Get("indexes"), "'indexes' of " + what);
                if (indexSeq is not null)
                {
                    foreach (var index in indexSeq.Items) indexes.Add(_r.Strings(index, "an index of " + what));
                }
                var rows = new List<LookupRow>();
                var rowSeq = _r.AsSequence(map.Get("rows"), "'rows' of " + what);
                if (rowSeq is not null)
                {
                    foreach (var row in rowSeq.Items)
                    {
                        if (row is YamlMapping long_)
                        {
                            _r.CheckKeys(long_, "a row of " + what, "values", "note");
                            rows.Add(new LookupRow(_r.Strings(long_.Get("values"), "'values' of a row"), _r.String(long_, "note", what), row.Span));
                        }
                        else if (row is YamlSequence)
                        {
                            rows.Add(new LookupRow(_r.Strings(row, "a row of " + what), null, row.Span));
                        }
                        else
                        {
                            _r.Report(SpecDiagnostics.WrongNodeKind.Create(row.Span, "A row of " + what, "sequence", row.KindName));
                        }
                    }
                }
                yield return new LookupSpec(
                    entry.Key.Value,
                    _r.String(map, "description", what),
                    _r.String(map, "source", what),
                    _r.Strings(map.Get("columns"), "'columns' of " + what),
                    _r.String(map, "key", what),
                    EquatableArray.From(indexes),
                    EquatableArray.From(rows),
                    _r.String(map, "note", what),
                    entry.Key.Span);
            }
        }
    }
}
