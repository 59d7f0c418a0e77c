using System.Collections;

namespace SpecGen.Spec.Model
{
    /// <summary>
    /// An immutable array compared by its items, so records holding collections stay value-equatable
    /// (incremental generator steps are cached by value equality).
    /// </summary>
    public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        private readonly T[]? _items;

        public EquatableArray(T[] items) => _items = items;

        public EquatableArray(IEnumerable<T> items) => _items = new List<T>(items).ToArray();

        /// <summary>The empty array.</summary>
        public static EquatableArray<T> Empty => new EquatableArray<T>(Array.Empty<T>());

        /// <inheritdoc />
        public int Count => _items?.Length ?? 0;

        /// <inheritdoc />
        public T this[int index] => (_items ?? Array.Empty<T>())[index];

        /// <summary>The items as a read-only span-friendly array (do not mutate).</summary>
        public T[] AsArray() => _items ?? Array.Empty<T>();

        /// <inheritdoc />
        public bool Equals(EquatableArray<T> other)
        {
            var a = AsArray();
            var b = other.AsArray();
            if (a.Length != b.Length) return false;
            for (var i = 0; i < a.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(a[i], b[i])) return false;
            }
            return true;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            var hash = 17;
            foreach (var item in AsArray())
            {
                hash = unchecked(hash * 31 + (item is null ? 0 : item.GetHashCode()));
            }
            return hash;
        }

        /// <inheritdoc />
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)AsArray()).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
    }

    /// <summary>Creation helpers for <see cref="EquatableArray{T}"/>.</summary>
    public static class EquatableArray
    {
        /// <summary>Wraps the items of a sequence.</summary>
        public static EquatableArray<T> From<T>(IEnumerable<T> items) where T : IEquatable<T> => new EquatableArray<T>(items);
    }
}
