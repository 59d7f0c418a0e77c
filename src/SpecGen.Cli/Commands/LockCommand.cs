using SpecGen.Spec.Locking;

namespace SpecGen.Cli.Commands
{
    /// <summary>
    /// <c>specgen lock [dir] [--out specgen.lock.json]</c>: records each spec's public surface. Add the file to the
    /// project as an AdditionalFile and the build warns (SG1410) when a spec edit breaks it; run again to accept.
    /// </summary>
    internal static class LockCommand
    {
        public static int Run(string dir, string output, TextWriter stdout, TextWriter stderr)
        {
            var compilation = SpecDirectory.Compile(dir);
            if (compilation.HasErrors)
            {
                foreach (var d in compilation.Diagnostics) stderr.WriteLine(d.ToString());
                return Program.Fail(stderr, "the specs have errors; fix them before locking");
            }
            var text = LockFile.Write(compilation.Models);
            var existed = File.Exists(output);
            if (existed && File.ReadAllText(output) == text)
            {
                stdout.WriteLine(SpecDirectory.Display(output) + " is up to date (" + compilation.Models.Count + " spec(s))");
                return 0;
            }
            var directory = Path.GetDirectoryName(Path.GetFullPath(output));
            if (directory is not null) Directory.CreateDirectory(directory);
            File.WriteAllText(output, text);
            stdout.WriteLine((existed ? "updated " : "wrote ") + SpecDirectory.Display(output) + " (" + compilation.Models.Count + " spec(s))");
            return 0;
        }
    }
}
