namespace SpecGen.Runtime.Validation;

/// <summary>Marks a generated request (<c>endpoint</c>: the client sends it) or event (<c>webhook</c>: the gateway sends it).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SpecOperationAttribute(string kind) : Attribute
{
    /// <summary><c>endpoint</c> or <c>webhook</c>.</summary>
    public string Kind { get; } = kind;
}
