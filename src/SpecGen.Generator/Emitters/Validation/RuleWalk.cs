using SpecGen.Spec.Model;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// What an object rule's path walk checks when it reaches the end of its path, and the names of the
    /// generated locals it works with. <see cref="ValidationEmitter"/> walks a target path (null checks,
    /// loops over arrays, union variants) and hands the value at the end to the walk's check.
    /// </summary>
    internal abstract record RuleWalk;

    /// <summary>A value rule (allowed, range, …) or required/forbidden, checked on each value the path reaches.</summary>
    internal sealed record ValueWalk : RuleWalk
    {
        public static readonly ValueWalk Instance = new ValueWalk();
    }

    /// <summary>
    /// <c>unique</c>, first walk: <paramref name="Seen"/> counts the values reached so far; each value is compared
    /// with the earlier ones by a second walk (<see cref="UniqueRewalk"/>) of the same path from the root, so a
    /// valid object is checked without allocating a set (the lists are short: buttons, rows).
    /// </summary>
    internal sealed record UniqueWalk(string Seen, IReadOnlyList<FieldSpec> RootFields, string[] Segments) : RuleWalk;

    /// <summary>
    /// <c>unique</c>, second walk: <paramref name="Index"/> counts the values reached; those before
    /// <paramref name="Seen"/> are compared with <paramref name="Value"/> and set <paramref name="Duplicate"/>.
    /// </summary>
    internal sealed record UniqueRewalk(string Seen, string Index, string Duplicate, string Value) : RuleWalk;

    /// <summary><c>same</c>: <paramref name="First"/> holds the first value reached; every later one must equal it.</summary>
    internal sealed record SameWalk(string First) : RuleWalk;

    /// <summary>An array step the walk is inside: the path prefix up to it (<c>header_params[]</c>) and the item's local.</summary>
    internal sealed record LoopItem(string Prefix, string Item);
}
