using System.Globalization;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Plan
{
    /// <summary>
    /// Which generated file each schema goes to. One file per schema type (<c>Acme.V1.Schemas.SendResult.g.cs</c>),
    /// so a type is found by its file name and a file stays readable, up to <see cref="MaxFiles"/> files per spec. A
    /// spec with more schemas shares them out, in document order, over <see cref="MaxFiles"/> numbered files
    /// (<c>Schemas.1</c> …): the compiler's generator driver pays on every edit a cost that grows with the square of
    /// the number of generated files (issue 11: 0.34 ms at 204 files, 32.5 ms at 4,004), which an IDE pays per keystroke.
    /// </summary>
    internal static class SchemaFiles
    {
        /// <summary>At most this many schema files per spec (the bundled specs stay under it: 58 schemas at most).</summary>
        public const int MaxFiles = 64;

        /// <summary>A file's name part (after <c>Schemas.</c>) and the schemas it holds.</summary>
        public sealed record Part(string Name, IReadOnlyList<SchemaSpec> Schemas);

        public static List<Part> Split(IReadOnlyList<SchemaSpec> schemas, Func<SchemaSpec, string> typeName)
        {
            var parts = new List<Part>();
            if (schemas.Count <= MaxFiles)
            {
                // Hint names compare ignoring case: "SmsResult" and "SMSResult" must not share one.
                var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var s in schemas)
                {
                    var name = typeName(s);
                    for (var i = 2; !used.Add(name); i++) name = typeName(s) + "_" + i.ToString(CultureInfo.InvariantCulture);
                    parts.Add(new Part(name, new[] { s }));
                }
                return parts;
            }
            var perFile = (schemas.Count + MaxFiles - 1) / MaxFiles;
            for (var start = 0; start < schemas.Count; start += perFile)
            {
                parts.Add(new Part((start / perFile + 1).ToString(CultureInfo.InvariantCulture), schemas.Skip(start).Take(perFile).ToList()));
            }
            return parts;
        }
    }
}
