using System;

namespace SpecGen.Runtime.Validation;

/// <summary>
/// A spec rule attached to a generated type or member. The generator writes these; the analyzers read
/// them to check constant values at compile time, so a rule added to the YAML is enforced everywhere.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class | AttributeTargets.Parameter, AllowMultiple = true, Inherited = false)]
public sealed class SpecRuleAttribute : Attribute
{
    /// <summary>Creates the attribute for a rule kind (<c>allowed</c>, <c>range</c>, <c>count</c>, ...).</summary>
    public SpecRuleAttribute(string kind) => Kind = kind;

    /// <summary>The rule kind.</summary>
    public string Kind { get; }

    /// <summary>The target path for object-level rules.</summary>
    public string? Target { get; set; }

    /// <summary>Allowed values or variants.</summary>
    public string[]? Values { get; set; }

    /// <summary>Inclusive lower bound (invariant decimal text).</summary>
    public string? Min { get; set; }

    /// <summary>Inclusive upper bound (invariant decimal text).</summary>
    public string? Max { get; set; }

    /// <summary>Format name (phone, url, datetime, ...).</summary>
    public string? Format { get; set; }

    /// <summary>Regular expression or date-time pattern.</summary>
    public string? Pattern { get; set; }

    /// <summary>Right-hand path of a compare rule.</summary>
    public string? Right { get; set; }

    /// <summary>Operator of a compare rule (lt, le, eq, ge, gt).</summary>
    public string? Operator { get; set; }

    /// <summary>Condition in compact form: <c>field=v1|v2</c>, <c>field?</c>, <c>!field?</c>, <c>field#>n</c>, <c>!(…)</c>.</summary>
    public string? When { get; set; }
}
