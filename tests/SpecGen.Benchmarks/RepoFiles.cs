using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SpecGen.Benchmarks;

/// <summary>Finds the repository (the folder holding SpecGen.sln) and its real spec files.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        // BenchmarkDotNet runs a generated project from bin/Release/net10.0/<id>/..., still inside the repository.
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SpecGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SpecGen.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Every real spec file (spec/**/*.yaml except spec/sources/), as (absolute path, text), in ordinal path order.</summary>
    public static IReadOnlyList<(string Path, string Text)> SpecFiles() =>
        Directory.GetFiles(Path.Combine(Root, "spec"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Replace('\\', '/').Contains("/spec/sources/"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f)))
            .ToList();
}
