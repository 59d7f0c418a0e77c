using SpecGen.Cli.OpenApi;

namespace SpecGen.Cli.Commands
{
    /// <summary><c>specgen import openapi &lt;file&gt; --provider P --version V --out DIR</c>: writes DIR/P/V/api.yaml and prints the import warnings.</summary>
    internal static class ImportCommand
    {
        public static int Run(string file, string provider, string version, string outDir, TextWriter stdout, TextWriter stderr)
        {
            if (!File.Exists(file)) return Program.Fail(stderr, "no such file: " + file);
            var (doc, errors) = OpenApiLoader.Load(file);
            if (doc is null || errors.Count > 0)
            {
                foreach (var e in errors) stderr.WriteLine(file + ": error: " + e);
                return Program.Fail(stderr, "the OpenAPI reader could not read " + file);
            }
            var result = OpenApiImporter.Import(doc, provider, version, Path.GetFileName(file));
            var dir = Path.Combine(outDir, provider, version);
            Directory.CreateDirectory(dir);
            var target = Path.Combine(dir, "api.yaml");
            File.WriteAllText(target, result.Yaml);
            foreach (var w in result.Warnings) stdout.WriteLine(file + "#" + w.Pointer.TrimStart('#') + ": warning: " + w.Message);
            stdout.WriteLine("wrote " + SpecDirectory.Display(target) + ": " + result.Warnings.Count + " import warning(s), each kept as a note");
            var compilation = SpecDirectory.Compile(dir);
            foreach (var d in compilation.Diagnostics) stdout.WriteLine(d.ToString());
            return compilation.HasErrors ? 1 : 0;
        }
    }
}
