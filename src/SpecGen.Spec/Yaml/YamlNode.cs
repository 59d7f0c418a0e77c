using SpecGen.Spec.Model;

namespace SpecGen.Spec.Yaml
{
    /// <summary>
    /// A minimal YAML tree that keeps the position of every node. YamlDotNet's own representation
    /// model is not used because we need duplicate-key detection and exact marks on every scalar.
    /// </summary>
    public abstract class YamlNode
    {
        protected YamlNode(SourceSpan span) => Span = span;

        /// <summary>Where the node starts.</summary>
        public SourceSpan Span { get; }

        /// <summary>A short name of the node kind for messages.</summary>
        public abstract string KindName { get; }
    }

    /// <summary>A scalar, kept as its raw text (typing happens in the reader, with diagnostics).</summary>
    public sealed class YamlScalar : YamlNode
    {
        public YamlScalar(string value, bool isPlain, SourceSpan span) : base(span)
        {
            Value = value;
            IsPlain = isPlain;
        }

        /// <summary>The scalar text.</summary>
        public string Value { get; }

        /// <summary>True when written without quotes (so <c>~</c> or <c>null</c> mean null).</summary>
        public bool IsPlain { get; }

        /// <summary>True for a plain null scalar.</summary>
        public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

        /// <inheritdoc />
        public override string KindName => "scalar";
    }

    /// <summary>A sequence of nodes.</summary>
    public sealed class YamlSequence : YamlNode
    {
        public YamlSequence(IReadOnlyList<YamlNode> items, SourceSpan span) : base(span) => Items = items;

        /// <summary>The items in order.</summary>
        public IReadOnlyList<YamlNode> Items { get; }

        /// <inheritdoc />
        public override string KindName => "sequence";
    }

    /// <summary>A mapping whose keys are scalars; order is kept.</summary>
    public sealed class YamlMapping : YamlNode
    {
        public YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries, SourceSpan span) : base(span) => Entries = entries;

        /// <summary>The entries in document order.</summary>
        public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

        /// <summary>The value of a key, or null.</summary>
        public YamlNode? Get(string key)
        {
            foreach (var entry in Entries)
            {
                if (entry.Key.Value == key) return entry.Value;
            }
            return null;
        }

        /// <inheritdoc />
        public override string KindName => "mapping";
    }
}
