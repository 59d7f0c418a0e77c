namespace SpecGen.Runtime.Validation;

/// <summary>
/// A spec rule attached to a generated type or member, with every part as a typed argument (no text to
/// parse): the analyzers read it with <c>ISymbol.GetAttributes()</c> from source or from a referenced
/// assembly alike, into the spec's own rule model. Unset numbers are <see cref="double.NaN"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Parameter, AllowMultiple = true, Inherited = false)]
public sealed class SpecRuleAttribute(string kind) : Attribute
{
    /// <summary>The rule kind.</summary>
    public string Kind { get; } = kind;

    /// <summary>The target path for object-level rules (<c>action.sections[].rows[].id</c>).</summary>
    public string? Target { get; set; }

    /// <summary>Allowed values or variants.</summary>
    public string[]? Values { get; set; }

    /// <summary>True when an <c>allowed</c> rule compares text ignoring case.</summary>
    public bool IgnoreCase { get; set; }

    /// <summary>Inclusive lower bound; NaN when none.</summary>
    public double Min { get; set; } = double.NaN;

    /// <summary>Inclusive upper bound; NaN when none.</summary>
    public double Max { get; set; } = double.NaN;

    /// <summary>Format name (phone, url, datetime, ...).</summary>
    public string? Format { get; set; }

    /// <summary>Regular expression or date-time pattern.</summary>
    public string? Pattern { get; set; }

    /// <summary>Right-hand path of a compare rule.</summary>
    public string? Right { get; set; }

    /// <summary>Operator of a compare rule (lt, le, eq, ge, gt).</summary>
    public string? Operator { get; set; }

    /// <summary>The spec's own message for the rule, when it has one.</summary>
    public string? Message { get; set; }

    /// <summary>The condition kind (<c>equals</c>, <c>in</c>, <c>present</c>, <c>count_gt</c>); null for an unconditional rule.</summary>
    public string? When { get; set; }

    /// <summary>The condition's field path.</summary>
    public string? WhenField { get; set; }

    /// <summary>The values of an <c>equals</c>/<c>in</c> condition.</summary>
    public string[]? WhenValues { get; set; }

    /// <summary>For a <c>present</c> condition: true when the field must be set, false when it must be absent.</summary>
    public bool WhenPresent { get; set; }

    /// <summary>The bound of a <c>count_gt</c> condition; NaN when none.</summary>
    public double WhenCount { get; set; } = double.NaN;

    /// <summary>True when the condition is negated (<c>unless</c>).</summary>
    public bool WhenNegated { get; set; }
}
