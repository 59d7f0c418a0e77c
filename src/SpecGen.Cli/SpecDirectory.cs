using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecGen.Spec;

namespace SpecGen.Cli
{
    /// <summary>Finds the spec files under a directory and compiles them.</summary>
    internal static class SpecDirectory
    {
        /// <summary>Every <c>*.yaml</c> under <paramref name="root"/>, except copies of source documents in <c>sources/</c>.</summary>
        public static List<string> FindFiles(string root)
        {
            if (File.Exists(root)) return new List<string> { root };
            return Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
                .Where(f => !f.Replace('\\', '/').Split('/').Contains("sources"))
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
