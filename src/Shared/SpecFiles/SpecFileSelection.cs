using System;
using System.Collections.Generic;

namespace SpecGen.Shared.SpecFiles
{
    /// <summary>
    /// The one rule for which files are specs. Spec inputs are opt-in, as CsWin32 reads only its
    /// <c>NativeMethods.txt</c>: an AdditionalFile is a spec when its item says <c>SpecGenSpec="true"</c>, or when
    /// it is a <c>.yaml</c> file inside a folder named by the <c>SpecGenSpecDirectory</c> property (outside a
    /// <c>sources</c> folder, which holds copies of the documents a spec transcribes). Any other YAML (an OpenAPI
    /// file, a configuration file) is not ours and is left alone. <c>SpecGenSpec="false"</c> excludes a file
    /// from a spec folder. The CLI applies the folder rule to the folder it is given.
    /// </summary>
    internal static class SpecFileSelection
    {
        /// <summary>The item metadata that marks an AdditionalFile as a spec.</summary>
        public const string ItemMetadata = "SpecGenSpec";

        /// <summary>The MSBuild property naming folders whose <c>.yaml</c> files are specs (';'-separated, relative to the project).</summary>
        public const string DirectoryProperty = "SpecGenSpecDirectory";

        /// <summary>The analyzer-config key of <see cref="ItemMetadata"/> (visible through CompilerVisibleItemMetadata).</summary>
        public const string MetadataKey = "build_metadata.AdditionalFiles." + ItemMetadata;

        /// <summary>The analyzer-config key of <see cref="DirectoryProperty"/> (visible through CompilerVisibleProperty).</summary>
        public const string DirectoryKey = "build_property." + DirectoryProperty;

        /// <summary>The project folder (a CompilerVisibleProperty of every SDK project): relative spec folders start there.</summary>
        public const string ProjectDirKey = "build_property.ProjectDir";

        /// <summary>The file ending of specs found by folder.</summary>
        public const string Extension = ".yaml";

        /// <summary>The folder of source-document copies, never read as specs.</summary>
        public const string SourcesFolder = "sources";

        /// <summary>Decides for one AdditionalFile.</summary>
        /// <param name="path">The file's path as the compiler gives it.</param>
        /// <param name="metadata">The <c>SpecGenSpec</c> item metadata, or null when the item has none.</param>
        /// <param name="specDirectories">Full paths of the spec folders (see <see cref="Directories"/>).</param>
        public static bool IsSpec(string path, string? metadata, IReadOnlyList<string> specDirectories)
        {
            var flag = Flag(metadata);
            if (flag.HasValue) return flag.Value;
            foreach (var directory in specDirectories)
            {
                var relative = RelativeTo(path, directory);
                if (relative is not null && IsSpecInFolder(relative)) return true;
            }
            return false;
        }

        /// <summary>
        /// The folder rule: a <c>.yaml</c> file whose path below the spec folder has no <c>sources</c> segment.
        /// Only the part below the folder counts, so a repository that itself lives under a folder named
        /// <c>sources</c> still has specs.
        /// </summary>
        public static bool IsSpecInFolder(string relativePath)
        {
            if (!relativePath.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)) return false;
            foreach (var segment in Normalize(relativePath).Split('/'))
            {
                if (string.Equals(segment, SourcesFolder, StringComparison.Ordinal)) return false;
            }
            return true;
        }

        /// <summary>The full spec folders named by the property value, relative ones resolved against the project folder.</summary>
        public static IReadOnlyList<string> Directories(string? property, string? projectDir)
        {
            if (string.IsNullOrWhiteSpace(property)) return Array.Empty<string>();
            var result = new List<string>();
            foreach (var raw in property!.Split(';'))
            {
                var entry = Normalize(raw.Trim());
                if (entry.Length == 0) continue;
                var rooted = entry.StartsWith("/", StringComparison.Ordinal) || (entry.Length > 1 && entry[1] == ':');
                if (!rooted && !string.IsNullOrWhiteSpace(projectDir)) entry = Normalize(projectDir!.Trim()).TrimEnd('/') + "/" + entry;
                result.Add(Collapse(entry).TrimEnd('/'));
            }
            return result;
        }

        private static bool? Flag(string? metadata)
        {
            var value = metadata?.Trim();
            if (string.IsNullOrEmpty(value)) return null;
            if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase)) return true;
            if (string.Equals(value, "false", StringComparison.OrdinalIgnoreCase)) return false;
            return null;
        }

        /// <summary>The path below <paramref name="directory"/>, or null when the file is not inside it.</summary>
        private static string? RelativeTo(string path, string directory)
        {
            var file = Collapse(Normalize(path));
            var prefix = directory + "/";
            // Windows file systems ignore case; elsewhere two spellings are two folders.
            var comparison = System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            return file.StartsWith(prefix, comparison) ? file.Substring(prefix.Length) : null;
        }

        private static string Normalize(string path) => path.Replace('\\', '/');

        /// <summary>Removes <c>.</c> and <c>..</c> segments (MSBuild passes <c>../../spec/x.yaml</c> as given in the item).</summary>
        private static string Collapse(string path)
        {
            var parts = new List<string>();
            foreach (var part in path.Split('/'))
            {
                if (part == ".") continue;
                if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..") { parts.RemoveAt(parts.Count - 1); continue; }
                parts.Add(part);
            }
            return string.Join("/", parts);
        }
    }
}
