using SpecGen.Shared.SpecFiles;
using SpecGen.Spec;

namespace SpecGen.Cli
{
    /// <summary>Finds the spec files under a directory and compiles them.</summary>
    internal static class SpecDirectory
    {
        /// <summary>The spec files of a folder (<see cref="SpecFileSelection.IsSpecInFolder"/>), or the one file given.</summary>
        public static List<string> FindFiles(string root)
        {
            if (File.Exists(root)) return new List<string> { root };
            return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => SpecFileSelection.IsSpecInFolder(Path.GetRelativePath(root, f)))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();
        }

        public static SpecCompilation Compile(string root)
        {
            var files = FindFiles(root).Select(f => new KeyValuePair<string, string>(Display(f), File.ReadAllText(f)));
            return SpecCompiler.Compile(files);
        }

        /// <summary>A path relative to the current directory when possible, with forward slashes.</summary>
        public static string Display(string path)
        {
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
            return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
        }
    }
}
