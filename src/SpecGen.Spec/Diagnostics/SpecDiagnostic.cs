namespace SpecGen.Spec.Diagnostics
{
    /// <summary>How serious a spec diagnostic is.</summary>
    public enum SpecSeverity
    {
        /// <summary>The spec is usable but probably not what the author meant.</summary>
        Warning,

        /// <summary>The spec cannot be compiled as written.</summary>
        Error,
    }

    /// <summary>One problem found in a spec file, located at a YAML line and column.</summary>
    public sealed record SpecDiagnostic(string Id, SpecSeverity Severity, string Message, string File, int Line, int Column)
    {
        /// <summary>True for errors.</summary>
        public bool IsError => Severity == SpecSeverity.Error;

        /// <summary>The MSBuild-style rendering: <c>path(line,col): error SG1xxx: message</c>.</summary>
        public override string ToString() =>
            $"{File}({Line},{Column}): {(IsError ? "error" : "warning")} {Id}: {Message}";
    }

    /// <summary>A diagnostic kind: the stable ID (e.g. SG1301), a title without a trailing period, a message format (string.Format placeholders) and the default severity.</summary>
    public sealed record SpecDiagnosticDescriptor(string Id, string Title, string MessageFormat, SpecSeverity Severity)
    {
        /// <summary>Help link for the ID.</summary>
        public string HelpLink => BuildInfo.HelpLinkBase + "diagnostics.md#" + Id.ToLowerInvariant();

        /// <summary>Creates a located diagnostic.</summary>
        public SpecDiagnostic Create(string file, int line, int column, params object?[] args) =>
            new SpecDiagnostic(Id, Severity, string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args), file, line, column);

        /// <summary>Creates a diagnostic at a model span.</summary>
        public SpecDiagnostic Create(Model.SourceSpan span, params object?[] args) =>
            Create(span.File ?? string.Empty, Math.Max(1, span.Line), Math.Max(1, span.Column), args);
    }
}
