namespace SpecGen.Runtime.Wire;

/// <summary>The documented wire type of a field, as the strict response check sees it.</summary>
public enum WireKind
{
    /// <summary>Text: a JSON string (numbers and booleans are accepted as their text).</summary>
    String,

    /// <summary>A 32-bit integer: a JSON number or a numeric string within range.</summary>
    Int,

    /// <summary>A 64-bit integer.</summary>
    Long,

    /// <summary>A decimal number (finite, within <see cref="decimal"/> range).</summary>
    Decimal,

    /// <summary>true/false (or "true"/"false", 1/0).</summary>
    Bool,

    /// <summary>An absolute URL.</summary>
    Url,

    /// <summary>A date-time in the field's pattern (or an ISO form).</summary>
    DateTime,

    /// <summary>An object of a documented schema (<see cref="WireField.Shape"/>).</summary>
    Object,

    /// <summary>An object whose shape is not checked further (a union: its variants are read by its own reader).</summary>
    AnyObject,
}

/// <summary>One documented field of a body: wire name(s), type, array-ness and whether it must be present.</summary>
public sealed class WireField
{
    /// <summary>Creates a field.</summary>
    public WireField(string name, WireKind kind, bool isArray = false, bool required = false, Func<WireShape>? shape = null, string? pattern = null, string[]? aliases = null, string? xmlItem = null, bool oneOrMany = false)
    {
        OneOrMany = oneOrMany;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Kind = kind;
        IsArray = isArray;
        Required = required;
        Shape = shape;
        Pattern = pattern;
        Aliases = aliases ?? Array.Empty<string>();
        XmlItem = xmlItem;
    }

    /// <summary>The documented wire name.</summary>
    public string Name { get; }

    /// <summary>Older spellings accepted when reading.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The value (or item) type.</summary>
    public WireKind Kind { get; }

    /// <summary>True for an array of <see cref="Kind"/>.</summary>
    public bool IsArray { get; }

    /// <summary>True for a one_or_many field: an array of <see cref="Kind"/>, or one such value on its own.</summary>
    public bool OneOrMany { get; }

    /// <summary>True when the spec marks the field required.</summary>
    public bool Required { get; }

    /// <summary>The schema of an object value (lazy, so schemas may refer to each other).</summary>
    public Func<WireShape>? Shape { get; }

    /// <summary>The date-time pattern.</summary>
    public string? Pattern { get; }

    /// <summary>The XML item element name of an array.</summary>
    public string? XmlItem { get; }
}

/// <summary>The documented fields of one schema, for the strict check of response bodies.</summary>
public sealed class WireShape
{
    /// <summary>Creates a shape.</summary>
    public WireShape(string name, params WireField[] fields)
    {
        Name = name;
        Fields = fields ?? Array.Empty<WireField>();
    }

    /// <summary>The schema name.</summary>
    public string Name { get; }

    /// <summary>The documented fields.</summary>
    public IReadOnlyList<WireField> Fields { get; }
}

/// <summary>
/// Where a body says how the call went (the spec's <c>body_status:</c>), as the strict check uses it:
/// the code field (of the body, or of each item of <see cref="Items"/>), the codes that mean success,
/// and the fields a success (or an accepted item) must carry.
/// </summary>
public sealed class StatusRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="items">The array whose items carry one code each, or null for a code of the body.</param>
    /// <param name="code">The code field (in the body, or in each item).</param>
    /// <param name="successCodes">The codes that mean success.</param>
    /// <param name="requires">Fields a success (or an accepted item) must carry, relative to the body (or the item).</param>
    public StatusRule(string? items, string? code, string[] successCodes, params string[] requires)
        : this(items, code, successCodes, OneNameEach(requires))
    {
    }

    /// <summary>Creates the rule for required fields that may come under more than one name.</summary>
    /// <param name="items">The array whose items carry one code each, or null for a code of the body.</param>
    /// <param name="code">The code field (in the body, or in each item).</param>
    /// <param name="successCodes">The codes that mean success.</param>
    /// <param name="requires">
    /// Per required field, the names it may come under: the documented name first, then the spec's aliases (a field
    /// the reader fills from an alias is present; the documented name is the one errors report).
    /// </param>
    public StatusRule(string? items, string? code, string[] successCodes, string[][] requires)
    {
        Items = items;
        Code = code;
        SuccessCodes = successCodes ?? Array.Empty<string>();
        requires ??= Array.Empty<string[]>();
        var documented = new string[requires.Length];
        var names = new List<string>();
        var masks = new ulong[requires.Length];
        for (var i = 0; i < requires.Length; i++)
        {
            if (requires[i] is not { Length: > 0 } spellings) throw new ArgumentException("Each required field needs at least its documented name.", nameof(requires));
            documented[i] = spellings[0];
            foreach (var name in spellings)
            {
                if (names.Count < 64) masks[i] |= 1UL << names.Count;
                names.Add(name);
            }
        }
        Requires = documented;
        RequiredNames = requires;
        FlatNames = names.ToArray();
        RequiredMasks = masks;
        var numbers = new List<long>();
        foreach (var c in SuccessCodes)
        {
            if (long.TryParse(c, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n)) numbers.Add(n);
        }
        NumericSuccessCodes = numbers.ToArray();
    }

    private static string[][] OneNameEach(string[]? requires)
    {
        if (requires is null) return Array.Empty<string[]>();
        var result = new string[requires.Length][];
        for (var i = 0; i < requires.Length; i++) result[i] = new[] { requires[i] };
        return result;
    }

    /// <summary>The success codes that are integers, parsed once (a JSON number is compared with them by value).</summary>
    internal long[] NumericSuccessCodes { get; }

    /// <summary>The item array, or null.</summary>
    public string? Items { get; }

    /// <summary>The code field.</summary>
    public string? Code { get; }

    /// <summary>The success codes.</summary>
    public string[] SuccessCodes { get; }

    /// <summary>Fields a success must carry (their documented names).</summary>
    public IReadOnlyList<string> Requires { get; }

    /// <summary>Per required field, every name it may come under (the documented name first).</summary>
    public IReadOnlyList<IReadOnlyList<string>> RequiredNames { get; }

    /// <summary>Every name of every required field, in order; bit <c>k</c> of a <see cref="RequiredMasks"/> entry is name <c>k</c> (the first 64 only).</summary>
    internal string[] FlatNames { get; }

    /// <summary>Per required field, the bits of its names in <see cref="FlatNames"/>.</summary>
    internal ulong[] RequiredMasks { get; }

    /// <summary>
    /// A check on the value read from a body (generated from the spec): true when every object the rule judges carries
    /// every required field, so the rule holds whatever the codes say and the body need not be walked again. False, or
    /// no check, means the bytes are looked at as the rule says. It must never answer true for a body the rule rejects.
    /// </summary>
    public Func<object, bool>? Holds { get; init; }
}
