namespace SpecGen.Spec.Reading
{
    /// <summary>
    /// Which spec (<c>provider/version</c>) a file belongs to, even when the file cannot be read: a consumer that
    /// holds back a spec with errors must know whose file a broken one is. From the read header when there is one,
    /// else from the file's top-level <c>provider:</c> and <c>version:</c> lines as written.
    /// </summary>
    public static class SpecIdentity
    {
        /// <summary>The <c>provider/version</c> key of a spec (as <see cref="Merging.SpecMerger"/> groups files).</summary>
        public static string Of(string provider, string version) => provider + "/" + version;

        /// <summary>The key found in the raw text's top-level lines, or null when either line is missing.</summary>
        public static string? Guess(string text)
        {
            string? provider = null;
            string? version = null;
            foreach (var raw in text.Split('\n'))
            {
                var line = raw.TrimEnd('\r');
                provider ??= TopLevelValue(line, "provider:");
                version ??= TopLevelValue(line, "version:");
                if (provider is not null && version is not null) return Of(provider, version);
            }
            return null;
        }

        private static string? TopLevelValue(string line, string key)
        {
            if (!line.StartsWith(key, StringComparison.Ordinal)) return null;
            var value = line.Substring(key.Length);
            var comment = value.IndexOf(" #", StringComparison.Ordinal);
            if (comment >= 0) value = value.Substring(0, comment);
            value = value.Trim().Trim('"', '\'').Trim();
            return value.Length == 0 ? null : value;
        }
    }
}
