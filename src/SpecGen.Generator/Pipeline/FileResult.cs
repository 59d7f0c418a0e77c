using SpecGen.Spec;
using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Pipeline
{
    /// <summary>
    /// One spec file read: its model, its diagnostics and the spec it belongs to (even when unreadable, so an error
    /// can hold that spec back). No text and no spans in equality: a comment leaves the result equal.
    /// </summary>
    internal sealed record FileResult(string Path, SpecFile? File, EquatableArray<SpecDiagnostic> Diagnostics, string? Spec)
    {
        public static FileResult Read(string path, string text, CancellationToken cancellationToken)
        {
            var (file, diagnostics) = SpecCompiler.ReadFile(path, text, cancellationToken);
            return new FileResult(path, file, diagnostics, SpecCompiler.SpecOf(file, text));
        }
    }
}
