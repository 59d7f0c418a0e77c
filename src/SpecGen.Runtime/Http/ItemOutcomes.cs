using System.Collections;
using System.Globalization;

namespace SpecGen.Runtime.Http;

/// <summary>How many items of a per-item result (one per receiver) the gateway accepted.</summary>
public enum Acceptance
{
    /// <summary>Every item was accepted.</summary>
    All,

    /// <summary>Some items were accepted and some rejected: a partial success. Re-send only <see cref="ItemOutcomes{TItem}.Rejected"/>.</summary>
    Some,

    /// <summary>No item was accepted (or the body listed none).</summary>
    None,
}

/// <summary>The outcome of one item of a per-item result: accepted, or rejected with its code-table entry.</summary>
/// <typeparam name="TItem">The generated item type (e.g. one receiver's result).</typeparam>
public sealed class ItemOutcome<TItem>(int index, TItem item, bool isAccepted, GatewayCode? code, string? message)
{
    /// <summary>The item's position in the body.</summary>
    public int Index { get; } = index;

    /// <summary>The item as the gateway sent it.</summary>
    public TItem Item { get; } = item;

    /// <summary>True when the item's code is a success code of the operation's code table.</summary>
    public bool IsAccepted { get; } = isAccepted;

    /// <summary>The item's code with its code-table entry (null when the item carries no code).</summary>
    public GatewayCode? Code { get; } = code;

    /// <summary>The server's message for the item, if any.</summary>
    public string? Message { get; } = message;

    /// <inheritdoc />
    public override string ToString() =>
        "#" + Index.ToString(CultureInfo.InvariantCulture) + " " + (IsAccepted ? "accepted" : "rejected") + (Code is null ? string.Empty : ": code " + Code) + (Message is null || IsAccepted ? string.Empty : ": " + Message);
}

/// <summary>
/// Each item's outcome of a per-item result (the spec's <c>body_status</c> with a <c>[]</c> code), and
/// whether all, some or none were accepted.
/// </summary>
public sealed class ItemOutcomes<TItem> : IReadOnlyList<ItemOutcome<TItem>>
{
    private ItemOutcome<TItem>[]? _items;
    private IReadOnlyList<ItemOutcome<TItem>>? _accepted;
    private IReadOnlyList<ItemOutcome<TItem>>? _rejected;

    // What Of was given: the outcomes are built on first use. The transport only asks AsBodyStatus, which needs none of them.
    private readonly IReadOnlyList<TItem>? _source;
    private readonly Func<TItem, string?>? _code;
    private readonly Func<TItem, string?>? _message;
    private readonly Func<string, GatewayCode?>? _lookup;
    private readonly string[]? _successCodes;

    /// <summary>Creates the outcomes.</summary>
    public ItemOutcomes(ItemOutcome<TItem>[] items)
    {
        _items = items ?? Array.Empty<ItemOutcome<TItem>>();
    }

    private ItemOutcomes(IReadOnlyList<TItem> source, Func<TItem, string?> code, Func<TItem, string?> message, Func<string, GatewayCode?>? lookup, string[] successCodes)
    {
        _source = source;
        _code = code;
        _message = message;
        _lookup = lookup;
        _successCodes = successCodes;
    }

    private ItemOutcome<TItem>[] Items => _items ??= Build();

    /// <summary>All, some or none accepted.</summary>
    public Acceptance Acceptance => Accepted.Count == 0 ? Acceptance.None : Rejected.Count == 0 ? Acceptance.All : Acceptance.Some;

    /// <summary>The accepted items.</summary>
    public IReadOnlyList<ItemOutcome<TItem>> Accepted => _accepted ??= Split(true);

    /// <summary>The rejected items, with their codes: the ones to correct or re-send.</summary>
    public IReadOnlyList<ItemOutcome<TItem>> Rejected => _rejected ??= Split(false);

    /// <inheritdoc />
    public int Count => Items.Length;

    /// <inheritdoc />
    public ItemOutcome<TItem> this[int index] => Items[index];

    /// <inheritdoc />
    public IEnumerator<ItemOutcome<TItem>> GetEnumerator() => ((IEnumerable<ItemOutcome<TItem>>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() =>
        Acceptance + " accepted (" + Accepted.Count.ToString(CultureInfo.InvariantCulture) + " of " + Count.ToString(CultureInfo.InvariantCulture) + ")";

    private List<ItemOutcome<TItem>> Split(bool accepted)
    {
        var list = new List<ItemOutcome<TItem>>();
        foreach (var o in Items)
        {
            if (o.IsAccepted == accepted) list.Add(o);
        }
        return list;
    }

    private ItemOutcome<TItem>[] Build()
    {
        var items = _source!;
        var outcomes = new ItemOutcome<TItem>[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var raw = item is null ? null : _code!(item);
            var accepted = raw is not null && Wire.WireShapeChecker.IsSuccess(raw, _successCodes!);
            var entry = raw is null ? null : _lookup?.Invoke(raw) ?? new GatewayCode(raw, raw, false, null, accepted);
            outcomes[i] = new ItemOutcome<TItem>(i, item, accepted, entry, item is null ? null : _message!(item));
        }
        return outcomes;
    }

    /// <summary>Builds the outcomes of <paramref name="items"/> from each item's code (generated code calls this).</summary>
    /// <param name="items">The items (null: none).</param>
    /// <param name="code">The raw code of an item.</param>
    /// <param name="message">The message of an item.</param>
    /// <param name="lookup">The code-table entry of a raw code.</param>
    /// <param name="successCodes">The codes that mean accepted.</param>
    public static ItemOutcomes<TItem> Of(IReadOnlyList<TItem>? items, Func<TItem, string?> code, Func<TItem, string?> message, Func<string, GatewayCode?>? lookup, string[] successCodes)
    {
        if (items is null || items.Count == 0) return new ItemOutcomes<TItem>(Array.Empty<ItemOutcome<TItem>>());
        return new ItemOutcomes<TItem>(items, code, message, lookup, successCodes);
    }

    /// <summary>
    /// The status a per-item body reports as a whole: none when at least one item was accepted (a partial
    /// success is a success whose <see cref="Rejected"/> items say what failed), else the first rejection.
    /// </summary>
    public BodyStatus AsBodyStatus()
    {
        if (_items is null && _source is { } source)
        {
            // From the items themselves: the first rejection, unless any item was accepted.
            string? firstCode = null;
            string? firstMessage = null;
            var rejected = false;
            for (var i = 0; i < source.Count; i++)
            {
                var item = source[i];
                var raw = item is null ? null : _code!(item);
                if (raw is not null && Wire.WireShapeChecker.IsSuccess(raw, _successCodes!)) return BodyStatus.None;
                if (rejected) continue;
                rejected = true;
                firstCode = raw;
                firstMessage = item is null ? null : _message!(item);
            }
            return rejected ? new BodyStatus(firstCode, firstMessage) : BodyStatus.None;
        }
        if (Acceptance != Acceptance.None || Rejected.Count == 0) return BodyStatus.None;
        var first = Rejected[0];
        return new BodyStatus(first.Code?.Raw, first.Message);
    }
}
