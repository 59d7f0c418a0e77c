namespace SpecGen.Runtime.Validation;

/// <summary>Marks a generated union interface and names the wire field whose value selects the variant.</summary>
[AttributeUsage(AttributeTargets.Interface, Inherited = false)]
public sealed class SpecUnionAttribute : Attribute
{
    /// <summary>The discriminator's wire name (<c>action</c>, <c>type</c>).</summary>
    public string Discriminator { get; set; } = string.Empty;

    /// <summary>Every discriminator value the spec lists, in its order.</summary>
    public string[]? Values { get; set; }

    /// <summary>The generated sequence type that reads and writes a JSON array of this union's values.</summary>
    public Type? Sequence { get; set; }
}
