using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecGen.Tests.Shared;

/// <summary>
/// The analyzer-config options a build passes: global properties (<c>build_property.*</c>) and, per additional
/// file, the <c>SpecGenSpec</c> metadata of <see cref="InMemoryAdditionalText"/> (<c>build_metadata.AdditionalFiles.SpecGenSpec</c>).
/// </summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly TestAnalyzerConfigOptions _global;

    public TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string>? globals = null)
    {
        _global = new TestAnalyzerConfigOptions(globals ?? ImmutableDictionary<string, string>.Empty);
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestAnalyzerConfigOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile is InMemoryAdditionalText { SpecGenSpec: { } flag }
            ? new TestAnalyzerConfigOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SpecGenSpec"] = flag })
            : TestAnalyzerConfigOptions.Empty;
}

/// <summary>One set of analyzer-config options (keys compare case-insensitively, as the compiler's do).</summary>
internal sealed class TestAnalyzerConfigOptions : AnalyzerConfigOptions
{
    public static readonly TestAnalyzerConfigOptions Empty = new(ImmutableDictionary<string, string>.Empty);

    private readonly Dictionary<string, string> _values;

    public TestAnalyzerConfigOptions(IReadOnlyDictionary<string, string> values)
    {
        _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in values) _values[pair.Key] = pair.Value;
    }

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
}
