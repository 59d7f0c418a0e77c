using SpecGen.Generator.Emitters;

namespace SpecGen.Cli.Commands
{
    /// <summary><c>specgen emit &lt;dir&gt; --out &lt;folder&gt;</c>: writes the generated C#, byte-identical to a build's.</summary>
    internal static class EmitCommand
    {
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var outIndex = Array.IndexOf(args, "--out");
            if (outIndex < 0 || outIndex == args.Length - 1) return Program.Fail(stderr, "emit needs --out <folder>");
            var output = args[outIndex + 1];
            var dir = Program.DirectoryArgument(args.Where((_, i) => i != outIndex && i != outIndex + 1).ToArray());
            if (!Program.EnsureExists(dir, stdout)) return 2;
            var compilation = SpecDirectory.Compile(dir);
            foreach (var d in compilation.Diagnostics) stdout.WriteLine(d.ToString());
            if (compilation.HasErrors) return 1;
            Directory.CreateDirectory(output);
            var count = 0;
            foreach (var model in compilation.Models)
            {
                foreach (var file in GeneratedSources.Emit(model))
                {
                    // With a BOM, as the compiler writes EmitCompilerGeneratedFiles output: byte-identical files.
                    File.WriteAllText(Path.Combine(output, file.Key), file.Value, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                    count++;
                }
            }
            stdout.WriteLine($"{count} file(s) written to {output}");
            return 0;
        }
    }
}
