using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecGen.Shared.SpecFiles;

namespace SpecGen.Tests.Shared;

/// <summary>Finds the repository (the folder holding SpecGen.sln), its real spec files, source documents and fixtures.</summary>
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

    public static string SpecDir => Path.Combine(Root, "spec");

    /// <summary>Every real spec file, as (absolute path, text), in ordinal path order: spec/ read by the product's folder rule.</summary>
    public static IReadOnlyList<(string Path, string Text)> SpecFiles() =>
        Directory.GetFiles(SpecDir, "*", SearchOption.AllDirectories)
            .Where(f => SpecFileSelection.IsSpecInFolder(Path.GetRelativePath(SpecDir, f)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f)))
            .ToList();

    /// <summary>The absolute path of a spec file given relative to spec/ (e.g. <c>oca/v1/api.yaml</c>).</summary>
    public static string Spec(string relative) => Path.Combine(SpecDir, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The text of the one source document whose name starts with <paramref name="prefix"/> (spec/sources/{prefix}_*.txt).</summary>
    public static string Source(string prefix) => File.ReadAllText(Directory.GetFiles(Path.Combine(SpecDir, "sources"), prefix + "_*.txt").Single());

    /// <summary>The fixtures copied to the test output (tests/SpecGen.Generator.Tests/Fixtures).</summary>
    public static string FixtureDir => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>Every fixture body (not the manifest nor dot-files), as a '/'-separated path relative to <see cref="FixtureDir"/>.</summary>
    /// <param name="dir">Another copy of the fixtures (a test project that does not copy them reads the generator tests' folder).</param>
    public static IReadOnlyList<string> FixtureFiles(string? dir = null)
    {
        var root = dir ?? FixtureDir;
        return Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(f).StartsWith(".", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The exact text of a fixture (a BOM, if any, is kept: parsers must cope with it).</summary>
    public static string Fixture(string relative)
    {
        var bytes = File.ReadAllBytes(Path.Combine(FixtureDir, relative));
        return new System.Text.UTF8Encoding(false).GetString(bytes);
    }
}
