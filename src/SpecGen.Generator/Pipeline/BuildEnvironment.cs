using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SpecGen.Shared.Diagnostics;

namespace SpecGen.Generator.Pipeline
{
    /// <summary>
    /// What the generated code needs from the compilation it lands in, reduced to two values so the pipeline
    /// caches it (the compilation itself changes on every edit). Generated code calls SpecGen.Runtime and uses
    /// C# 11 (required members); without either every generated file would fail with CS errors.
    /// </summary>
    internal sealed record BuildEnvironment(bool HasRuntimeReference, LanguageVersion LanguageVersion)
    {
        /// <summary>The assembly the generated code calls.</summary>
        public const string RuntimeAssembly = "SpecGen.Runtime";

        /// <summary>The oldest C# the generated code compiles with.</summary>
        public const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp11;

        /// <summary>True when the generated code can compile here.</summary>
        public bool CanCompileBindings => HasRuntimeReference && LanguageVersion >= MinimumLanguageVersion;

        public static bool HasRuntime(Compilation compilation) =>
            compilation.AssemblyName == RuntimeAssembly || compilation.ReferencedAssemblyNames.Any(a => a.Name == RuntimeAssembly);

        /// <summary>The effective C# version (Latest, Default and Preview already mapped by the parse options).</summary>
        public static LanguageVersion LanguageVersionOf(ParseOptions options) =>
            options is CSharpParseOptions csharp ? csharp.LanguageVersion : MinimumLanguageVersion;

        /// <summary>One diagnostic per unmet need, located on the first line of the first spec file.</summary>
        public IEnumerable<Diagnostic> Problems(AdditionalText firstSpec, System.Threading.CancellationToken cancellationToken)
        {
            if (CanCompileBindings) yield break;
            var text = firstSpec.GetText(cancellationToken);
            var location = SpecLocations.Create(firstSpec.Path, 1, 1, text);
            var spec = Spec.SpecCompiler.SpecOf(null, text?.ToString() ?? string.Empty) ?? firstSpec.Path;
            if (!HasRuntimeReference) yield return Diagnostic.Create(SpecDescriptors.SG1401, location, spec);
            if (LanguageVersion < MinimumLanguageVersion) yield return Diagnostic.Create(SpecDescriptors.SG1402, location, spec, LanguageVersion.ToDisplayString());
        }
    }
}
