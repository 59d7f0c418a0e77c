using System.IO;
using System.Linq;
using SpecGen.Cli;
using Xunit;

namespace SpecGen.Spec.Tests;

/// <summary>The committed generated files of the samples are what the generator emits today.</summary>
public class GeneratedSamplesTests
{
    [Fact]
    public void Committed_generated_files_are_not_stale_and_emit_is_byte_identical()
    {
        var committed = Path.Combine(RepoFiles.Root, "generated-samples", "BundledSpecs", "Generated", "SpecGen.Generator", "SpecGen.Generator.Pipeline.SpecGenerator");
        var output = Directory.CreateTempSubdirectory("specgen-emit");
        try
        {
            var code = Program.Run(new[] { "emit", RepoFiles.SpecDir, "--out", output.FullName }, new StringWriter(), new StringWriter());
            Assert.Equal(0, code);
            var emitted = Directory.GetFiles(output.FullName).Select(Path.GetFileName).OrderBy(f => f).ToList();
            var expected = Directory.GetFiles(committed).Select(Path.GetFileName).OrderBy(f => f).ToList();
            Assert.Equal(expected, emitted);
            Assert.True(emitted.Count >= 20);   // operations are grouped: one Requests and one Webhooks file per spec (SpecEmitter)
            foreach (var name in emitted)
            {
                Assert.True(
                    File.ReadAllBytes(Path.Combine(output.FullName, name!)).SequenceEqual(File.ReadAllBytes(Path.Combine(committed, name!))),
                    $"{name} is stale: rebuild generated-samples/BundledSpecs and commit Generated/");
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
