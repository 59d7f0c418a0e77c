using System;
using System.IO;

namespace SpecGen.Clients.Tests;

/// <summary>Finds the repository and its spec folder.</summary>
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

    public static string Source(string prefix) => File.ReadAllText(Directory.GetFiles(Path.Combine(SpecDir, "sources"), prefix + "_*.txt")[0]);
}
