using SpecGen.Generator.Plan;
using SpecGen.Spec.Diagnostics;

namespace SpecGen.Cli.Commands
{
    /// <summary><c>specgen check</c>: prints every diagnostic (the binding plan's SG1420 included); exit code 1 when any is an error.</summary>
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
            // The binding plan's warnings (SG1420, names that collide), as a build reports them once the specs have no error.
            var planned = compilation.HasErrors ? Enumerable.Empty<SpecDiagnostic>() : compilation.Models.SelectMany(m => BindingPlanner.Plan(m, null).Diagnostics);
            var diagnostics = compilation.Diagnostics.Concat(planned).ToList();
            foreach (var d in diagnostics) stdout.WriteLine(d.ToString());
            var errors = diagnostics.Count(d => d.IsError);
            var warnings = diagnostics.Count - errors;
            stdout.WriteLine($"{compilation.Models.Count} spec(s) checked: {errors} error(s), {warnings} warning(s)");
            return errors > 0 ? 1 : 0;
        }
    }
}
