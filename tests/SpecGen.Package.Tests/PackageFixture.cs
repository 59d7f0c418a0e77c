using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace SpecGen.Package.Tests;

/// <summary>Packs SpecGen once into a local folder feed for all package tests.</summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = FindRoot();
        Work = Directory.CreateTempSubdirectory("specgen-pack").FullName;
        Feed = Path.Combine(Work, "feed");
        var (code, output) = Dotnet(Root, $"pack src/SpecGen -c Release -o \"{Feed}\"");
        Assert.True(code == 0, "dotnet pack failed:\n" + output);
        Assert.True(File.Exists(Path.Combine(Feed, "SpecGen.1.0.0.nupkg")), "no package in " + Feed + "\n" + output);
        AddDependencies(Path.Combine(Feed, "SpecGen.1.0.0.nupkg"));
    }

    /// <summary>
    /// The feed also holds the package's dependencies (the runtime's Microsoft.Extensions.Logging.Abstractions and
    /// what that needs on net8.0+), copied from the machine's package cache that restoring this repository filled:
    /// consumers restore from this feed alone.
    /// </summary>
    private void AddDependencies(string nupkg)
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var pending = new System.Collections.Generic.Queue<System.Xml.Linq.XDocument>();
        using (var zip = System.IO.Compression.ZipFile.OpenRead(nupkg))
        {
            var entry = System.Linq.Enumerable.First(zip.Entries, e => e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
            using var stream = entry.Open();
            pending.Enqueue(System.Xml.Linq.XDocument.Load(stream));
        }
        while (pending.Count > 0)
        {
            var nuspec = pending.Dequeue();
            var groups = System.Linq.Enumerable.Where(nuspec.Descendants(), e => e.Name.LocalName == "group");
            var group = System.Linq.Enumerable.FirstOrDefault(groups, g => (string?)g.Attribute("targetFramework") is "net8.0" or ".NETCoreApp8.0");
            if (group is null) continue;
            foreach (var dependency in System.Linq.Enumerable.Where(group.Elements(), e => e.Name.LocalName == "dependency"))
            {
                var id = ((string)dependency.Attribute("id")!).ToLowerInvariant();
                var version = ((string)dependency.Attribute("version")!).Trim('[', ']', '(', ')').Split(',')[0];
                var folder = Path.Combine(cache, id, version);
                var package = Path.Combine(folder, id + "." + version + ".nupkg");
                Assert.True(File.Exists(package), "dependency " + id + " " + version + " is not in the package cache " + cache);
                var target = Path.Combine(Feed, Path.GetFileName(package));
                if (File.Exists(target)) continue;
                File.Copy(package, target);
                pending.Enqueue(System.Xml.Linq.XDocument.Load(Path.Combine(folder, id + ".nuspec")));
            }
        }
    }

    public string Root { get; }

    public string Work { get; }

    public string Feed { get; }

    public void Dispose()
    {
        try { Directory.Delete(Work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public static (int Code, string Output) Dotnet(string directory, string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out: dotnet " + arguments);
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SpecGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SpecGen.sln not found");
    }
}
