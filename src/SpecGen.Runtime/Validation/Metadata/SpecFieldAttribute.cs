namespace SpecGen.Runtime.Validation;

/// <summary>The wire name (and accepted aliases) of a generated property: what the analyzers call the field in messages and match in JSON literals.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class SpecFieldAttribute(string wireName) : Attribute
{
    /// <summary>The documented wire name.</summary>
    public string WireName { get; } = wireName;

    /// <summary>Other names a reader accepts for the field.</summary>
    public string[]? Aliases { get; set; }

    /// <summary>The one value the spec fixes the field to (the type sets it; it cannot be written).</summary>
    public string? Fixed { get; set; }
}
