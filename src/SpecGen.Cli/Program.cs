using System.CommandLine;
using SpecGen.Cli.Commands;
using SpecGen.Spec.Locking;

namespace SpecGen.Cli
{
    /// <summary>
    /// The <c>specgen</c> command (System.CommandLine): check, inspect, emit, import, export, diff, lock, new.
    /// Unknown options and missing arguments are errors: printed to stderr, exit code 2. <c>--help</c> works per command.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

        /// <summary>Runs a command with the given writers (tests call this directly).</summary>
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var root = CommandLineBuilder.Build();
            var result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                foreach (var error in result.Errors) stderr.WriteLine("specgen: " + error.Message);
                stderr.WriteLine("Run 'specgen --help' or 'specgen <command> --help' for usage.");
                return 2;
            }
            try
            {
                return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
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

        internal static bool EnsureExists(string dir, TextWriter stderr)
        {
            if (Directory.Exists(dir) || File.Exists(dir)) return true;
            stderr.WriteLine("specgen: no such directory: " + dir);
            return false;
        }
    }

    /// <summary>The command tree: each command parses its arguments and calls its <c>*Command.Run</c>.</summary>
    internal static class CommandLineBuilder
    {
        public static Command Build()
        {
            // A root named "specgen" (RootCommand takes the host's name: "testhost" under a test runner) with RootCommand's help and version options.
            var root = new Command("specgen", "Compile gateway specs, import/export OpenAPI, diff and lock spec versions.");
            root.Options.Add(new System.CommandLine.Help.HelpOption());
            root.Options.Add(new VersionOption());
            root.Subcommands.Add(Check());
            root.Subcommands.Add(Inspect());
            root.Subcommands.Add(Emit());
            root.Subcommands.Add(Import());
            root.Subcommands.Add(Export());
            root.Subcommands.Add(Diff());
            root.Subcommands.Add(Lock());
            root.Subcommands.Add(New());
            return root;
        }

        private static Argument<string> Dir(string description = "Spec directory (or one file).") =>
            NoOption(new Argument<string>("dir") { Description = description, DefaultValueFactory = _ => "spec" });

        /// <summary>A token like <c>--bogus</c> would otherwise bind to a string argument: it is an unknown option, an error.</summary>
        private static Argument<string> NoOption(Argument<string> argument)
        {
            argument.Validators.Add(result =>
            {
                foreach (var token in result.Tokens)
                {
                    if (token.Value.StartsWith("-", StringComparison.Ordinal) && token.Value.Length > 1) result.AddError("Unrecognized option '" + token.Value + "'.");
                }
            });
            return argument;
        }

        private static int WithDirectory(ParseResult r, string dir, Func<TextWriter, TextWriter, int> run)
        {
            var stdout = r.InvocationConfiguration.Output;
            var stderr = r.InvocationConfiguration.Error;
            return Program.EnsureExists(dir, stderr) ? run(stdout, stderr) : 2;
        }

        private static Command Check()
        {
            var dir = Dir();
            var list = new Option<bool>("--list") { Description = "List every diagnostic ID with its title." };
            var command = new Command("check", "Print diagnostics (path(line,col): error SG1xxx: message); exit 1 on errors.") { dir, list };
            command.SetAction(r => r.GetValue(list)
                ? CheckCommand.Run(new[] { "--list" }, r.InvocationConfiguration.Output)
                : WithDirectory(r, r.GetValue(dir)!, (o, _) => CheckCommand.Run(new[] { r.GetValue(dir)! }, o)));
            return command;
        }

        private static Command Inspect()
        {
            var dir = Dir();
            var json = new Option<bool>("--json") { Description = "Print the compiled model as JSON." };
            var command = new Command("inspect", "One-screen summary of the specs, or the compiled model as JSON.") { dir, json };
            command.SetAction(r => WithDirectory(r, r.GetValue(dir)!, (o, _) => InspectCommand.Run(r.GetValue(json) ? new[] { r.GetValue(dir)!, "--json" } : new[] { r.GetValue(dir)! }, o)));
            return command;
        }

        private static Command Emit()
        {
            var dir = Dir();
            var output = new Option<string>("--out") { Description = "Folder for the generated C#.", Required = true };
            var command = new Command("emit", "Write the generated C# (byte-identical to a build's).") { dir, output };
            command.SetAction(r => WithDirectory(r, r.GetValue(dir)!, (o, e) => EmitCommand.Run(new[] { r.GetValue(dir)!, "--out", r.GetValue(output)! }, o, e)));
            return command;
        }

        private static Command Import()
        {
            var file = NoOption(new Argument<string>("file") { Description = "OpenAPI 3.0 or 3.1 document (.yaml, .yml or .json)." });
            var provider = new Option<string>("--provider") { Description = "Provider id of the new spec (lower-case).", Required = true };
            var version = new Option<string>("--version") { Description = "Version id of the new spec, e.g. v1.", Required = true };
            var output = new Option<string>("--out") { Description = "Spec root; the spec is written to <out>/<provider>/<version>/api.yaml.", DefaultValueFactory = _ => "spec" };
            var openapi = new Command("openapi", "Import an OpenAPI document as a spec; what the language cannot say is kept as notes and reported.") { file, provider, version, output };
            openapi.SetAction(r => ImportCommand.Run(r.GetValue(file)!, r.GetValue(provider)!, r.GetValue(version)!, r.GetValue(output)!, r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
            return new Command("import", "Import a gateway description written in another language.") { openapi };
        }

        private static Command Export()
        {
            var dir = Dir();
            var output = new Option<string>("--out") { Description = "Folder for the OpenAPI documents.", DefaultValueFactory = _ => "openapi" };
            var openapi = new Command("openapi", "Write one OpenAPI 3.1 document per spec.") { dir, output };
            openapi.SetAction(r => ExportCommand.Run(r.GetValue(dir)!, r.GetValue(output)!, r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
            return new Command("export", "Export the specs in another language.") { openapi };
        }

        private static Command Diff()
        {
            var before = NoOption(new Argument<string>("old-dir") { Description = "The old specs." });
            var after = NoOption(new Argument<string>("new-dir") { Description = "The new specs." });
            var json = new Option<bool>("--json") { Description = "Print the changes as JSON." };
            var command = new Command("diff", "Classify every change between two spec folders; exit 0 no breaking change, 1 breaking, 2 error.") { before, after, json };
            command.SetAction(r => DiffCommand.Run(r.GetValue(before)!, r.GetValue(after)!, r.GetValue(json), r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
            return command;
        }

        private static Command Lock()
        {
            var dir = Dir();
            var output = new Option<string>("--out") { Description = "Lock file to write.", DefaultValueFactory = _ => LockFile.FileName };
            var command = new Command("lock", "Record each spec's public surface in specgen.lock.json; the build then warns (SG1410) when an edit breaks it.") { dir, output };
            command.SetAction(r => WithDirectory(r, r.GetValue(dir)!, (o, e) => LockCommand.Run(r.GetValue(dir)!, r.GetValue(output)!, o, e)));
            return command;
        }

        private static Command New()
        {
            var provider = NoOption(new Argument<string>("provider") { Description = "Provider id, lower-case (e.g. acme)." });
            var version = NoOption(new Argument<string>("version") { Description = "Version id (e.g. v1)." });
            var output = new Option<string>("--out") { Description = "Spec root; the spec is written to <out>/<provider>/<version>/api.yaml.", DefaultValueFactory = _ => "spec" };
            var command = new Command("new", "Scaffold a valid spec for your own gateway.") { provider, version, output };
            command.SetAction(r => NewCommand.Run(r.GetValue(provider)!, r.GetValue(version)!, r.GetValue(output)!, r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
            return command;
        }
    }
}
