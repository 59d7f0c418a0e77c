namespace SpecGen.Runtime.Validation;

/// <summary>
/// The value checks behind spec rules (formats, trimming, patterns, delimited lists). Generated validators
/// call these; the analyzers compile the same source (src/Shared/Rules/RuleChecks.cs) and apply it to constants.
/// </summary>
public static partial class RuleChecks
{
}
