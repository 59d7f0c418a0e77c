using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SpecGen.Spec.Tests;

/// <summary>The real specs compiled once (paths relative to the repository, as the CLI prints them).</summary>
internal static class RealSpecs
{
    private static SpecCompilation? _compiled;

    public static SpecCompilation Compiled => _compiled ??= SpecCompiler.Compile(
        RepoFiles.SpecFiles().Select(f => new KeyValuePair<string, string>(Path.GetRelativePath(RepoFiles.Root, f.Path).Replace('\\', '/'), f.Text)));
}
