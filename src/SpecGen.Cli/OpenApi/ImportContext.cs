namespace SpecGen.Cli.OpenApi
{
    /// <summary>What an import collects: the spec's named definitions, used names and warnings.</summary>
    internal sealed class ImportContext
    {
        private readonly HashSet<string> _typeNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, object?> Schemas { get; } = new Dictionary<string, object?>();
        public Dictionary<string, object?> Unions { get; } = new Dictionary<string, object?>();
        public Dictionary<string, object?> Enums { get; } = new Dictionary<string, object?>();
        public Dictionary<string, object?> CodeTables { get; } = new Dictionary<string, object?>();
        public List<ImportWarning> Warnings { get; } = new List<ImportWarning>();

        /// <summary>A type name not used yet (schemas, unions, enums and code tables share one namespace in the spec).</summary>
        public string UniqueTypeName(string wanted)
        {
            var name = wanted;
            for (var i = 2; !_typeNames.Add(name); i++) name = wanted + i;
            return name;
        }

        /// <summary>Reports a construct the language cannot say and keeps it in <paramref name="notes"/> with its pointer.</summary>
        public void Warn(string pointer, string construct, string message, List<string>? notes)
        {
            Warnings.Add(new ImportWarning(pointer, construct, message));
            notes?.Add("OpenAPI " + pointer + ": " + message + ".");
        }
    }
}
