using SpecGen.Spec.Checking;
using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Merging;
using SpecGen.Spec.Model;
using SpecGen.Spec.Reading;

namespace SpecGen.Spec
{
    /// <summary>The result of compiling spec files: the models and every diagnostic.</summary>
    public sealed record SpecCompilation(EquatableArray<SpecModel> Models, EquatableArray<SpecDiagnostic> Diagnostics)
    {
        /// <summary>True when any diagnostic is an error.</summary>
        public bool HasErrors => Diagnostics.Any(d => d.IsError);
    }

    /// <summary>The one entry point: read, merge and check spec files. Never throws on any input.</summary>
    public static class SpecCompiler
    {
        /// <summary>Reads one file (the per-file step of an incremental pipeline).</summary>
        public static (SpecFile? File, EquatableArray<SpecDiagnostic> Diagnostics) ReadFile(string path, string text) => ReadFile(path, text, CancellationToken.None);

        /// <summary>Reads one file; <paramref name="cancellationToken"/> is honoured before and after the parse.</summary>
        public static (SpecFile? File, EquatableArray<SpecDiagnostic> Diagnostics) ReadFile(string path, string text, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var diagnostics = new List<SpecDiagnostic>();
            SpecFile? file;
            try
            {
                file = SpecFileReader.Read(path, text, diagnostics);
            }
            catch (Exception e) when (IsRecoverable(e))
            {
                diagnostics.Add(SpecDiagnostics.YamlSyntax.Create(path, 1, 1, "internal reader failure: " + e.GetType().Name + ": " + e.Message));
                file = null;
            }
            cancellationToken.ThrowIfCancellationRequested();
            return (file, EquatableArray.From(diagnostics));
        }

        /// <summary>
        /// The spec (<c>provider/version</c>) a read file belongs to: from its header, else guessed from its text;
        /// null when neither names one.
        /// </summary>
        public static string? SpecOf(SpecFile? file, string text) =>
            file is not null ? SpecIdentity.Of(file.Header.Provider, file.Header.Version) : SpecIdentity.Guess(text);

        /// <summary>Merges read files and checks each resulting spec.</summary>
        public static SpecCompilation Link(IEnumerable<SpecFile> files) => Link(files, CancellationToken.None);

        /// <summary>Merges and checks; <paramref name="cancellationToken"/> is honoured between specs.</summary>
        public static SpecCompilation Link(IEnumerable<SpecFile> files, CancellationToken cancellationToken)
        {
            var diagnostics = new List<SpecDiagnostic>();
            List<SpecModel> models;
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                models = SpecMerger.Merge(files, diagnostics);
                foreach (var model in models)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    SpecChecker.Check(model, diagnostics);
                }
            }
            catch (Exception e) when (IsRecoverable(e))
            {
                diagnostics.Add(SpecDiagnostics.YamlSyntax.Create("spec", 1, 1, "internal checker failure: " + e.GetType().Name + ": " + e.Message));
                models = new List<SpecModel>();
            }
            return new SpecCompilation(EquatableArray.From(models), EquatableArray.From(diagnostics));
        }

        /// <summary>Reads, merges and checks a set of files.</summary>
        public static SpecCompilation Compile(IEnumerable<KeyValuePair<string, string>> files)
        {
            var read = new List<SpecFile>();
            var diagnostics = new List<SpecDiagnostic>();
            foreach (var pair in files)
            {
                var (file, fileDiagnostics) = ReadFile(pair.Key, pair.Value);
                diagnostics.AddRange(fileDiagnostics);
                if (file is not null) read.Add(file);
            }
            var linked = Link(read);
            diagnostics.AddRange(linked.Diagnostics);
            return new SpecCompilation(linked.Models, EquatableArray.From(diagnostics));
        }

        // A bug in the reader must surface as a diagnostic, never as a crash of the host (CS8785 in a build);
        // a cancellation is the host's own request and goes back to it.
        private static bool IsRecoverable(Exception e) => !(e is OutOfMemoryException || e is StackOverflowException || e is OperationCanceledException);
    }
}
