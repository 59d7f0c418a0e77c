namespace SpecGen.Runtime.Validation;

/// <summary>The discriminator value that selects a generated class in its union (a class may answer to several).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class SpecVariantAttribute(string value) : Attribute
{
    /// <summary>The discriminator's wire value.</summary>
    public string Value { get; } = value;
}
