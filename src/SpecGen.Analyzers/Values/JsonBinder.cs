using System.Globalization;
using Microsoft.CodeAnalysis;
using SpecGen.Analyzers.Metadata;
using SpecGen.Shared.Rules;

namespace SpecGen.Analyzers.Values
{
    /// <summary>
    /// Reads a JSON literal against a generated type the way the generated <c>ReadJson</c> does, into a
    /// <see cref="Val"/> graph; reports what the reader would silently drop (wrong kinds, unknown variants,
    /// missing required members).
    /// </summary>
    public sealed class JsonBinder
    {
        private readonly SpecModelCache _cache;
        private readonly Func<int, int, Location> _locate;
        private readonly Action<Diagnostic> _report;

        public JsonBinder(SpecModelCache cache, Func<int, int, Location> locate, Action<Diagnostic> report)
        {
            _cache = cache;
            _locate = locate;
            _report = report;
        }

        private Location At(JsonNode node) => _locate(node.Start, node.End);

        /// <summary>Binds the root of a literal given to <c>T.FromJson</c>.</summary>
        public Val? BindRoot(JsonNode node, ITypeSymbol type)
        {
            if (_cache.SequenceItem(type) is { } items) return BindSequence(node, items, type.Name);
            if (node.Kind != JsonKind.Object)
            {
                var hint = node.Kind == JsonKind.Array && _cache.Union(type)?.Sequence is { } sequence
                    ? "; a program (a JSON array) is read by " + sequence.Name + ".FromJson"
                    : string.Empty;
                _report(Diagnostic.Create(Descriptors.JsonWrongKind, At(node), type.Name + ".FromJson expects a JSON object, found " + Article(node.KindName) + hint));
                return null;
            }
            if (_cache.Union(type) is { } union) return BindUnion(node, union, type.Name);
            if (_cache.Class(type) is { } model) return BindObject(node, model);
            return null;
        }

        /// <summary>A JSON array of union values (one object is read as a one-item sequence, as the run-time reader does).</summary>
        private Val? BindSequence(JsonNode node, UnionModel union, string subject)
        {
            if (node.Kind == JsonKind.Object)
            {
                var one = new ListVal(At(node), complete: true);
                if (BindUnion(node, union, subject + "[0]") is { } value) one.Items.Add(value);
                return one;
            }
            if (node.Kind != JsonKind.Array)
            {
                _report(Diagnostic.Create(Descriptors.JsonWrongKind, At(node), subject + ".FromJson expects a JSON array of " + union.Symbol.Name + " objects, found " + Article(node.KindName)));
                return null;
            }
            var list = new ListVal(At(node), complete: true);
            for (var i = 0; i < node.Items.Count; i++)
            {
                var item = node.Items[i];
                var itemSubject = subject + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (item.Kind != JsonKind.Object)
                {
                    _report(Diagnostic.Create(Descriptors.JsonWrongKind, At(item), itemSubject + " must be " + Article("object") + " (" + union.Symbol.Name + "), found " + Article(item.KindName)));
                    continue;
                }
                if (BindUnion(item, union, itemSubject) is { } value) list.Items.Add(value);
            }
            return list;
        }

        private static string Article(string kind) => (kind == "array" || kind == "object" ? "an " : "a ") + kind;

        private Val? BindUnion(JsonNode node, UnionModel union, string subject)
        {
            var discriminator = union.Discriminator;
            var member = node.Member(discriminator);
            var expected = RuleText.UnknownVariant(discriminator, union.Values);
            if (member is null || member.Value.Kind == JsonKind.Null)
            {
                _report(Diagnostic.Create(Descriptors.UnknownVariant, At(node), expected + "; " + subject + " has no \"" + discriminator + "\" to select its variant"));
                return null;
            }
            var text = member.Value.Text ?? (member.Value.Kind == JsonKind.True ? "true" : member.Value.Kind == JsonKind.False ? "false" : null);
            if (text is not null && union.VariantFor(text) is { } variant) return BindObject(node, variant);
            var hint = text is null ? string.Empty : union.Values.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase)) is { } near ? "; did you mean \"" + near + "\"?" : string.Empty;
            _report(Diagnostic.Create(Descriptors.UnknownVariant, At(member.Value),
                expected + "; found " + (text is null ? Article(member.Value.KindName) : "\"" + text + "\"") + " in " + subject + hint));
            return null;
        }

        private ObjVal BindObject(JsonNode node, ClassModel model)
        {
            var obj = new ObjVal(At(node), model, closed: true);
            foreach (var property in model.Properties)
            {
                var member = Member(node, property);
                if (member is null || member.Value.Kind == JsonKind.Null) continue;
                var value = Bind(member.Value, property.Shape, obj, property);
                if (value is not null) obj.Members[property] = new Member(value, _locate(member.KeyStart, member.Value.End));
            }
            foreach (var property in model.Properties)
            {
                if (property.IsRequired && !obj.Members.ContainsKey(property) && !IsDroppedByWrongKind(node, property))
                {
                    _report(Diagnostic.Create(Descriptors.MissingRequired, At(node), RuleText.Required(property.Wire) + "; " + obj.Label + "." + property.Name + " is missing"));
                }
            }
            return obj;
        }

        /// <summary>The member the generated reader takes: the wire name first, then the aliases.</summary>
        private static JsonMember? Member(JsonNode node, PropertyModel property)
        {
            if (node.Member(property.Wire) is { } member) return member;
            foreach (var alias in property.Aliases)
            {
                if (node.Member(alias) is { } aliased) return aliased;
            }
            return null;
        }

        private static bool IsDroppedByWrongKind(JsonNode node, PropertyModel property) =>
            Member(node, property) is { } member && member.Value.Kind != JsonKind.Null;

        private Val? Bind(JsonNode node, Shape shape, ObjVal owner, PropertyModel property)
        {
            if (shape.IsList)
            {
                if (node.Kind == JsonKind.Array)
                {
                    var list = new ListVal(At(node), complete: true);
                    foreach (var item in node.Items)
                    {
                        if (item.Kind == JsonKind.Null) continue;
                        var value = Bind(item, shape.ItemShape, owner, property);
                        if (value is not null) list.Items.Add(value);
                    }
                    return list;
                }
                if (shape.OneOrMany || (node.Kind == JsonKind.Object && (shape.Kind == ValueKind.Object || shape.Kind == ValueKind.Union)))
                {
                    // One item on its own: a one_or_many field reads it as a one-item list (so does an object list).
                    var one = new ListVal(At(node), complete: true);
                    var value = Bind(node, shape.ItemShape, owner, property);
                    // An unreadable lone value is dropped by the reader (reported once, no follow-on count error).
                    if (value is null && shape.OneOrMany) return null;
                    if (value is not null) one.Items.Add(value);
                    return one;
                }
                return WrongKind(node, owner, property, "array");
            }
            switch (shape.Kind)
            {
                case ValueKind.Text:
                case ValueKind.Url:
                case ValueKind.DateTime:
                    if (node.Kind == JsonKind.String || node.Kind == JsonKind.Number) return new ScalarVal(At(node), node.Text);
                    if (node.Kind == JsonKind.True || node.Kind == JsonKind.False) return new ScalarVal(At(node), node.Kind == JsonKind.True ? "true" : "false");
                    return WrongKind(node, owner, property, "string");
                case ValueKind.Number:
                    if ((node.Kind == JsonKind.Number || node.Kind == JsonKind.String) && Number(node.Text, shape) is { } d) return new ScalarVal(At(node), d);
                    return WrongKind(node, owner, property, "number");
                case ValueKind.Bool:
                    if (node.Kind == JsonKind.True || node.Kind == JsonKind.False) return new ScalarVal(At(node), node.Kind == JsonKind.True);
                    if (node.Kind == JsonKind.String || node.Kind == JsonKind.Number)
                    {
                        switch (node.Text?.Trim().ToLowerInvariant())
                        {
                            case "true":
                            case "1":
                                return new ScalarVal(At(node), true);
                            case "false":
                            case "0":
                                return new ScalarVal(At(node), false);
                        }
                    }
                    return WrongKind(node, owner, property, "boolean");
                case ValueKind.ValueSet:
                    if (_cache.ValueSet(shape.Element) is { IntKeyed: true })
                    {
                        if ((node.Kind == JsonKind.Number || node.Kind == JsonKind.String) && Number(node.Text, shape) is { } code) return new ScalarVal(At(node), code);
                        return WrongKind(node, owner, property, "number");
                    }
                    if (node.Kind == JsonKind.String || node.Kind == JsonKind.Number) return new ScalarVal(At(node), node.Text);
                    return WrongKind(node, owner, property, "string");
                case ValueKind.Object:
                    if (node.Kind == JsonKind.Object && _cache.Class(shape.Element) is { } model) return BindObject(node, model);
                    return WrongKind(node, owner, property, "object");
                case ValueKind.Union:
                    if (node.Kind == JsonKind.Object && _cache.Union(shape.Element) is { } union) return BindUnion(node, union, owner.Label + "." + property.Name);
                    return WrongKind(node, owner, property, "object");
            }
            return new UnknownVal(At(node));
        }

        private static decimal? Number(string? text, Shape shape)
        {
            if (text is null) return null;
            var integral = shape.Element is { } e && e.SpecialType != SpecialType.System_Decimal && e.SpecialType != SpecialType.System_Double && e.SpecialType != SpecialType.System_Single;
            var styles = integral ? NumberStyles.Integer : NumberStyles.Float;
            if (!decimal.TryParse(text.Trim(), styles, CultureInfo.InvariantCulture, out var d))
            {
                // JSON numbers such as 1e3 parse as Float; an int field rejects fractions.
                if (!integral || !decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out d) || d != decimal.Truncate(d)) return null;
            }
            if (integral && shape.Element!.SpecialType == SpecialType.System_Int32 && (d < int.MinValue || d > int.MaxValue)) return null;
            return d;
        }

        private Val? WrongKind(JsonNode node, ObjVal owner, PropertyModel property, string expected)
        {
            _report(Diagnostic.Create(Descriptors.JsonWrongKind, At(node),
                property.Wire + " must be " + Article(expected) + ", found " + Article(node.KindName) + (node.Kind == JsonKind.String ? " (\"" + node.Text + "\")" : string.Empty) + " at " + owner.Label + "." + property.Name));
            return null;
        }
    }
}
