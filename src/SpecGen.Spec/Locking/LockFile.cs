using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Diffing;
using SpecGen.Spec.Model;
using YamlDotNet.RepresentationModel;

namespace SpecGen.Spec.Locking
{
    /// <summary>
    /// The opt-in lock file (written by <c>specgen lock</c>): each spec's public surface, in the spec language as
    /// JSON. The generator compares the current specs with it and reports every breaking change as SG1410 at the YAML
    /// line of the change; re-running <c>specgen lock</c> accepts the change.
    /// </summary>
    public static class LockFile
    {
        /// <summary>The file name the generator looks for among its AdditionalFiles.</summary>
        public const string FileName = "specgen.lock.json";

        /// <summary>The lock text for these specs (deterministic: specs in id order).</summary>
        public static string Write(IEnumerable<SpecModel> models)
        {
            var specs = models.OrderBy(m => m.Id, StringComparer.Ordinal).Select(m => (object?)SurfaceWriter.Write(m)).ToList();
            var root = new List<KeyValuePair<string, object?>>
            {
                new KeyValuePair<string, object?>("specgen_lock", 1),
                new KeyValuePair<string, object?>("comment", "Written by 'specgen lock': the public surface of each spec. A build warns (SG1410) when a spec edit breaks it; run 'specgen lock' again to accept."),
                new KeyValuePair<string, object?>("specs", specs),
            };
            return JsonText.Write(root);
        }

        /// <summary>The locked specs, read back with the spec reader (JSON is YAML). Empty when the text is not a lock file.</summary>
        public static IReadOnlyList<SpecModel> Read(string text)
        {
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(text));
                if (stream.Documents.Count == 0 || !(stream.Documents[0].RootNode is YamlMappingNode root)) return Array.Empty<SpecModel>();
                if (!root.Children.TryGetValue(new YamlScalarNode("specs"), out var specs) || !(specs is YamlSequenceNode list)) return Array.Empty<SpecModel>();
                var files = new List<KeyValuePair<string, string>>();
                var i = 0;
                foreach (var node in list)
                {
                    var writer = new StringWriter();
                    new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
                    files.Add(new KeyValuePair<string, string>(FileName + "#" + i++, writer.ToString()));
                }
                return SpecCompiler.Compile(files).Models.AsArray();
            }
            catch (YamlDotNet.Core.YamlException)
            {
                return Array.Empty<SpecModel>();
            }
        }

        /// <summary>SG1410 for every breaking change of a locked spec, at the current YAML line of the change.</summary>
        public static IReadOnlyList<SpecDiagnostic> Check(string lockText, IEnumerable<SpecModel> current) => Check(lockText, current, SpecDiff.Compare);

        /// <summary>
        /// SG1410 for every breaking change <paramref name="compare"/> finds (the generator adds the renames of its
        /// binding plan to <see cref="SpecDiff"/>'s changes).
        /// </summary>
        public static IReadOnlyList<SpecDiagnostic> Check(string lockText, IEnumerable<SpecModel> current, Func<SpecModel, SpecModel, IReadOnlyList<SpecChange>> compare)
        {
            var diagnostics = new List<SpecDiagnostic>();
            var locked = Read(lockText);
            foreach (var model in current)
            {
                var before = locked.FirstOrDefault(m => m.Id == model.Id);
                if (before is null) continue;
                foreach (var change in compare(before, model).Where(c => c.Breaking))
                {
                    // A removal is located in the lock; report it at the current spec's header instead.
                    var span = change.Span.File is { } file && !file.StartsWith(FileName, StringComparison.Ordinal) ? change.Span : model.Header.Span;
                    diagnostics.Add(SpecDiagnostics.LockedSurfaceBroken.Create(span, change.Path, model.Id, change.Message));
                }
            }
            return diagnostics;
        }
    }
}
