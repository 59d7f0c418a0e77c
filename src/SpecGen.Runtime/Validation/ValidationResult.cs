namespace SpecGen.Runtime.Validation;

/// <summary>The outcome of <c>Validate()</c>: valid, or every violation found.</summary>
public readonly struct ValidationResult
{
    private readonly IReadOnlyList<Violation>? _violations;

    internal ValidationResult(IReadOnlyList<Violation>? violations) => _violations = violations;

    /// <summary>A valid result (no allocation).</summary>
    public static ValidationResult Valid => default;

    /// <summary>True when no rule is broken.</summary>
    public bool IsValid => _violations is null || _violations.Count == 0;

    /// <summary>Every violation, in the order the rules were checked.</summary>
    public IReadOnlyList<Violation> Violations => _violations ?? Array.Empty<Violation>();

    /// <summary>Throws <see cref="ValidationException"/> listing every violation when not valid.</summary>
    public void ThrowIfInvalid(string what)
    {
        if (!IsValid) throw new ValidationException(what, Violations);
    }
}
