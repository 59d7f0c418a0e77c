namespace SpecGen.Runtime.Validation;

/// <summary>
/// Marks a generated enumeration or code table. Open sets keep unknown server values, so code that
/// switches over them needs a default arm (the analyzers warn when it is missing).
/// </summary>
[AttributeUsage(AttributeTargets.Struct, Inherited = false)]
public sealed class SpecValueSetAttribute(bool open) : Attribute
{
    /// <summary>True when values not listed in the spec are legitimate.</summary>
    public bool Open { get; } = open;
}
