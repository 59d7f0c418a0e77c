using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecGen.Shared.SpecFiles
{
    /// <summary>
    /// <see cref="SpecFileSelection"/> read from the compiler's analyzer-config options: the per-file
    /// <c>SpecGenSpec</c> metadata and the global <c>SpecGenSpecDirectory</c> property. The generator and the live
    /// spec analyzer both ask here, so they always agree on the set of spec files.
    /// </summary>
    internal static class SpecFileFilter
    {
        /// <summary>True when <paramref name="file"/> is a spec file of this compilation.</summary>
        public static bool IsSpec(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
            SpecFileSelection.IsSpec(file.Path, Metadata(file, options), Directories(options.GlobalOptions));

        /// <summary>The spec folders named by the project (empty when it names none).</summary>
        public static IReadOnlyList<string> Directories(AnalyzerConfigOptions global)
        {
            global.TryGetValue(SpecFileSelection.DirectoryKey, out var property);
            global.TryGetValue(SpecFileSelection.ProjectDirKey, out var projectDir);
            return SpecFileSelection.Directories(property, projectDir);
        }

        private static string? Metadata(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
            options.GetOptions(file).TryGetValue(SpecFileSelection.MetadataKey, out var value) ? value : null;
    }
}
