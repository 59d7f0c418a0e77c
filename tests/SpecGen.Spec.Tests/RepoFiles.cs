using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecGen.Spec;

namespace SpecGen.Spec.Tests;

/// <summary>Finds the repository and its real spec files.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SpecGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SpecGen.sln not found above " + AppContext.BaseDirectory);
    }

    public static string SpecDir => Path.Combine(Root, "spec");

    public static string Source(string prefix) => File.ReadAllText(Directory.GetFiles(Path.Combine(SpecDir, "sources"), prefix + "_*.txt").Single());

    public static List<KeyValuePair<string, string>> SpecFiles() =>
        Directory.GetFiles(SpecDir, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Replace('\\', '/').Contains("/sources/"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new KeyValuePair<string, string>(Path.GetRelativePath(Root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();

    private static SpecCompilation? _compiled;

    public static SpecCompilation Compiled => _compiled ??= SpecCompiler.Compile(SpecFiles());
}
