using System;
using System.IO;
using System.Linq;
using SpecGen.Cli.Commands;

namespace SpecGen.Cli
{
    /// <summary>The <c>specgen</c> command: <c>check</c>, <c>inspect</c>, <c>emit</c>.</summary>
    public static class Program
    {
        private const string Usage =
@"specgen — compile gateway specs

usage:
  specgen check <dir>                 print diagnostics (path(line,col): error SG1xxx: message); exit 1 on errors
  specgen check --list                list every diagnostic ID with its title
  specgen inspect <dir> [--json]      one-screen summary, or the compiled model as JSON
  specgen emit <dir> --out <folder>   write the generated C# (byte-identical to a build's)

<dir> defaults to ./spec.";

        public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

        /// <summary>Runs a command with the given writers (tests call this directly).</summary>
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                stdout.WriteLine(Usage);
                return args.Length == 0 ? 2 : 0;
            }
            var rest = args[1..];
            try
            {
                return args[0] switch
                {
                    "check" => CheckCommand.Run(rest, stdout),
                    "inspect" => InspectCommand.Run(rest, stdout),
                    "emit" => EmitCommand.Run(rest, stdout, stderr),
                    "export" when rest.Length >= 2 => ExportCommand.Run(rest[1], Option(rest, "--out") ?? "openapi", stdout, stderr),
                    "diff" when rest.Length >= 2 => DiffCommand.Run(rest[0], rest[1], rest.Contains("--json"), stdout, stderr),
                    "import" when rest.Length >= 2 => ImportCommand.Run(rest[1], Option(rest, "--provider") ?? "imported", Option(rest, "--version") ?? "v1", Option(rest, "--out") ?? "spec", stdout, stderr),
                    _ => Fail(stderr, "unknown command '" + args[0] + "'\n\n" + Usage),
                };
            }
            catch (IOException e)
            {
                return Fail(stderr, e.Message);
            }
            catch (UnauthorizedAccessException e)
            {
                return Fail(stderr, e.Message);
            }
        }

        private static string? Option(string[] args, string name)
        {
            var i = System.Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        internal static int Fail(TextWriter stderr, string message)
        {
            stderr.WriteLine("specgen: " + message);
            return 2;
        }

        internal static string DirectoryArgument(string[] args)
        {
            foreach (var a in args)
            {
                if (!a.StartsWith("-", StringComparison.Ordinal)) return a;
            }
            return "spec";
        }

        internal static bool EnsureExists(string dir, TextWriter stdout)
        {
            if (Directory.Exists(dir) || File.Exists(dir)) return true;
            stdout.WriteLine("specgen: no such directory: " + dir);
            return false;
        }
    }
}
