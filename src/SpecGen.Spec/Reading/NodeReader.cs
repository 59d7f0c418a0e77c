using System.Globalization;
using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;
using SpecGen.Spec.Yaml;

namespace SpecGen.Spec.Reading
{
    /// <summary>
    /// Typed access to a YAML tree that reports every shape problem as a diagnostic and returns a
    /// safe fallback instead of throwing.
    /// </summary>
    internal sealed class NodeReader
    {
        private readonly List<SpecDiagnostic> _diagnostics;

        public NodeReader(List<SpecDiagnostic> diagnostics) => _diagnostics = diagnostics;

        public void Report(SpecDiagnostic diagnostic) => _diagnostics.Add(diagnostic);

        public YamlMapping? AsMapping(YamlNode? node, string what)
        {
            if (node is null || node is YamlScalar { IsNull: true }) return null;
            if (node is YamlMapping mapping) return mapping;
            Report(SpecDiagnostics.WrongNodeKind.Create(node.Span, what, "mapping", node.KindName));
            return null;
        }

        /// <summary>The mapping of a named definition; an empty definition is reported, not silently dropped.</summary>
        public YamlMapping? Definition(KeyValuePair<YamlScalar, YamlNode> entry, string what)
        {
            if (entry.Value is YamlScalar { IsNull: true })
            {
                Report(SpecDiagnostics.WrongNodeKind.Create(entry.Key.Span, what, "mapping", "empty value"));
                return null;
            }
            return AsMapping(entry.Value, what);
        }

        public YamlSequence? AsSequence(YamlNode? node, string what)
        {
            if (node is null || node is YamlScalar { IsNull: true }) return null;
            if (node is YamlSequence sequence) return sequence;
            Report(SpecDiagnostics.WrongNodeKind.Create(node.Span, what, "sequence", node.KindName));
            return null;
        }

        /// <summary>Reports keys not in <paramref name="allowed"/> (a warning: the rest of the mapping is still read).</summary>
        public void CheckKeys(YamlMapping mapping, string what, params string[] allowed)
        {
            foreach (var entry in mapping.Entries)
            {
                if (Array.IndexOf(allowed, entry.Key.Value) < 0)
                {
                    Report(SpecDiagnostics.UnknownKey.Create(entry.Key.Span, entry.Key.Value, what, string.Join(", ", allowed)));
                }
            }
        }

        public string? Scalar(YamlNode? node, string what)
        {
            if (node is null) return null;
            if (node is YamlScalar scalar) return scalar.IsNull ? null : scalar.Value;
            Report(SpecDiagnostics.WrongNodeKind.Create(node.Span, what, "scalar", node.KindName));
            return null;
        }

        public string? String(YamlMapping map, string key, string what, bool required = false)
        {
            var node = map.Get(key);
            var value = Scalar(node, "'" + key + "' of " + what);
            if (value is null && required && (node is null || node is YamlScalar))
            {
                // A present but empty value is as missing as an absent key.
                Report(SpecDiagnostics.MissingKey.Create(node?.Span ?? map.Span, key, what));
            }
            return value;
        }

        public string RequiredString(YamlMapping map, string key, string what) => String(map, key, what, required: true) ?? string.Empty;

        public string? OneOf(YamlMapping map, string key, string what, string[] values, bool required = false, string? fallback = null)
        {
            var value = String(map, key, what, required);
            if (value is null) return fallback;
            if (Array.IndexOf(values, value) >= 0) return value;
            Report(SpecDiagnostics.InvalidValue.Create(map.Get(key)!.Span, value, "'" + key + "' of " + what, "one of " + string.Join(", ", values)));
            return fallback;
        }

        public bool? Bool(YamlMapping map, string key, string what)
        {
            var node = map.Get(key);
            var text = Scalar(node, "'" + key + "' of " + what);
            if (text is null) return null;
            switch (text)
            {
                case "true": case "True": case "TRUE": return true;
                case "false": case "False": case "FALSE": return false;
            }
            Report(SpecDiagnostics.InvalidValue.Create(node!.Span, text, "'" + key + "' of " + what, "true or false"));
            return null;
        }

        public int? Int(YamlNode? node, string what) =>
            Number(node, what, "an integer", static (string text, out int value) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value));

        public decimal? Decimal(YamlNode? node, string what) =>
            Number(node, what, "a number", static (string text, out decimal value) => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value));

        private delegate bool TryParse<T>(string text, out T value);

        /// <summary>A scalar read as a number (invariant culture); anything else is reported as not <paramref name="expected"/>.</summary>
        private T? Number<T>(YamlNode? node, string what, string expected, TryParse<T> parse) where T : struct
        {
            var text = Scalar(node, what);
            if (text is null) return null;
            if (parse(text, out var value)) return value;
            Report(SpecDiagnostics.InvalidValue.Create(node!.Span, Shorten(text), what, expected));
            return null;
        }

        /// <summary>A list of scalars; a single scalar is accepted as a one-item list.</summary>
        public EquatableArray<string> Strings(YamlNode? node, string what)
        {
            if (node is null) return EquatableArray<string>.Empty;
            if (node is YamlScalar single) return single.IsNull ? EquatableArray<string>.Empty : new EquatableArray<string>(new[] { single.Value });
            var sequence = AsSequence(node, what);
            if (sequence is null) return EquatableArray<string>.Empty;
            var values = new List<string>(sequence.Items.Count);
            foreach (var item in sequence.Items)
            {
                var text = Scalar(item, "an item of " + what);
                if (text is not null) values.Add(text);
            }
            return EquatableArray.From(values);
        }

        /// <summary>Entries of a mapping whose keys are names (operations, schemas, ...).</summary>
        public IEnumerable<KeyValuePair<YamlScalar, YamlNode>> Named(YamlMapping map, string key, string what)
        {
            var section = AsMapping(map.Get(key), "'" + key + "'");
            if (section is null) yield break;
            foreach (var entry in section.Entries)
            {
                if (!IsValidName(entry.Key.Value))
                {
                    Report(SpecDiagnostics.InvalidName.Create(entry.Key.Span, Shorten(entry.Key.Value), what));
                    continue;
                }
                yield return entry;
            }
        }

        public static bool IsValidName(string name)
        {
            if (name.Length == 0 || name.Length > 200 || !char.IsLetter(name[0]) || name[0] > 127) return false;
            foreach (var c in name)
            {
                if (c > 127 || !(char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) return false;
            }
            return true;
        }

        /// <summary>
        /// The optional <c>csharp:</c> name of a type (an operation's class, a code table's type) or a field's property.
        /// It is written into code as is, so it must be a C# identifier and no keyword; anything else is reported
        /// (SG1104) and ignored (the derived name is used).
        /// </summary>
        public string? CSharpName(YamlMapping map, string what)
        {
            var name = String(map, "csharp", what);
            if (name is null || CSharpIdentifier.IsValid(name)) return name;
            Report(SpecDiagnostics.InvalidValue.Create(map.Get("csharp")!.Span, Shorten(name), "'csharp' of " + what, "a C# name (a letter or '_', then letters, digits or '_'; no keyword)"));
            return null;
        }

        public static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
