using System.IO;
using System.Linq;
using SpecGen.Spec.Diagnostics;

namespace SpecGen.Cli.Commands
{
    /// <summary><c>specgen check</c>: prints every diagnostic; exit code 1 when any is an error.</summary>
    internal static class CheckCommand
    {
        public static int Run(string[] args, TextWriter stdout)
        {
            if (args.Contains("--list"))
            {
                foreach (var d in SpecDiagnostics.All) stdout.WriteLine($"{d.Id}  {(d.Severity == SpecSeverity.Error ? "error  " : "warning")}  {d.Title}");
                return 0;
            }
            var dir = Program.DirectoryArgument(args);
            if (!Program.EnsureExists(dir, stdout)) return 2;
            var compilation = SpecDirectory.Compile(dir);
            foreach (var d in compilation.Diagnostics) stdout.WriteLine(d.ToString());
            var errors = compilation.Diagnostics.Count(d => d.IsError);
            var warnings = compilation.Diagnostics.Count - errors;
            stdout.WriteLine($"{compilation.Models.Count} spec(s) checked: {errors} error(s), {warnings} warning(s)");
            return errors > 0 ? 1 : 0;
        }
    }
}
