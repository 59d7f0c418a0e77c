using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;

namespace SpecGen.Runtime.Wire;

/// <summary>
/// The strict check of a response body against its documented shape: every documented field that is
/// present has its documented type (a number where a number is documented, an array where an array is,
/// numbers within range), required fields are present, and a success carries what the spec requires.
/// The tolerant readers (<see cref="JsonValues"/>) turn anything unreadable into null; this check is what
/// keeps such a body from being reported as a success with null fields. Unknown fields are ignored.
/// </summary>
public static class WireShapeChecker
{
    /// <summary>The first problem of a JSON object, or null when it fits the shape.</summary>
    public static WireError? CheckJson(JsonElement e, WireShape shape, StatusRule? status = null, string path = "")
    {
        if (e.ValueKind != JsonValueKind.Object) return new WireError("expected an object (" + shape.Name + "), found " + Describe(e), path.Length == 0 ? null : path);
        foreach (var field in shape.Fields)
        {
            var fieldPath = Join(path, field.Name);
            if (!TryGet(e, field, out var value))
            {
                if (field.Required) return new WireError("the required field '" + field.Name + "' is missing", fieldPath);
                continue;
            }
            if (field.IsArray && (value.ValueKind == JsonValueKind.Array || !field.OneOrMany))
            {
                if (value.ValueKind != JsonValueKind.Array) return new WireError("'" + field.Name + "' must be an array, found " + Describe(value), fieldPath);
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    var itemPath = fieldPath + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                    var error = item.ValueKind == JsonValueKind.Null ? null : Value(item, field, itemPath);
                    if (error is not null) return error;
                    i++;
                }
            }
            else if (Value(value, field, fieldPath) is { } error) return error;
        }
        return status is null ? null : CheckStatusJson(e, status, path);
    }

    private static WireError? Value(JsonElement v, WireField field, string path)
    {
        string? problem = null;
        switch (field.Kind)
        {
            case WireKind.String:
                if (v.ValueKind is JsonValueKind.Object or JsonValueKind.Array) problem = "text";
                break;
            case WireKind.Int:
                if (JsonValues.Int(v) is null) problem = "an integer (32-bit)";
                break;
            case WireKind.Long:
                if (JsonValues.Long(v) is null) problem = "an integer (64-bit)";
                break;
            case WireKind.Decimal:
                if (JsonValues.Decimal(v) is null) problem = "a number within range";
                break;
            case WireKind.Bool:
                if (JsonValues.Bool(v) is null) problem = "true or false";
                break;
            case WireKind.Url:
                if (v.ValueKind != JsonValueKind.String || JsonValues.Url(v) is null) problem = "an absolute URL";
                break;
            case WireKind.DateTime:
                if (v.ValueKind != JsonValueKind.String || JsonValues.DateTime(v, field.Pattern) is null) problem = "a date-time" + (field.Pattern is null ? string.Empty : " (" + field.Pattern + ")");
                break;
            case WireKind.Object:
                if (v.ValueKind != JsonValueKind.Object) problem = "an object";
                else if (field.Shape is { } shape) return CheckJson(v, shape(), null, path);
                break;
            case WireKind.AnyObject:
                if (v.ValueKind != JsonValueKind.Object) problem = "an object";
                break;
        }
        return problem is null ? null : new WireError("'" + field.Name + "' must be " + problem + ", found " + Describe(v), path);
    }

    private static WireError? CheckStatusJson(JsonElement body, StatusRule status, string path)
    {
        if (status.Items is null) return Requires(body, status, path);
        if (!JsonValues.TryGet(body, status.Items, out var items) || items.ValueKind != JsonValueKind.Array) return null;
        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            var error = Requires(item, status, Join(path, status.Items) + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
            if (error is not null) return error;
            i++;
        }
        return null;
    }

    // A success (or an accepted item) must carry the fields the spec requires of it: a send that "succeeds" without its msgid is not a success.
    private static WireError? Requires(JsonElement e, StatusRule status, string path)
    {
        if (status.Requires.Count == 0 || e.ValueKind != JsonValueKind.Object) return null;
        if (status.Code is not null && (!JsonValues.TryGet(e, status.Code, out var code) || JsonValues.String(code) is not { } raw || !IsSuccess(raw, status.SuccessCodes))) return null;
        for (var i = 0; i < status.Requires.Count; i++)
        {
            if (!AnyName(status.RequiredNames[i], name => JsonValues.TryGet(e, name, out var v) && !(v.ValueKind == JsonValueKind.String && v.GetString()!.Trim().Length == 0)))
                return Missing(status.Requires[i], path);
        }
        return null;
    }

    /// <summary>The first problem of an XML element, or null when it fits the shape.</summary>
    public static WireError? CheckXml(XElement x, WireShape shape, StatusRule? status = null, string path = "")
    {
        foreach (var field in shape.Fields)
        {
            var fieldPath = Join(path, field.Name);
            var child = Child(x, field);
            if (field.IsArray)
            {
                var i = 0;
                var any = false;
                foreach (var item in XmlValues.Items(x, field.Name, field.XmlItem ?? field.Name, field.Aliases.Count > 0 ? field.Aliases[0] : null))
                {
                    any = true;
                    if (XmlValue(item, field, fieldPath + "[" + i.ToString(CultureInfo.InvariantCulture) + "]") is { } error) return error;
                    i++;
                }
                if (!any && child is null && field.Required) return new WireError("the required field '" + field.Name + "' is missing", fieldPath);
                continue;
            }
            if (child is null)
            {
                if (field.Required) return new WireError("the required field '" + field.Name + "' is missing", fieldPath);
                continue;
            }
            if (XmlValue(child, field, fieldPath) is { } e) return e;
        }
        if (status is null) return null;
        if (status.Items is null) return XmlRequires(x, status, path);
        string? itemName = null;
        foreach (var f in shape.Fields)
        {
            if (f.Name == status.Items) itemName = f.XmlItem;
        }
        foreach (var item in XmlValues.Items(x, status.Items, itemName ?? status.Items, null))
        {
            if (XmlRequires(item, status, Join(path, status.Items)) is { } e) return e;
        }
        return null;
    }

    private static XElement? Child(XElement x, WireField field)
    {
        var child = XmlValues.Child(x, field.Name);
        for (var i = 0; child is null && i < field.Aliases.Count; i++) child = XmlValues.Child(x, field.Aliases[i]);
        return child;
    }

    private static WireError? XmlValue(XElement e, WireField field, string path)
    {
        if (field.Kind is WireKind.Object or WireKind.AnyObject)
        {
            return field.Kind == WireKind.Object && field.Shape is { } shape ? CheckXml(e, shape(), null, path) : null;
        }
        if (e.HasElements) return new WireError("'" + field.Name + "' must be a value, found nested elements", path);
        var text = e.Value.Trim();
        if (text.Length == 0) return null;
        string? problem = field.Kind switch
        {
            WireKind.Int => Text.Int(text) is null ? "an integer (32-bit)" : null,
            WireKind.Long => Text.Long(text) is null ? "an integer (64-bit)" : null,
            WireKind.Decimal => Text.Decimal(text) is null ? "a number within range" : null,
            WireKind.Bool => Text.Bool(text) is null ? "true or false" : null,
            WireKind.Url => Text.Url(text) is null ? "an absolute URL" : null,
            WireKind.DateTime => Text.DateTime(text, field.Pattern) is null ? "a date-time" : null,
            _ => null,
        };
        return problem is null ? null : new WireError("'" + field.Name + "' must be " + problem + ", found \"" + Shorten(text) + "\"", path);
    }

    private static WireError? XmlRequires(XElement e, StatusRule status, string path)
    {
        if (status.Requires.Count == 0) return null;
        if (status.Code is not null && (XmlValues.Text(e, status.Code) is not { } raw || !IsSuccess(raw, status.SuccessCodes))) return null;
        for (var i = 0; i < status.Requires.Count; i++)
        {
            if (!AnyName(status.RequiredNames[i], name => XmlValues.Text(e, name) is { Length: > 0 })) return Missing(status.Requires[i], path);
        }
        return null;
    }

    /// <summary>True when the field is there under one of its names (the documented one or an alias).</summary>
    private static bool AnyName(IReadOnlyList<string> names, Func<string, bool> present)
    {
        foreach (var name in names)
        {
            if (present(name)) return true;
        }
        return false;
    }

    private static WireError Missing(string name, string path) => new("a success must carry '" + name + "', which is missing", Join(path, name));

    /// <summary>True when <paramref name="raw"/> is one of <paramref name="successCodes"/> (numbers compared by value: "000" = "0").</summary>
    public static bool IsSuccess(string raw, string[] successCodes)
    {
        var trimmed = raw.Trim();
        // The code as written first (the common answer, no parsing); then by value, so "000" is "0".
        if (Array.IndexOf(successCodes, trimmed) >= 0) return true;
        if (!long.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return false;
        foreach (var code in successCodes)
        {
            if (long.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var other) && other == number) return true;
        }
        return false;
    }

    private static bool TryGet(JsonElement e, WireField field, out JsonElement value)
    {
        if (JsonValues.TryGet(e, field.Name, out value)) return true;
        foreach (var alias in field.Aliases)
        {
            if (JsonValues.TryGet(e, alias, out value)) return true;
        }
        return false;
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static string Describe(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "the text \"" + Shorten(v.GetString() ?? string.Empty) + "\"",
        JsonValueKind.Number => "the number " + Shorten(v.GetRawText()),
        JsonValueKind.True or JsonValueKind.False => v.GetRawText(),
        _ => v.ValueKind.ToString(),
    };

    // Values are quoted only briefly: a body may echo the request, and error texts are shown to users.
    private static string Shorten(string s) => s.Length <= 40 ? s : s.Substring(0, 37) + "...";
}
