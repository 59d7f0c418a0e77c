namespace SpecGen.Generator.Plan
{
    /// <summary>
    /// The members a generated class declares besides its properties (or inherits from <c>object</c> and its record
    /// form). A property may not take one of these names: the plan gives such a field a numbered name (see
    /// <see cref="PropertyPlanner"/>). Kept beside the emitters' templates' names, so adding a member there means adding it here.
    /// </summary>
    internal static class ClassMembers
    {
        /// <summary><c>object</c>'s members: a property of that name would hide one (a warning in generated code) or clash.</summary>
        public static readonly string[] Object = { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize" };

        /// <summary>Every record: <c>object</c>'s members, the record's synthesized ones and the validation members.</summary>
        public static readonly string[] Every = Object.Concat(new[] { "EqualityContract", "PrintMembers", "Deconstruct", "Validate", "ValidateInto", "EnsureValid" }).ToArray();

        /// <summary>A value set's struct: its own members and <c>object</c>'s (a value named like one gets a suffix).</summary>
        public static readonly string[] ValueSet = new[] { "Value", "IsKnown", "Description", "IsOpen" }.Concat(Object).ToArray();

        /// <summary>A schema's record: JSON and XML reading and writing.</summary>
        public static readonly string[] Schema = { "WriteJson", "ToJson", "ReadJson", "JsonMembers", "FromJson", "ReadXml", "FromXml" };

        /// <summary>A union variant's record adds the discriminator.</summary>
        public const string Discriminator = "Discriminator";

        /// <summary>An endpoint's request record: the constants, the path and the body writers.</summary>
        public static readonly string[] Request = { "Method", "PathTemplate", "Encoding", "CodeTable", "BuildPath", "WriteJson", "ToJson", "WriteForm", "ToForm" };

        /// <summary>A webhook's event record: the constants and the readers.</summary>
        public static readonly string[] Event = { "Method", "PathTemplate", "Encoding", "CodeTable", "ReadForm", "FromForm", "DocumentedFields", "ReadJson", "JsonMembers", "FromJson" };
    }
}
