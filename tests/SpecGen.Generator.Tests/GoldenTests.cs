using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecGen.Generator.Emitters;
using SpecGen.Spec;
using Xunit;

namespace SpecGen.Generator.Tests;

/// <summary>Golden files of the generator's output for small specs that exercise every emitter.</summary>
public class GoldenTests
{
    private static string Dir => Path.Combine(RepoFiles.Root, "tests", "SpecGen.Generator.Tests", "Golden");

    [Theory]
    [InlineData("tiny")]
    [InlineData("union")]
    public void Emitted_source_matches_the_reviewed_golden_file(string spec)
    {
        var compilation = SpecCompiler.Compile(new[] { new KeyValuePair<string, string>(spec + ".yaml", File.ReadAllText(Path.Combine(Dir, spec + ".yaml"))) });
        Assert.Empty(compilation.Diagnostics.Select(d => d.ToString()));
        var model = Assert.Single(compilation.Models);
        var text = string.Join("\n", GeneratedSources.Emit(model).Select(f => "//// " + f.Key + "\n" + f.Value));
        GoldenFiles.Verify(Dir, spec, text);
    }
}
