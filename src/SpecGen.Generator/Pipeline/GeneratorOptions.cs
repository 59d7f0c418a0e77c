using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecGen.Generator.Pipeline
{
    /// <summary>The MSBuild options the generator reads, reduced to a small value-equatable record.</summary>
    internal sealed record GeneratorOptions(string? RootNamespace)
    {
        public static GeneratorOptions From(AnalyzerConfigOptions options)
        {
            options.TryGetValue("build_property.SpecGenRootNamespace", out var root);
            return new GeneratorOptions(string.IsNullOrWhiteSpace(root) ? null : root!.Trim());
        }
    }
}
