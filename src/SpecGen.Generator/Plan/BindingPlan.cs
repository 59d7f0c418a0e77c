using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Plan
{
    /// <summary>
    /// Every C# name of one spec's bindings, decided once from the linked model (<see cref="BindingPlanner"/>):
    /// the namespace, the type of each spec type, which body schemas fold into their operation's class, the
    /// members of each value set, the properties, the operation classes and methods, the client-side types and
    /// the lookups, and the shape of every property. Emitters, metadata and <c>specgen inspect --json</c> read names
    /// from here; none derives one. <see cref="Diagnostics"/> are the plan's warnings (SG1420: names that collided).
    /// A value-equatable record with no Roslyn objects, so the pipeline caches it.
    /// </summary>
    public sealed record BindingPlan(
        string SpecId,
        string Namespace,
        EquatableArray<TypeBinding> Types,
        EquatableArray<OperationBinding> Operations,
        EquatableArray<ValueSetBinding> ValueSets,
        EquatableArray<LookupBinding> Lookups,
        ClientBinding Client,
        EquatableArray<SpecDiagnostic> Diagnostics = default)
    {
        /// <summary>The prefix of every generated file's hint name (<c>{Namespace}.{Kind}.g.cs</c>).</summary>
        public string HintPrefix => Namespace;
    }

    /// <summary>The spec kinds of a named type (<see cref="TypeBinding.Kind"/>).</summary>
    public static class TypeKinds
    {
        public const string Schema = "schema";
        public const string Union = "union";
        public const string Enum = "enum";
        public const string CodeTable = "code_table";
    }

    /// <summary>
    /// A named spec type and its C# name. <see cref="FoldedInto"/> names the operation whose class this body schema
    /// is emitted as (the schema would get the class's own name); <see cref="Sequence"/> and <see cref="Unknown"/>
    /// are a union's array and unknown-variant types; <see cref="Properties"/> a schema's properties, in field order;
    /// <see cref="WireSide"/> a type read from the wire (every property optional); <see cref="Outcomes"/> the name of
    /// the per-item outcomes member a response schema gets when its status is per item.
    /// </summary>
    public sealed record TypeBinding(
        string SpecName,
        string Kind,
        string TypeName,
        EquatableArray<PropertyBinding> Properties,
        string? FoldedInto = null,
        string? Sequence = null,
        string? Unknown = null,
        bool WireSide = false,
        string? Outcomes = null);

    /// <summary>A field (wire name), its C# property and the property's shape.</summary>
    public sealed record PropertyBinding(string Wire, string Name, PropertyShape Shape);

    /// <summary>
    /// An operation's C# names: its request (endpoint) or event (webhook) class, the client method of an endpoint
    /// or the definition property of a webhook (<see cref="Member"/>), and the properties of the class in declaration
    /// order: the parameters (credentials excluded), then the body schema's fields under their schema's names.
    /// </summary>
    public sealed record OperationBinding(string Name, string ClassName, string Member, EquatableArray<PropertyBinding> Properties);

    /// <summary>The named members of an enum or code table, aligned with the spec's values; a null member is not emitted (its name could not be made unique).</summary>
    public sealed record ValueSetBinding(string SpecName, string TypeName, EquatableArray<ValueMember> Members);

    /// <summary>One value of a value set (the enum value or the table's code) and its member name.</summary>
    public sealed record ValueMember(string Value, string? Member);

    /// <summary>A lookup table's static class, its row type and the type of a run of rows (what an index returns).</summary>
    public sealed record LookupBinding(string SpecName, string ClassName, string RowName, string RowsName);

    /// <summary>
    /// The client-side types of a spec (provider + version + suffix, numbered past any spec type of that name) and
    /// every type name the spec's own types take, which later names (an endpoint's success variants) must avoid.
    /// </summary>
    public sealed record ClientBinding(string Shapes, string Client, string Credentials, string Options, string Webhooks, EquatableArray<string> Taken);
}
