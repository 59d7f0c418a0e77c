using System;
using System.Collections.Generic;
using System.Linq;
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
        public static (SpecFile? File, EquatableArray<SpecDiagnostic> Diagnostics) ReadFile(string path, string text)
        {
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
            return (file, EquatableArray.From(diagnostics));
        }

        /// <summary>Merges read files and checks each resulting spec.</summary>
        public static SpecCompilation Link(IEnumerable<SpecFile> files)
        {
            var diagnostics = new List<SpecDiagnostic>();
            List<SpecModel> models;
            try
            {
                models = SpecMerger.Merge(files, diagnostics);
                foreach (var model in models) SpecChecker.Check(model, diagnostics);
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

        // A bug in the reader must surface as a diagnostic, never as a crash of the host (CS8785 in a build).
        private static bool IsRecoverable(Exception e) => !(e is OutOfMemoryException || e is StackOverflowException);
    }
}
