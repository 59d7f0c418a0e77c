using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace SpecGen.Package.Tests;

/// <summary>Every package test class shares one packed feed (packing the solution is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "package feed";
}

/// <summary>
/// Packs the whole solution once (<c>dotnet pack SpecGen.sln</c>) into an empty local folder feed for all package
/// tests: what comes out is exactly what would ship.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = FindRoot();
        Work = Directory.CreateTempSubdirectory("specgen-pack").FullName;
        Feed = Path.Combine(Work, "feed");
        var (code, output) = Dotnet(Root, $"pack SpecGen.sln -c Release -o \"{Feed}\"");
        Assert.True(code == 0, "dotnet pack failed:\n" + output);
        PackOutput = output;
        Assert.True(File.Exists(Path.Combine(Feed, "SpecGen.1.0.0.nupkg")), "no package in " + Feed + "\n" + output);
        Packed = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(Directory.GetFiles(Feed), f => Path.GetFileName(f)!));
        AddDependencies(Path.Combine(Feed, "SpecGen.1.0.0.nupkg"));
    }

    /// <summary>The files <c>dotnet pack SpecGen.sln</c> wrote (before the dependencies were copied in).</summary>
    public string[] Packed { get; }

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

    public string PackOutput { get; } = string.Empty;

    /// <summary>
    /// A project outside this repository (its own Directory.*.props, a nuget.config naming only the feed), with
    /// its own packages folder, so nothing comes from this clone or a machine-wide cache of our packages.
    /// </summary>
    public string Project(string name, string sdk, string properties, string[] packages, params (string Path, string Text)[] files)
    {
        var dir = Path.Combine(Work, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "nuget.config"), NuGetConfig());
        var references = string.Concat(System.Linq.Enumerable.Select(packages, p => $"<PackageReference Include=\"{p}\" Version=\"1.0.0\" />"));
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestorePackagesPath>$(MSBuildThisFileDirectory)packages</RestorePackagesPath>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                {properties}
              </PropertyGroup>
              <ItemGroup>{references}</ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(dir, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), "<Project />");
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dir, path))!);
            File.WriteAllText(Path.Combine(dir, path), text);
        }
        return dir;
    }

    /// <summary>A nuget.config whose only source is the feed.</summary>
    public string NuGetConfig() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{Feed}" />
          </packageSources>
        </configuration>
        """;

    public void Dispose()
    {
        try { Directory.Delete(Work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public static (int Code, string Output) Dotnet(string directory, string arguments) => Run("dotnet", arguments, directory);

    public static (int Code, string Output) Run(string program, string arguments, string directory, int minutes = 15)
    {
        var start = new ProcessStartInfo(program, arguments)
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
        if (!process.WaitForExit(TimeSpan.FromMinutes(minutes)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out: " + program + " " + arguments);
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
