namespace SpecGen.Spec.Model
{
    /// <summary>
    /// Where a model element was written (file, 1-based line and column). It is deliberately
    /// transparent to equality: a comment that shifts lines must not make an otherwise equal model
    /// look changed, or the generator would re-emit everything on every keystroke.
    /// </summary>
    public readonly struct SourceSpan(string file, int line, int column) : IEquatable<SourceSpan>
    {
        /// <summary>The spec file path as given to the reader.</summary>
        public string File { get; } = file;

        /// <summary>1-based line.</summary>
        public int Line { get; } = line;

        /// <summary>1-based column.</summary>
        public int Column { get; } = column;

        /// <summary>Always true: spans never take part in model equality (see the type's remarks).</summary>
        public bool Equals(SourceSpan other) => true;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is SourceSpan;

        /// <inheritdoc />
        public override int GetHashCode() => 0;

        /// <inheritdoc />
        public override string ToString() => $"{File}({Line},{Column})";
    }
}
