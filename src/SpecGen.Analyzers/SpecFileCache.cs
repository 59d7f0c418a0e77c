using Microsoft.CodeAnalysis.Text;
using SpecGen.Spec;
using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;

namespace SpecGen.Analyzers
{
    /// <summary>
    /// Reading and linking spec files for the live analyzer, cached by file path and content checksum: an IDE runs
    /// the analyzer on every pass (each keystroke in C#), and re-reading a large spec each time cost hundreds of
    /// milliseconds. Only the results (immutable spec records and diagnostics) are kept, never a compilation or a
    /// text; the cache is process-wide and bounded (cleared when full), so a stale entry costs at most one re-read.
    /// </summary>
    internal static class SpecFileCache
    {
        private const int Capacity = 256;

        private static readonly object Gate = new object();
        private static readonly Dictionary<string, (SpecFile? File, IReadOnlyList<SpecDiagnostic> Diagnostics)> Files = new Dictionary<string, (SpecFile?, IReadOnlyList<SpecDiagnostic>)>(StringComparer.Ordinal);
        private static readonly Dictionary<string, IReadOnlyList<SpecDiagnostic>> Links = new Dictionary<string, IReadOnlyList<SpecDiagnostic>>(StringComparer.Ordinal);

        /// <summary>The identity of one file's content: path, length and checksum.</summary>
        public static string KeyOf(string path, SourceText text) =>
            path + "\n" + text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n" + Convert.ToBase64String(text.GetChecksum().ToArray());

        public static (SpecFile? File, IReadOnlyList<SpecDiagnostic> Diagnostics) Read(string key, string path, SourceText text)
        {
            lock (Gate)
            {
                if (Files.TryGetValue(key, out var cached)) return cached;
            }
            var (file, diagnostics) = SpecCompiler.ReadFile(path, text.ToString());
            var result = (file, (IReadOnlyList<SpecDiagnostic>)diagnostics.ToList());
            lock (Gate)
            {
                if (Files.Count >= Capacity) Files.Clear();
                Files[key] = result;
            }
            return result;
        }

        /// <summary>The link diagnostics of a set of files, keyed by their joined content keys.</summary>
        public static IReadOnlyList<SpecDiagnostic> Link(string key, IReadOnlyList<SpecFile> files)
        {
            lock (Gate)
            {
                if (Links.TryGetValue(key, out var cached)) return cached;
            }
            IReadOnlyList<SpecDiagnostic> result = SpecCompiler.Link(files).Diagnostics.ToList();
            lock (Gate)
            {
                if (Links.Count >= Capacity / 16) Links.Clear();
                Links[key] = result;
            }
            return result;
        }
    }
}
