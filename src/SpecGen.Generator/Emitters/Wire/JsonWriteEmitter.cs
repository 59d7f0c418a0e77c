using SpecGen.Spec.Model;

namespace SpecGen.Generator.Emitters
{
    /// <summary>Statements that write a field to a <c>Utf8JsonWriter w</c> (no reflection).</summary>
    internal sealed class JsonWriteEmitter
    {
        private readonly TypeMap _map;
        private int _counter;

        public JsonWriteEmitter(TypeMap map) => _map = map;

        public void WriteField(SourceWriter w, FieldSpec field, string prop)
        {
            var name = CSharp.Literal(field.WireName);
            var v = "j" + (_counter++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            w.Open("if (" + prop + " is { } " + v + ")");
            if (field.List is { } list)
            {
                w.Line("w.WriteString(" + name + ", string.Join(" + CSharp.Literal(list.Join) + ", " + v + "));");
            }
            else if (field.Type.IsOneOrMany)
            {
                // The documented form of "string/array": one item as a plain value, several as an array.
                w.Lines($$"""
                    if ({{v}}.Count == 1)
                    {
                        w.WritePropertyName({{name}});
                        {{Value(field, v + "[0]")}}
                    }
                    else
                    {
                        w.WriteStartArray({{name}});
                        foreach (var {{v}}i in {{v}}) { {{Value(field, v + "i")}} }
                        w.WriteEndArray();
                    }
                    """);
            }
            else if (field.Type.IsArray)
            {
                w.Line("w.WriteStartArray(" + name + ");");
                var item = v + "i";
                w.Line("foreach (var " + item + " in " + v + ") { " + Value(field, item) + " }");
                w.Line("w.WriteEndArray();");
            }
            else
            {
                w.Line("w.WritePropertyName(" + name + ");");
                w.Line(Value(field, v));
            }
            w.Close();
        }

        /// <summary>One statement writing a value (no property name).</summary>
        public string Value(FieldSpec field, string v)
        {
            var kind = _map.ElementKind(field);
            switch (kind)
            {
                case PrimitiveTypes.String:
                case PrimitiveTypes.Phone: return "w.WriteStringValue(" + v + ");";
                case PrimitiveTypes.Int:
                case PrimitiveTypes.Long:
                case PrimitiveTypes.Decimal: return "w.WriteNumberValue(" + v + ");";
                case PrimitiveTypes.Bool: return "w.WriteBooleanValue(" + v + ");";
                case PrimitiveTypes.Url: return "w.WriteStringValue(" + v + ".OriginalString);";
                case PrimitiveTypes.DateTime:
                case PrimitiveTypes.Date:
                    if (field.TimeZone is { } zone && TimeZones.TryParseOffset(zone, out var minutes))
                        v = "global::SpecGen.Runtime.Wire.ZonedTime.ToZone(" + v + ", " + minutes.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")!.Value";
                    return "w.WriteStringValue(" + v + ".ToString(" + CSharp.Literal(_map.DateTimePattern(field)) + ", global::System.Globalization.CultureInfo.InvariantCulture));";
                case PrimitiveTypes.Binary: return "w.WriteBase64StringValue(" + v + ");";
            }
            if (_map.Scope.Enum(kind) is not null) return "w.WriteStringValue(" + v + ".Value);";
            if (_map.Scope.CodeTable(kind) is { } t) return t.Key == "int" ? "w.WriteNumberValue(" + v + ".Value);" : "w.WriteStringValue(" + v + ".Value);";
            return v + ".WriteJson(w);";
        }
    }
}
