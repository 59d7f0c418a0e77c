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
    /// the per-item outcomes member a response schema gets when its status is per item; <see cref="Adders"/> a union
    /// sequence's typed append methods.
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
        string? Outcomes = null,
        EquatableArray<VariantAdder> Adders = default);

    /// <summary>A union sequence's method that appends one variant (<c>AddPlayAction</c>), by the variant's schema.</summary>
    public sealed record VariantAdder(string Schema, string Method);

    /// <summary>A field (wire name), its C# property and the property's shape.</summary>
    public sealed record PropertyBinding(string Wire, string Name, PropertyShape Shape);

    /// <summary>
    /// An operation's C# names: its request (endpoint) or event (webhook) class, the client method of an endpoint
    /// or the definition property of a webhook (<see cref="Member"/>), and the properties of the class in declaration
    /// order: the parameters (credentials excluded), then the body schema's fields under their schema's names.
    /// </summary>
    public sealed record OperationBinding(string Name, string ClassName, string Member, EquatableArray<PropertyBinding> Properties, EndpointMembers? Client = null)
    {
        /// <summary>The field behind <see cref="Member"/> where a webhook's definition is kept once created.</summary>
        public string MemberField => Naming.Field(Member);
    }

    /// <summary>
    /// The client's members for one endpoint: the operation-info property and its backing field, the prefixes of the
    /// per-response status rules and body inspectors (the response's index is appended), and, when the endpoint has
    /// more than one success shape, the class that holds them (<see cref="Variants"/>) with the property each response
    /// fills (<see cref="ResponseMembers"/>: every success response's, none for a single success shape).
    /// </summary>
    public sealed record EndpointMembers(string Info, string InfoField, string StatusRule, string StatusRuleField, string Inspect, string? Variants, EquatableArray<ResponseMember> ResponseMembers)
    {
        /// <summary>The variants-class property the response at <paramref name="response"/> fills, or null.</summary>
        public string? MemberOf(int response) => ResponseMembers.FirstOrDefault(m => m.Response == response)?.Property;
    }

    /// <summary>The variants-class property a success response (by its index among the operation's responses) fills.</summary>
    public sealed record ResponseMember(int Response, string Property);

    /// <summary>The named members of an enum or code table, aligned with the spec's values; a null member is not emitted (its name could not be made unique).</summary>
    public sealed record ValueSetBinding(string SpecName, string TypeName, EquatableArray<ValueMember> Members, CodeTableMembers? Client = null);

    /// <summary>A code table's members on the client: the lookup of a raw code and the success codes.</summary>
    public sealed record CodeTableMembers(string CodeOf, string SuccessCodesOf, string SuccessCodesField);

    /// <summary>One value of a value set (the enum value or the table's code) and its member name.</summary>
    public sealed record ValueMember(string Value, string? Member);

    /// <summary>
    /// A lookup table's static class, its row type and the type of a run of rows (what an index returns); the row's
    /// column properties (aligned with the columns; each also has a <c>…Span</c> twin), the key's find method and the
    /// indexes' methods (aligned with the spec's indexes).
    /// </summary>
    public sealed record LookupBinding(
        string SpecName,
        string ClassName,
        string RowName,
        string RowsName,
        EquatableArray<string> Columns = default,
        string? KeyMethod = null,
        EquatableArray<LookupIndexBinding> Indexes = default);

    /// <summary>An index's method (<c>ByMccAndMnc</c>), its parameters (one per column) and the one parameter of the joined-text overload.</summary>
    public sealed record LookupIndexBinding(string Method, EquatableArray<string> Parameters, string JoinedParameter);

    /// <summary>
    /// The client-side types of a spec (provider + version + suffix, numbered past any spec type of that name) and
    /// every type name the spec's own types take, which later names (an endpoint's success variants) must avoid; the
    /// credentials' configuration keys and factory parameters (<see cref="CredentialNames"/>), and the class of the
    /// dependency-injection extensions (emitted when SpecGen.Extensions is referenced).
    /// </summary>
    public sealed record ClientBinding(
        string Shapes,
        string Client,
        string Credentials,
        string Options,
        string Webhooks,
        EquatableArray<string> Taken,
        EquatableArray<string> CredentialKeys = default,
        EquatableArray<string> CredentialParameters = default,
        string? ServiceExtensions = null);
}
