using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SpecGen.Spec;

namespace SpecGen.Cli.Commands
{
    /// <summary><c>specgen inspect</c>: a one-screen summary, or the compiled model as JSON (<c>--json</c>).</summary>
    internal static class InspectCommand
    {
        public static int Run(string[] args, TextWriter stdout)
        {
            var dir = Program.DirectoryArgument(args);
            if (!Program.EnsureExists(dir, stdout)) return 2;
            var compilation = SpecDirectory.Compile(dir);
            if (args.Contains("--json"))
            {
                using var stream = new MemoryStream();
                using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    InspectJson.Write(writer, compilation);
                }
                stdout.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
            }
            else
            {
                Summary(compilation, stdout);
            }
            return compilation.HasErrors ? 1 : 0;
        }

        private static void Summary(SpecCompilation compilation, TextWriter stdout)
        {
            var color = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null && stdout == Console.Out;
            string Bold(string s) => color ? "\u001b[1m" + s + "\u001b[0m" : s;
            string Paint(string s, bool bad) => color ? (bad ? "\u001b[31m" : "\u001b[32m") + s + "\u001b[0m" : s;

            stdout.WriteLine(Bold($"{"spec",-16} {"endpoints",9} {"webhooks",9} {"params",7} {"schemas",8} {"enums",6} {"tables",7} {"codes",6} {"rules",6} {"rows",6}"));
            foreach (var m in compilation.Models)
            {
                var endpoints = m.Operations.Count(o => !o.IsWebhook);
                var webhooks = m.Operations.Count - endpoints;
                var parameters = m.Operations.Sum(o => o.Parameters.Count);
                var rules = ModelStatistics.RuleCount(m);
                var codes = m.CodeTables.Sum(t => t.Codes.Count);
                var rows = m.Lookups.Sum(l => l.Rows.Count);
                stdout.WriteLine($"{m.Id,-16} {endpoints,9} {webhooks,9} {parameters,7} {m.Schemas.Count + m.Unions.Count,8} {m.Enums.Count,6} {m.CodeTables.Count,7} {codes,6} {rules,6} {rows,6}");
            }
            var errors = compilation.Diagnostics.Count(d => d.IsError);
            var warnings = compilation.Diagnostics.Count - errors;
            stdout.WriteLine(Paint($"{errors} error(s), {warnings} warning(s)", errors > 0));
            foreach (var d in compilation.Diagnostics.Take(10)) stdout.WriteLine("  " + d);
            if (compilation.Diagnostics.Count > 10) stdout.WriteLine($"  ... {compilation.Diagnostics.Count - 10} more (specgen check)");
        }
    }
}
