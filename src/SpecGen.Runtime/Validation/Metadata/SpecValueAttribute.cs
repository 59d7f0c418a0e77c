namespace SpecGen.Runtime.Validation;

/// <summary>The wire value a named member of a generated enumeration or code table stands for (<c>EnGB</c> → <c>en-GB</c>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class SpecValueAttribute(string value) : Attribute
{
    /// <summary>The raw wire value (invariant text for numeric codes).</summary>
    public string Value { get; } = value;
}
