using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SpecGen.Tests.Shared;

/// <summary>
/// An additional file held in memory (what MSBuild passes for &lt;AdditionalFiles&gt;). <see cref="SpecGenSpec"/> is
/// its item metadata: "true" by default (an opted-in spec), null for an unmarked file such as a user's OpenAPI YAML.
/// <see cref="TestAnalyzerConfigOptions"/> hands it to the generator and the analyzers.
/// </summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text, string? specGenSpec = "true")
    {
        Path = path;
        SpecGenSpec = specGenSpec;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    /// <summary>The <c>SpecGenSpec</c> item metadata, or null when the item has none.</summary>
    public string? SpecGenSpec { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    public override string ToString() => Path;
}
