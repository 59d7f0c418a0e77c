namespace SpecGen.Runtime.Validation;

/// <summary>One broken rule: where (a dotted path), which rule, and a message for humans.</summary>
/// <param name="Path">Dotted path of the value, e.g. <c>wa_interactive.action.sections[1].rows[0].id</c>.</param>
/// <param name="Rule">The spec rule kind, e.g. <c>range</c>, <c>required</c>, <c>unique</c>.</param>
/// <param name="Message">What is wrong and what would be right.</param>
public sealed record Violation(string Path, string Rule, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message} ({Rule})";
}
