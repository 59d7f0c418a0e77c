using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecGen.Analyzers.Metadata;

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
            if (node.Kind != JsonKind.Object)
            {
                _report(Diagnostic.Create(Descriptors.JsonWrongKind, At(node), type.Name + ".FromJson expects a JSON object, found " + Article(node.KindName)));
                return null;
            }
            if (_cache.Union(type) is { } union) return BindUnion(node, union, type.Name);
            if (_cache.Class(type) is { } model) return BindObject(node, model);
            return null;
        }

        private static string Article(string kind) => (kind == "array" || kind == "object" ? "an " : "a ") + kind;

        private Val? BindUnion(JsonNode node, UnionModel union, string subject)
        {
            var discriminator = union.Variants.Select(v => v.Discriminator).FirstOrDefault(d => d is not null);
            if (discriminator is null) return new UnknownVal(At(node));
            var member = node.Member(discriminator.Wire);
            var choices = union.Variants.SelectMany(VariantValues).Distinct().ToList();
            if (member is null || member.Value.Kind == JsonKind.Null)
            {
                _report(Diagnostic.Create(Descriptors.UnknownVariant, At(node),
                    subject + " needs \"" + discriminator.Wire + "\" to select its variant (one of: " + string.Join(", ", choices) + ")"));
                return null;
            }
            var text = member.Value.Text ?? (member.Value.Kind == JsonKind.True ? "true" : member.Value.Kind == JsonKind.False ? "false" : null);
            foreach (var variant in union.Variants)
            {
                if (text is not null && VariantValues(variant).Contains(text)) return BindObject(node, variant);
            }
            _report(Diagnostic.Create(Descriptors.UnknownVariant, At(member.Value),
                subject + "." + discriminator.Wire + " (" + (text is null ? member.Value.KindName : "\"" + text + "\"") + ") is not a variant; expected one of: " + string.Join(", ", choices)));
            return null;
        }

        /// <summary>The discriminator values that select a variant class.</summary>
        public IEnumerable<string> VariantValues(ClassModel variant)
        {
            if (variant.Discriminator is not { } d) yield break;
            var found = false;
            foreach (var rule in d.Rules)
            {
                if (rule.Kind != "allowed") continue;
                foreach (var v in rule.Values)
                {
                    found = true;
                    yield return v;
                }
            }
            if (found) yield break;
            if (_cache.ValueSet(d.Shape.Element) is { } set)
            {
                foreach (var v in set.Values) yield return v;
            }
        }

        private ObjVal BindObject(JsonNode node, ClassModel model)
        {
            var obj = new ObjVal(At(node), model, closed: true);
            foreach (var property in model.Properties)
            {
                var member = node.Member(property.Wire) ?? FallbackMember(node, property);
                if (member is null || member.Value.Kind == JsonKind.Null) continue;
                var value = Bind(member.Value, property.Shape, obj, property);
                if (value is not null) obj.Members[property] = new Member(value, _locate(member.KeyStart, member.Value.End));
            }
            foreach (var property in model.Properties)
            {
                if (property.IsRequired && !obj.Members.ContainsKey(property) && !IsDroppedByWrongKind(node, property))
                {
                    _report(Diagnostic.Create(Descriptors.MissingRequired, At(node), obj.Label + "." + property.Wire + " is required"));
                }
            }
            return obj;
        }

        private bool IsDroppedByWrongKind(JsonNode node, PropertyModel property)
        {
            var member = node.Member(property.Wire) ?? FallbackMember(node, property);
            return member is not null && member.Value.Kind != JsonKind.Null;
        }

        private static JsonMember? FallbackMember(JsonNode node, PropertyModel property)
        {
            // Without the generated doc comment the wire name is unknown: match names letters-and-digits only.
            if (property.Wire != property.Name) return null;
            var key = Names.Normalize(property.Name);
            return node.Members.LastOrDefault(m => Names.Normalize(m.Key) == key);
        }

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
                if (node.Kind == JsonKind.Object && (shape.Kind == ValueKind.Object || shape.Kind == ValueKind.Union))
                {
                    var one = new ListVal(At(node), complete: true);
                    var value = Bind(node, shape.ItemShape, owner, property);
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
                    if (node.Kind == JsonKind.Object && _cache.Union(shape.Element) is { } union) return BindUnion(node, union, owner.Label + "." + property.Wire);
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
                owner.Label + "." + property.Wire + " must be " + Article(expected) + ", found " + Article(node.KindName) + (node.Kind == JsonKind.String ? " (\"" + node.Text + "\")" : string.Empty)));
            return null;
        }
    }
}
