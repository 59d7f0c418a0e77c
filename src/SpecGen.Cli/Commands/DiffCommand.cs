using System.Text.Json;
using SpecGen.Generator.Plan;
using SpecGen.Spec.Diffing;
using SpecGen.Spec.Model;

namespace SpecGen.Cli.Commands
{
    /// <summary>
    /// <c>specgen diff &lt;old-dir&gt; &lt;new-dir&gt; [--json]</c>: every change, breaking or not, with its spec path;
    /// a change of a generated C# name (the binding plan's) is breaking.
    /// Exit 0 without breaking changes, 1 with, 2 on error (so CI can gate on it).
    /// </summary>
    internal static class DiffCommand
    {
        public static int Run(string oldDir, string newDir, bool json, TextWriter stdout, TextWriter stderr)
        {
            foreach (var dir in new[] { oldDir, newDir })
            {
                if (!Directory.Exists(dir) && !File.Exists(dir)) return Program.Fail(stderr, "no such directory: " + dir);
            }
            var before = SpecDirectory.Compile(oldDir);
            var after = SpecDirectory.Compile(newDir);
            if (before.HasErrors || after.HasErrors)
            {
                foreach (var d in before.Diagnostics.Concat(after.Diagnostics).Where(d => d.IsError)) stderr.WriteLine(d.ToString());
                return Program.Fail(stderr, "the specs have errors; fix them before diffing");
            }
            var changes = new List<(string Spec, SpecChange Change)>();
            foreach (var (oldModel, newModel, id) in Pair(before.Models.AsArray(), after.Models.AsArray()))
            {
                if (newModel is null) changes.Add((id, new SpecChange(id, "removed", true, "spec removed", oldModel!.Header.Span)));
                else if (oldModel is null) changes.Add((id, new SpecChange(id, "added", false, "spec added", newModel.Header.Span)));
                else changes.AddRange(PlanDiff.Compare(oldModel, newModel).Select(c => (id, c)));
            }
            var breaking = changes.Count(c => c.Change.Breaking);
            if (json) WriteJson(stdout, changes, breaking);
            else
            {
                foreach (var (spec, c) in changes) stdout.WriteLine(spec + " " + c);
                stdout.WriteLine(changes.Count + " change(s), " + breaking + " breaking");
            }
            return breaking > 0 ? 1 : 0;
        }

        /// <summary>Specs are matched by provider/version; two folders of one spec each are compared whatever their ids (v1 → v2).</summary>
        private static IEnumerable<(SpecModel? Old, SpecModel? New, string Id)> Pair(SpecModel[] before, SpecModel[] after)
        {
            if (before.Length == 1 && after.Length == 1)
            {
                yield return (before[0], after[0], before[0].Id == after[0].Id ? before[0].Id : before[0].Id + " -> " + after[0].Id);
                yield break;
            }
            foreach (var m in before) yield return (m, after.FirstOrDefault(n => n.Id == m.Id), m.Id);
            foreach (var n in after.Where(n => !before.Any(m => m.Id == n.Id))) yield return (null, n, n.Id);
        }

        private static void WriteJson(TextWriter stdout, List<(string Spec, SpecChange Change)> changes, int breaking)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                w.WriteStartObject();
                w.WriteNumber("breaking", breaking);
                w.WriteStartArray("changes");
                foreach (var (spec, c) in changes)
                {
                    w.WriteStartObject();
                    w.WriteString("spec", spec);
                    w.WriteString("path", c.Path);
                    w.WriteString("kind", c.Kind);
                    w.WriteBoolean("breaking", c.Breaking);
                    w.WriteString("message", c.Message);
                    if (c.Span.File is { } file)
                    {
                        w.WriteString("file", file);
                        w.WriteNumber("line", c.Span.Line);
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            stdout.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }
    }
}
