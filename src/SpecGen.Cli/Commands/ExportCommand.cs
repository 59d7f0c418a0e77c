using SpecGen.Cli.OpenApi;

namespace SpecGen.Cli.Commands
{
    /// <summary><c>specgen export openapi &lt;spec-dir&gt; --out DIR</c>: one OpenAPI 3.1 JSON document per spec (DIR/provider-version.openapi.json).</summary>
    internal static class ExportCommand
    {
        public static int Run(string specDir, string outDir, TextWriter stdout, TextWriter stderr)
        {
            if (!Directory.Exists(specDir) && !File.Exists(specDir)) return Program.Fail(stderr, "no such directory: " + specDir);
            var compilation = SpecDirectory.Compile(specDir);
            if (compilation.HasErrors)
            {
                foreach (var d in compilation.Diagnostics) stderr.WriteLine(d.ToString());
                return Program.Fail(stderr, "the specs have errors; fix them before exporting");
            }
            Directory.CreateDirectory(outDir);
            foreach (var model in compilation.Models)
            {
                var path = Path.Combine(outDir, model.Header.Provider + "-" + model.Header.Version + ".openapi.json");
                File.WriteAllText(path, OpenApiExporter.ExportJson(model));
                stdout.WriteLine("wrote " + SpecDirectory.Display(path));
            }
            return 0;
        }
    }
}
