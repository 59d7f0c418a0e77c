namespace SpecGen.Runtime.Validation;

/// <summary>Thrown by <c>EnsureValid()</c>: one exception listing every violation.</summary>
public sealed class ValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ValidationException(string what, IReadOnlyList<Violation> violations)
        : base($"{what} is invalid: " + string.Join("; ", violations.Select(v => v.ToString())))
    {
        Violations = violations;
    }

    /// <summary>Every violation.</summary>
    public IReadOnlyList<Violation> Violations { get; }
}
