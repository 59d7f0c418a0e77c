using SpecGen.Spec.Model;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// Expressions that read one field from XML or form text, tolerant of type drift (the runtime helpers turn
    /// anything unreadable into null). JSON is read by <see cref="JsonReadEmitter"/>.
    /// </summary>
    internal sealed class WireReadEmitter
    {
        private readonly TypeMap _map;
        private int _counter;

        public WireReadEmitter(TypeMap map) => _map = map;

        private string Next(string prefix) => prefix + (_counter++).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string Rt(string type) => "global::SpecGen.Runtime.Wire." + type;

        /// <summary>Converts text (form field, XML element) to the field's element type.</summary>
        public string FromText(FieldSpec field, string text)
        {
            var kind = _map.ElementKind(field);
            var type = _map.ElementType(field);
            switch (kind)
            {
                case PrimitiveTypes.String:
                case PrimitiveTypes.Phone: return text;
                case PrimitiveTypes.Int: return Rt("Text.Int(" + text + ")");
                case PrimitiveTypes.Long: return Rt("Text.Long(" + text + ")");
                case PrimitiveTypes.Decimal: return Rt("Text.Decimal(" + text + ")");
                case PrimitiveTypes.Bool: return Rt("Text.Bool(" + text + ")");
                case PrimitiveTypes.Url: return Rt("Text.Url(" + text + ")");
                case PrimitiveTypes.DateTime:
                case PrimitiveTypes.Date: return Rt("Text.DateTime(" + text + ", " + CSharp.Literal(_map.DateTimePattern(field)) + ")");
                case PrimitiveTypes.Binary: return "null";
            }
            if (_map.Scope.Enum(kind) is not null || (_map.Scope.CodeTable(kind) is { } t && t.Key == "string"))
            {
                var s = Next("s");
                return "(" + text + " is { } " + s + " ? new " + type + "(" + s + ") : (" + type + "?)null)";
            }
            if (_map.Scope.CodeTable(kind) is not null)
            {
                var n = Next("n");
                return "(" + Rt("Text.Int(" + text + ")") + " is { } " + n + " ? new " + type + "(" + n + ") : (" + type + "?)null)";
            }
            if (_map.Scope.Schema(kind) is not null || _map.Scope.Union(kind) is not null)
            {
                // An object carried as JSON text inside a form field.
                var s = Next("j");
                return "(" + text + " is { } " + s + " ? " + type + ".FromJson(" + s + ").Value : null)";
            }
            return "null";
        }

        /// <summary>Reads the field from a form dictionary <paramref name="form"/>.</summary>
        public string FromForm(FieldSpec field, string form)
        {
            var v = Next("f");
            var get = form + ".TryGetValue(" + CSharp.Literal(field.WireName) + ", out var " + v + ")";
            foreach (var alias in field.Aliases) get += " || " + form + ".TryGetValue(" + CSharp.Literal(alias) + ", out " + v + ")";
            string value;
            if (field.List is { } list)
            {
                value = Rt("Lists.Split(" + v + ", " + CSharp.Literal(string.Join(string.Empty, list.Separators)) + (list.PercentEncoded ? ", percentEncoded: true" : string.Empty) + ")");
            }
            else if (field.Type.IsArray)
            {
                // An array carried as JSON text inside a form field.
                var json = new JsonReadEmitter(_map);
                value = Rt("JsonValues.Parse(" + v + ", static (" + JsonReadEmitter.Parameters + ") => " + json.Value(field, "r", "s") + ")");
            }
            else
            {
                value = FromText(field, v);
            }
            return "(" + get + " ? " + value + " : null)";
        }

        private static string XmlChild(FieldSpec field, string x)
        {
            var expr = Rt("XmlValues.Child(" + x + ", " + CSharp.Literal(field.WireName) + ")");
            foreach (var alias in field.Aliases) expr += " ?? " + Rt("XmlValues.Child(" + x + ", " + CSharp.Literal(alias) + ")");
            return expr;
        }

        /// <summary>Reads the field from an XML element <paramref name="x"/>.</summary>
        public string FromXml(FieldSpec field, string x)
        {
            var alias = _map.Alias(field);
            var aliasArg = alias is null ? "null" : CSharp.Literal(alias);
            var kind = _map.ElementKind(field);
            var isObject = _map.Scope.Schema(kind) is not null;
            if (field.Type.IsArray)
            {
                var item = Next("x");
                var itemName = field.XmlItem ?? field.WireName;
                string read;
                if (isObject) read = _map.ElementType(field) + ".ReadXml(" + item + ")";
                else if (_map.Scope.Union(kind) is not null) return "null";
                else read = FromText(field, item + ".Value.Trim()");
                var helper = _map.IsValueElement(field) ? "Lists.ValuesOf" : "Lists.ArrayOf";
                var items = Rt(helper + "(" + Rt("XmlValues.Items(" + x + ", " + CSharp.Literal(field.WireName) + ", " + CSharp.Literal(itemName) + ", " + aliasArg + ")") + ", static " + item + " => " + read + ")");
                // One element or several: XML has one form for both, so a one_or_many field only changes the type.
                return field.Type.IsOneOrMany ? Rt("OneOrMany.From(" + items + ")") : items;
            }
            if (isObject)
            {
                var c = Next("c");
                return "(" + XmlChild(field, x) + " is { } " + c + " ? " + _map.ElementType(field) + ".ReadXml(" + c + ") : null)";
            }
            if (_map.Scope.Union(kind) is not null) return "null";
            var text = "(" + XmlChild(field, x) + ")?.Value.Trim()";
            if (field.List is { } list) return Rt("Lists.Split(" + text + ", " + CSharp.Literal(string.Join(string.Empty, list.Separators)) + (list.PercentEncoded ? ", percentEncoded: true" : string.Empty) + ")");
            return FromText(field, text);
        }
    }
}
