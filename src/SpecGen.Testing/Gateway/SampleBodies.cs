using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using SpecGen.Spec.Checking;
using SpecGen.Spec.Model;

namespace SpecGen.Testing.Gateway;

/// <summary>
/// Builds documented-shape bodies from a spec's schemas: every field gets a deterministic value of its
/// type (the first allowed value, the first enum value or code, a date in the field's pattern...).
/// The same tree is written as JSON or XML (xml_root, xml_item), so one sample round-trips both ways.
/// </summary>
public sealed class SampleBodies
{
    private static readonly DateTime SampleTime = new(2024, 1, 2, 3, 4, 5, DateTimeKind.Unspecified);
    private readonly SpecModel _model;
    private readonly TypeScope _scope;

    public SampleBodies(SpecModel model)
    {
        _model = model;
        _scope = new TypeScope(model);
    }

    public TypeScope Scope => _scope;

    /// <summary>Values to reuse by (prefix-stripped) wire name, e.g. a msgid returned earlier.</summary>
    public Dictionary<string, string> Linked { get; } = new(StringComparer.Ordinal);

    /// <summary>A success body of <paramref name="schema"/>: every <c>status</c> number is the success code 0.</summary>
    public JsonObject Success(string schema) => Object(schema, 0, statusCode: null, message: null);

    /// <summary>An error body: the code field carries <paramref name="code"/>, message-like fields <paramref name="message"/>.</summary>
    public JsonObject Error(string schema, string code, string message) => Object(schema, 0, code, message);

    /// <summary>An event body from a webhook's parameters or body schema.</summary>
    public JsonObject Event(OperationSpec webhook)
    {
        if (webhook.Body is { } body) return Object(body, 0, null, null);
        var o = new JsonObject();
        foreach (var p in webhook.Parameters) o[p.WireName] = Value(p, 0, null, null);
        return o;
    }

    public JsonObject Object(string schemaName, int depth, string? statusCode, string? message)
    {
        var o = new JsonObject();
        if (_scope.Schema(schemaName) is not { } schema) return o;
        var codeField = CodeField(schema);
        foreach (var f in schema.Fields)
        {
            if (statusCode is not null && f == codeField) o[f.WireName] = CodeValue(f, statusCode);
            else if (message is not null && f.Type.Name == PrimitiveTypes.String && (f.WireName.Contains("msg", StringComparison.OrdinalIgnoreCase) || f.WireName.Contains("message", StringComparison.OrdinalIgnoreCase))) o[f.WireName] = message;
            else if (statusCode is not null && codeField is null && f.Type.IsArray && f.Type.Items is { } items && _scope.Schema(items.Name) is { } itemSchema && CodeField(itemSchema) is not null)
            {
                o[f.WireName] = new JsonArray(Object(items.Name, depth + 1, statusCode, message));
            }
            else o[f.WireName] = Value(f, depth, null, null);
        }
        return o;
    }

    /// <summary>The field that carries a status code: the spec's body_status code when declared (a top-level one), else the one typed as a code table, else <c>status</c>, else <c>code</c>.</summary>
    public FieldSpec? CodeField(SchemaSpec schema) =>
        schema.BodyStatus is { } declared
            ? (declared.Code is { } path && !path.Contains("[]") ? schema.Fields.FirstOrDefault(f => f.WireName == path) : null)
            : schema.Fields.FirstOrDefault(f => !f.Type.IsArray && _scope.CodeTable(f.Type.Name) is not null && f.WireName == "status")
        ?? schema.Fields.FirstOrDefault(f => !f.Type.IsArray && f.WireName == "status")
        ?? schema.Fields.FirstOrDefault(f => !f.Type.IsArray && f.WireName == "code");

    private JsonNode? CodeValue(FieldSpec f, string code)
    {
        var kind = f.Type.Name;
        var table = _scope.CodeTable(kind);
        var numeric = kind == PrimitiveTypes.Int || kind == PrimitiveTypes.Long || (table is not null && table.Key == "int");
        if (numeric && long.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return JsonValue.Create(n);
        return JsonValue.Create(code);
    }

    public JsonNode? Value(FieldSpec f, int depth, string? statusCode, string? message)
    {
        if (f.Type.IsArray)
        {
            var items = new JsonArray();
            var item = f.Type.Items ?? new TypeRef(PrimitiveTypes.String, null);
            if (depth > 4) return items;
            for (var i = 0; i < 2; i++) items.Add(Single(f, item.Name, depth + 1, i));
            return items;
        }
        if (f.List is not null) return JsonValue.Create(Text(f, f.Type.Name, 0) + f.List.Join + Text(f, f.Type.Name, 1));
        return Single(f, f.Type.Name, depth, 0);
    }

    private JsonNode? Single(FieldSpec f, string type, int depth, int index)
    {
        if (_scope.Schema(type) is not null) return depth > 5 ? new JsonObject() : Object(type, depth + 1, null, null);
        if (_scope.Union(type) is { } union)
        {
            var variant = union.Variants[index % union.Variants.Count];
            var o = Object(variant.Schema, depth + 1, null, null);
            o[union.Discriminator] = variant.Value;
            return o;
        }
        switch (type)
        {
            case PrimitiveTypes.Int:
                if (f.WireName == "status") return JsonValue.Create(0);
                return JsonValue.Create(Allowed(f) is { } a && int.TryParse(a, out var ai) ? ai : RangeOr(f, 7) + index);
            case PrimitiveTypes.Long:
                if (f.WireName == "status") return JsonValue.Create(0L);
                return JsonValue.Create(RangeOr(f, 1704164645L) + index);
            case PrimitiveTypes.Decimal: return JsonValue.Create(12.5m + index);
            case PrimitiveTypes.Bool: return JsonValue.Create(true);
        }
        if (_scope.Enum(type) is { } e) return JsonValue.Create(Allowed(f) ?? e.Values[0].Value);
        if (_scope.CodeTable(type) is { } table)
        {
            var code = table.Codes[0].Code;
            if (table.Key == "int") return JsonValue.Create(long.Parse(code, CultureInfo.InvariantCulture));
            return JsonValue.Create(code);
        }
        return JsonValue.Create(Text(f, type, index));
    }

    private static long RangeOr(FieldSpec f, long fallback)
    {
        foreach (var r in f.Rules)
        {
            if (r.Kind == RuleKinds.Range && r.Min is { } min) return (long)min;
        }
        return fallback;
    }

    private static string? Allowed(FieldSpec f)
    {
        foreach (var r in f.Rules)
        {
            if (r.Kind == RuleKinds.Allowed && r.Values.Count > 0) return r.Values[0];
        }
        return null;
    }

    public string Text(FieldSpec f, string type, int index)
    {
        var stripped = Strip(f.WireName);
        if (index == 0 && Linked.TryGetValue(stripped, out var linked)) return linked;
        switch (type)
        {
            case PrimitiveTypes.Url: return "https://example.com/" + stripped + (index == 0 ? string.Empty : "/" + index);
            case PrimitiveTypes.Phone: return (60123456789L + index).ToString(CultureInfo.InvariantCulture);
            case PrimitiveTypes.DateTime: return SampleTime.AddDays(index).ToString(DateTimePattern(f), CultureInfo.InvariantCulture);
            case PrimitiveTypes.Date: return SampleTime.AddDays(index).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return Allowed(f) ?? stripped + "-sample" + (index == 0 ? string.Empty : "-" + index.ToString(CultureInfo.InvariantCulture));
    }

    public static string DateTimePattern(FieldSpec f)
    {
        foreach (var r in f.Rules)
        {
            if (r.Kind == RuleKinds.Format && r.Pattern is not null) return r.Pattern;
        }
        return f.Type.Name == PrimitiveTypes.Date ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss";
    }

    public string Strip(string wire)
    {
        var prefix = _model.Header.StripPrefix;
        return prefix is not null && wire.StartsWith(prefix, StringComparison.Ordinal) && wire.Length > prefix.Length ? wire.Substring(prefix.Length) : wire;
    }

    /// <summary>Remembers every leaf string/number of a body by wire name (for later callbacks).</summary>
    public void Remember(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (value is JsonValue v && key != "status") Linked.TryAdd(Strip(key), v.ToJsonString().Trim('"'));
                    else Remember(value);
                }
                break;
            case JsonArray a:
                foreach (var item in a) Remember(item);
                break;
        }
    }

    /// <summary>The XML form of a sample tree: root element named after <paramref name="schemaName"/>, arrays as wrapper + item elements.</summary>
    public XElement ToXml(string schemaName, JsonObject body)
    {
        var schema = _scope.Schema(schemaName);
        var root = new XElement(schema?.XmlRoot ?? "result");
        Fill(root, schema, body);
        return root;
    }

    private void Fill(XElement element, SchemaSpec? schema, JsonObject body)
    {
        foreach (var (key, value) in body)
        {
            var field = schema?.Fields.FirstOrDefault(f => f.WireName == key);
            var child = new XElement(key);
            switch (value)
            {
                case JsonObject o:
                    Fill(child, field is null ? null : _scope.Schema(field.Type.Name), o);
                    break;
                case JsonArray a:
                    var itemName = field?.XmlItem ?? key;
                    var itemSchema = field?.Type.Items is { } items ? _scope.Schema(items.Name) : null;
                    foreach (var item in a)
                    {
                        var x = new XElement(itemName);
                        if (item is JsonObject io) Fill(x, itemSchema, io);
                        else if (item is not null) x.Value = item.ToJsonString().Trim('"');
                        child.Add(x);
                    }
                    break;
                case null:
                    break;
                default:
                    child.Value = value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                    break;
            }
            element.Add(child);
        }
    }
}
