using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SpecGen.Shared.Diagnostics;
using SpecGen.Spec.Diagnostics;

namespace SpecGen.Generator.Pipeline
{
    /// <summary>Reports spec diagnostics located in the texts of the files read (a text is indexed only when it has one).</summary>
    internal sealed class SpecTexts
    {
        private readonly Dictionary<string, AdditionalText> _files = new Dictionary<string, AdditionalText>(StringComparer.Ordinal);
        private readonly Dictionary<string, SourceText?> _indexed = new Dictionary<string, SourceText?>(StringComparer.Ordinal);
        private readonly System.Threading.CancellationToken _cancellationToken;

        public SpecTexts(ImmutableArray<AdditionalText> files, System.Threading.CancellationToken cancellationToken)
        {
            foreach (var f in files) _files[f.Path] = f;
            _cancellationToken = cancellationToken;
        }

        public void Report(SourceProductionContext context, SpecDiagnostic d)
        {
            var diagnostic = SpecLocations.ToDiagnostic(d, Text(d.File));
            if (diagnostic is not null) context.ReportDiagnostic(diagnostic);
        }

        /// <summary>The indexed text of a file, or null for a file this compilation did not read.</summary>
        public SourceText? Text(string path)
        {
            if (_indexed.TryGetValue(path, out var text)) return text;
            text = _files.TryGetValue(path, out var file) ? file.GetText(_cancellationToken) : null;
            _indexed[path] = text;
            return text;
        }
    }
}
