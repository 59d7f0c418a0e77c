namespace SpecGen.Spec.Model
{
    /// <summary>
    /// One compiled API version of one provider: the merge of all spec files that name the same
    /// provider and version. Immutable and compared by value.
    /// </summary>
    public sealed record SpecModel(
        SpecHeader Header,
        EquatableArray<OperationSpec> Operations,
        EquatableArray<SchemaSpec> Schemas,
        EquatableArray<UnionSpec> Unions,
        EquatableArray<EnumSpec> Enums,
        EquatableArray<CodeTableSpec> CodeTables,
        EquatableArray<LookupSpec> Lookups)
    {
        /// <summary>"provider/version", the spec's identity.</summary>
        public string Id => Header.Provider + "/" + Header.Version;
    }

    /// <summary>
    /// What one spec file contributes before files are merged: the same parts as a model, each file holding some
    /// of them (<see cref="Merging.SpecMerger"/> joins the files that name the same provider and version).
    /// </summary>
    public sealed record SpecFile(string Path, SpecModel Content)
    {
        /// <summary>The file's header (provider and version are always set; other values may come from a sibling file).</summary>
        public SpecHeader Header => Content.Header;
    }
}
