namespace SpecGen.Runtime.Validation;

/// <summary>
/// Gathers violations during validation; allocates only when the first violation is found, so a
/// valid value is checked without allocating.
/// </summary>
public struct ViolationCollector
{
    private List<Violation>? _violations;

    /// <summary>Records a violation.</summary>
    public void Add(string path, string rule, string message) => (_violations ??= new List<Violation>()).Add(new Violation(path, rule, message));

    /// <summary>
    /// Adds the violations of a nested object, prefixing their paths. The nested object is validated
    /// into its own collector with an empty path, so a valid nested object costs no path string.
    /// </summary>
    public void AddNested(in ViolationCollector nested, string prefix)
    {
        if (nested._violations is null) return;
        foreach (var v in nested._violations) Add(prefix + v.Path, v.Rule, v.Message);
    }

    /// <summary>True when nothing was recorded.</summary>
    public readonly bool IsEmpty => _violations is null;

    /// <summary>The result.</summary>
    public readonly ValidationResult ToResult() => new(_violations);
}
