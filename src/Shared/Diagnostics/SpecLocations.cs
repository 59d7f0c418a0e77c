using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SpecGen.Spec.Diagnostics;

namespace SpecGen.Shared.Diagnostics
{
    /// <summary>
    /// The one translation of a spec diagnostic (file, 1-based line and column) into a Roslyn <see cref="Location"/>.
    /// With the file's text the span is real: from the column to the end of the token there (the key or value the
    /// reader complained about), so an editor underlines it. Without text it falls back to an empty span at the line
    /// and column (command-line builds print only those).
    /// </summary>
    internal static class SpecLocations
    {
        /// <summary>The location of <paramref name="d"/> in <paramref name="text"/> (the text of <c>d.File</c>, or null).</summary>
        public static Location Create(SpecDiagnostic d, SourceText? text) => Create(d.File, d.Line, d.Column, text);

        /// <summary>The location of the token at a 1-based line and column of a file.</summary>
        public static Location Create(string path, int line1, int column1, SourceText? text)
        {
            var line = Math.Max(0, line1 - 1);
            var column = Math.Max(0, column1 - 1);
            if (text is null || line >= text.Lines.Count)
            {
                var position = new LinePosition(line, column);
                return Location.Create(path, default, new LinePositionSpan(position, position));
            }
            var textLine = text.Lines[line];
            var start = Math.Min(textLine.Start + column, textLine.End);
            var end = start;
            while (end < textLine.End && !char.IsWhiteSpace(text[end])) end++;
            var startColumn = start - textLine.Start;
            var span = new LinePositionSpan(new LinePosition(line, startColumn), new LinePosition(line, startColumn + (end - start)));
            return Location.Create(path, TextSpan.FromBounds(start, end), span);
        }

        /// <summary>A Roslyn diagnostic for <paramref name="d"/>, or null when its ID is newer than the catalog.</summary>
        public static Diagnostic? ToDiagnostic(SpecDiagnostic d, SourceText? text)
        {
            var descriptor = SpecDescriptors.Find(d.Id);
            return descriptor is null ? null : Diagnostic.Create(descriptor, Create(d, text), d.Message);
        }
    }
}
