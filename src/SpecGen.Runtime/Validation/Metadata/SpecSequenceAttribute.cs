namespace SpecGen.Runtime.Validation;

/// <summary>Marks a generated sequence of union values (a program of actions) and names the union of its items.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SpecSequenceAttribute(Type item) : Attribute
{
    /// <summary>The union interface of the items.</summary>
    public Type Item { get; } = item;
}
