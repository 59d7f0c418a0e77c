using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;
using SpecGen.Spec.Yaml;

namespace SpecGen.Spec.Reading
{
    /// <summary>Reads rules and conditions (spec/README.md §7).</summary>
    internal sealed class RuleReader
    {
        private static readonly string[] KindKeys =
        {
            RuleKinds.Allowed, RuleKinds.Range, RuleKinds.Length, RuleKinds.Format, RuleKinds.Pattern, RuleKinds.Trimmed,
            RuleKinds.Count, RuleKinds.Required, RuleKinds.Forbidden, RuleKinds.Unique, RuleKinds.Same, RuleKinds.Compare,
            RuleKinds.AllowedVariants, "required_when", "forbidden_when",
        };

        private static readonly string[] ExtraKeys = { "target", "when", "note", "message", "pattern", "ignore_case" };
        private static readonly string[] CompareOperators = { "lt", "le", "eq", "ge", "gt" };

        private readonly NodeReader _r;

        public RuleReader(NodeReader r) => _r = r;

        public List<RuleSpec> Read(YamlNode? node, string what, bool onField)
        {
            var list = new List<RuleSpec>();
            var sequence = _r.AsSequence(node, "'rules' of " + what);
            if (sequence is null) return list;
            foreach (var item in sequence.Items)
            {
                var map = _r.AsMapping(item, "a rule of " + what);
                if (map is null) continue;
                var rule = ReadOne(map, what, onField);
                if (rule is not null) list.Add(rule);
            }
            return list;
        }

        private RuleSpec? ReadOne(YamlMapping map, string what, bool onField)
        {
            string? kindKey = null;
            foreach (var entry in map.Entries)
            {
                if (System.Array.IndexOf(KindKeys, entry.Key.Value) >= 0 && !(entry.Key.Value == RuleKinds.Pattern && kindKey == RuleKinds.Format))
                {
                    if (kindKey is null) kindKey = entry.Key.Value;
                }
            }
            // 'pattern' beside 'format' is the format's argument, whichever comes first.
            if (map.Get(RuleKinds.Format) is not null) kindKey = RuleKinds.Format;
            var allowedKeys = new List<string>(KindKeys);
            allowedKeys.AddRange(ExtraKeys);
            _r.CheckKeys(map, "a rule of " + what, allowedKeys.ToArray());
            if (kindKey is null)
            {
                _r.Report(SpecDiagnostics.MissingKey.Create(map.Span, "a rule kind (" + string.Join(", ", KindKeys) + ")", "a rule of " + what));
                return null;
            }

            var value = map.Get(kindKey)!;
            var target = _r.String(map, "target", what);
            var rwhat = kindKey + " rule of " + what;
            var when = Condition(map.Get("when"), rwhat);
            var values = EquatableArray<string>.Empty;
            decimal? min = null, max = null;
            string? format = null, pattern = null, right = null, op = null;
            var kind = kindKey;

            switch (kindKey)
            {
                case RuleKinds.Allowed:
                case RuleKinds.AllowedVariants:
                    values = _r.Strings(value, rwhat);
                    if (values.Count == 0) _r.Report(SpecDiagnostics.EmptyAllowed.Create(value.Span, kindKey, what));
                    break;
                case RuleKinds.Range:
                case RuleKinds.Length:
                case RuleKinds.Count:
                {
                    var bounds = _r.AsMapping(value, rwhat);
                    if (bounds is null) break;
                    _r.CheckKeys(bounds, rwhat, "min", "max", "target");
                    min = _r.Decimal(bounds.Get("min"), "'min' of " + rwhat);
                    max = _r.Decimal(bounds.Get("max"), "'max' of " + rwhat);
                    target ??= _r.String(bounds, "target", rwhat);
                    if (bounds.Get("min") is null && bounds.Get("max") is null) _r.Report(SpecDiagnostics.MissingKey.Create(bounds.Span, "min or max", rwhat));
                    else if (min > max) _r.Report(SpecDiagnostics.EmptyRange.Create(bounds.Span, kindKey, what, min, max));
                    break;
                }
                case RuleKinds.Format:
                    format = _r.Scalar(value, rwhat);
                    pattern = _r.String(map, "pattern", rwhat);
                    if (format is not null && System.Array.IndexOf(Formats.All, format) < 0)
                        _r.Report(SpecDiagnostics.UnknownFormat.Create(value.Span, NodeReader.Shorten(format), what, string.Join(", ", Formats.All)));
                    break;
                case RuleKinds.Pattern:
                    pattern = _r.Scalar(value, rwhat);
                    if (pattern is not null) CheckRegex(pattern, value.Span, what);
                    break;
                case RuleKinds.Trimmed:
                    if (_r.Bool(map, RuleKinds.Trimmed, rwhat) == false) return null;
                    break;
                case "required_when":
                case "forbidden_when":
                    kind = kindKey == "required_when" ? RuleKinds.Required : RuleKinds.Forbidden;
                    when = Condition(value, rwhat);
                    break;
                case RuleKinds.Required:
                case RuleKinds.Forbidden:
                case RuleKinds.Unique:
                case RuleKinds.Same:
                    target = _r.Scalar(value, rwhat);
                    if (target is null) _r.Report(SpecDiagnostics.MissingKey.Create(value.Span, "a target path", rwhat));
                    break;
                case RuleKinds.Compare:
                {
                    var cmp = _r.AsMapping(value, rwhat);
                    if (cmp is null) break;
                    _r.CheckKeys(cmp, rwhat, "left", "op", "right");
                    target = _r.RequiredString(cmp, "left", rwhat);
                    op = _r.OneOf(cmp, "op", rwhat, CompareOperators, required: true, fallback: "le");
                    right = _r.RequiredString(cmp, "right", rwhat);
                    break;
                }
            }

            if (onField && (kind == RuleKinds.Unique || kind == RuleKinds.Same || kind == RuleKinds.Compare || ((kind == RuleKinds.Required || kind == RuleKinds.Forbidden) && kindKey != "required_when" && kindKey != "forbidden_when")))
            {
                _r.Report(SpecDiagnostics.RuleNotApplicable.Create(map.Span, kindKey, what, "a field", "write it in the rules of the schema or operation that holds the field"));
                return null;
            }

            // ignore_case: an 'allowed' rule whose document says the value is case-insensitive.
            var ignoreCase = kind == RuleKinds.Allowed && _r.Bool(map, "ignore_case", rwhat) == true;
            return new RuleSpec(kind, target, values, min, max, format, pattern, right, op, when, _r.String(map, "message", rwhat), _r.String(map, "note", rwhat), map.Span, ignoreCase);
        }

        private void CheckRegex(string pattern, SourceSpan span, string what)
        {
            try
            {
                _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.None, System.TimeSpan.FromSeconds(1));
            }
            catch (System.ArgumentException e)
            {
                _r.Report(SpecDiagnostics.BadRegex.Create(span, NodeReader.Shorten(pattern), what, e.Message.TrimEnd('.')));
            }
        }

        public ConditionSpec? Condition(YamlNode? node, string what)
        {
            var map = _r.AsMapping(node, "the condition of " + what);
            if (map is null) return null;
            _r.CheckKeys(map, "a condition", "field", "equals", "in", "present", "count_gt", "not");
            if (map.Get("not") is { } inner)
            {
                return new ConditionSpec(ConditionKinds.Not, null, EquatableArray<string>.Empty, false, null, Condition(inner, what));
            }
            var field = _r.String(map, "field", "a condition of " + what, required: true);
            if (map.Get("equals") is { } eq) return new ConditionSpec(ConditionKinds.Equal, field, _r.Strings(eq, "'equals'"), false, null, null);
            if (map.Get("in") is { } inValues) return new ConditionSpec(ConditionKinds.In, field, _r.Strings(inValues, "'in'"), false, null, null);
            if (map.Get("count_gt") is { } count) return new ConditionSpec(ConditionKinds.CountGreaterThan, field, EquatableArray<string>.Empty, false, _r.Decimal(count, "'count_gt'"), null);
            if (map.Get("present") is not null) return new ConditionSpec(ConditionKinds.Present, field, EquatableArray<string>.Empty, _r.Bool(map, "present", "a condition") ?? true, null, null);
            _r.Report(SpecDiagnostics.MissingKey.Create(map.Span, "equals, in, present, count_gt or not", "a condition of " + what));
            return null;
        }
    }
}
