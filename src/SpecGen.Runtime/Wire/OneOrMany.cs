using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SpecGen.Runtime.Wire;

/// <summary>
/// A value the documents type as "string/array": one item or a list of items (spec type <c>one_or_many</c>).
/// Write a single value (<c>File = "a.wav"</c>), an array, a <see cref="List{T}"/> or a collection expression
/// (<c>File = ["a.wav", "b.wav"]</c>); read it as a list. On the wire one item is written as a plain value and
/// several as an array; a reader accepts both. Items compare by value, so records holding one compare by content.
/// </summary>
[CollectionBuilder(typeof(OneOrMany), nameof(OneOrMany.Create))]
public sealed class OneOrMany<T> : IReadOnlyList<T>, IEquatable<OneOrMany<T>>
{
    private readonly T[] _items;

    /// <summary>The items, in order (copied).</summary>
    public OneOrMany(IEnumerable<T> items)
    {
        if (items is null) throw new ArgumentNullException(nameof(items));
        _items = new List<T>(items).ToArray();
    }

    private OneOrMany(T[] items, bool owned) => _items = owned ? items : (T[])items.Clone();

    /// <summary>Wraps an array the caller gives up (no copy).</summary>
    internal static OneOrMany<T> Own(T[] items) => new(items, owned: true);

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>True when it holds exactly one item (written as a plain value, not an array).</summary>
    public bool IsSingle => _items.Length == 1;

    /// <summary>One item.</summary>
    [return: NotNullIfNotNull(nameof(item))]
    public static implicit operator OneOrMany<T>?(T? item) => item is null ? null : new OneOrMany<T>(new[] { item }, owned: true);

    /// <summary>The items of an array (copied).</summary>
    [return: NotNullIfNotNull(nameof(items))]
    public static implicit operator OneOrMany<T>?(T[]? items) => items is null ? null : new OneOrMany<T>(items, owned: false);

    /// <summary>The items of a list (copied).</summary>
    [return: NotNullIfNotNull(nameof(items))]
    public static implicit operator OneOrMany<T>?(List<T>? items) => items is null ? null : new OneOrMany<T>(items.ToArray(), owned: true);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(OneOrMany<T>? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (other._items.Length != _items.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i])) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OneOrMany<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>The item, or the items in brackets.</summary>
    public override string ToString() => IsSingle ? _items[0]?.ToString() ?? string.Empty : "[" + string.Join(", ", _items) + "]";
}

/// <summary>Builders and JSON readers of <see cref="OneOrMany{T}"/> (used by collection expressions and generated readers).</summary>
public static class OneOrMany
{
    /// <summary>The builder of collection expressions (<c>["a.wav", "b.wav"]</c>).</summary>
    public static OneOrMany<T> Create<T>(ReadOnlySpan<T> items) => OneOrMany<T>.Own(items.ToArray());

    /// <summary>The given items.</summary>
    public static OneOrMany<T> Of<T>(params T[] items) => OneOrMany<T>.Own((T[])items.Clone());

    /// <summary>A list read by another reader (XML items); null stays null.</summary>
    [return: NotNullIfNotNull(nameof(items))]
    public static OneOrMany<T>? From<T>(IReadOnlyList<T>? items)
    {
        if (items is null) return null;
        var copy = new T[items.Count];
        for (var i = 0; i < copy.Length; i++) copy[i] = items[i];
        return OneOrMany<T>.Own(copy);
    }

    /// <summary>One item read on its own (<c>"a.wav"</c> where the documents allow a string or an array); null when unreadable.</summary>
    public static OneOrMany<T>? Single<T>(T? item) where T : class => item is null ? null : OneOrMany<T>.Own(new[] { item });

    /// <summary>As <see cref="Single{T}"/>, for value-type items.</summary>
    public static OneOrMany<T>? SingleValue<T>(T? item) where T : struct => item is { } one ? OneOrMany<T>.Own(new[] { one }) : null;
}
