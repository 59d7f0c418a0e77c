using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecGen.Generator.Pipeline
{
    /// <summary>The MSBuild options the generator reads, reduced to a small value-equatable record.</summary>
    internal sealed record GeneratorOptions(string? RootNamespace, bool ReportSpecDiagnostics)
    {
        public static GeneratorOptions From(AnalyzerConfigOptions options)
        {
            options.TryGetValue("build_property.SpecGenRootNamespace", out var root);
            // "analyzer": the live spec analyzer reports SG1xxx (design-time builds), so the generator stays quiet.
            options.TryGetValue("build_property.SpecGenSpecDiagnostics", out var reporter);
            return new GeneratorOptions(string.IsNullOrWhiteSpace(root) ? null : root!.Trim(), !string.Equals(reporter?.Trim(), "analyzer", System.StringComparison.OrdinalIgnoreCase));
        }
    }
}
