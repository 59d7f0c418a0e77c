using System;
using System.IO;
using Xunit;

namespace SpecGen.Generator.Tests;

/// <summary>
/// Our small stand-in for Verify: compares text with a reviewed <c>*.verified.*</c> file. On a
/// mismatch it writes <c>*.received.*</c> beside it and fails; after review, rerun with
/// <c>SPECGEN_ACCEPT=1</c> to accept the received text.
/// </summary>
internal static class GoldenFiles
{
    public static void Verify(string directory, string name, string actual)
    {
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        if (Environment.GetEnvironmentVariable("SPECGEN_ACCEPT") == "1")
        {
            File.WriteAllText(verified, actual);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (File.Exists(verified) && File.ReadAllText(verified) == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(verified)
            ? $"{name}: generated text differs from {verified}; review {received} (diff them) and accept with SPECGEN_ACCEPT=1"
            : $"{name}: no verified file yet; review {received} and accept with SPECGEN_ACCEPT=1");
    }
}
