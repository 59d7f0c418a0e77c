using System.IO;

namespace SpecGen.Cli.Commands
{
    /// <summary><c>specgen lock [dir] [--out specgen.lock.json]</c>: records each spec's public surface.</summary>
    internal static class LockCommand
    {
        public static int Run(string dir, string output, TextWriter stdout, TextWriter stderr)
        {
            return Program.Fail(stderr, "not implemented: " + dir + output + stdout);
        }
    }
}
