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
