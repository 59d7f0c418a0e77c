using SpecGen.Generator.Plan;
using SpecGen.Spec.Checking;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// Maps spec types to C# types for one spec. Names and shapes come from the spec's <see cref="BindingPlan"/> and its
    /// rules (<see cref="TypeShapes"/>): this class only looks them up.
    /// </summary>
    internal sealed class TypeMap
    {
        public const string List = TypeShapes.List;

        /// <summary>A map over a fresh plan whose namespace is <paramref name="namespace"/> (for callers that hold no plan).</summary>
        public TypeMap(SpecModel model, string @namespace)
            : this(model, BindingPlanner.Plan(model, null) with { Namespace = @namespace })
        {
        }

        public TypeMap(SpecModel model, BindingPlan plan)
        {
            Model = model;
            Plan = plan;
            Names = new PlanLookup(plan, model);
            Scope = new TypeScope(model);
            Shapes = new TypeShapes(model, Scope, TypeName);
            AuthFields = new HashSet<string>(StringComparer.Ordinal);
            if (model.Header.Auth is { } auth)
            {
                foreach (var f in auth.Fields) AuthFields.Add(f.Name);
            }
        }

        public SpecModel Model { get; }

        /// <summary>Every C# name of the spec, decided once.</summary>
        public BindingPlan Plan { get; }

        /// <summary>Finds names in <see cref="Plan"/>.</summary>
        public PlanLookup Names { get; }

        public string Namespace => Plan.Namespace;

        public TypeScope Scope { get; }

        /// <summary>The plan's shape rules, for a field formatted outside its class (readers, writers, rule checks).</summary>
        public TypeShapes Shapes { get; }

        public HashSet<string> AuthFields { get; }

        /// <summary>The C# property of a field of the spec's schemas and operations: the plan's name, collisions settled (a credential, which is no property, by the plan's rule).</summary>
        public string PropertyName(FieldSpec field) => Names.PropertyName(field) ?? Naming.Property(field, Model.Header.StripPrefix);

        /// <summary>The C# name of a spec type (the plan's; a name the spec does not define is PascalCased as a schema would be).</summary>
        public string TypeName(string specName) => Names.Type(specName)?.TypeName ?? Naming.Type(specName, TypeKinds.Schema);

        /// <summary>The request (endpoint) or event (webhook) class of an operation.</summary>
        public string OperationClass(OperationSpec op) => Names.Operation(op.Name).ClassName;

        /// <summary>A union's array type.</summary>
        public string SequenceName(UnionSpec union) => Names.Type(union.Name)!.Sequence!;

        /// <summary>A union's unknown-variant type.</summary>
        public string UnknownName(UnionSpec union) => Names.Type(union.Name)!.Unknown!;

        /// <summary>True when instances of the type are read from the wire (the plan's): every property is then optional.</summary>
        public bool IsWireSide(string specName) => Names.Type(specName)?.WireSide ?? false;

        /// <summary>The member names of an enum or code table, aligned with its values (null: not emitted).</summary>
        public IReadOnlyList<ValueMember> ValueMembers(string specName) => Names.ValueSet(specName).Members.AsArray();

        /// <summary>The element type of a field (a list's item type for arrays and delimited lists).</summary>
        public string ElementType(FieldSpec field) => Shapes.ElementType(field);

        public bool IsCollection(FieldSpec field) => Shapes.IsCollection(field);

        /// <summary>The declared C# type without nullability.</summary>
        public string ClrType(FieldSpec field) => Shapes.ClrType(field);

        /// <summary>The runtime type of a <c>one_or_many</c> field: a list that also takes one value.</summary>
        public const string OneOrMany = TypeShapes.OneOrMany;

        public string ElementKind(FieldSpec field) => Shapes.ElementKind(field);

        /// <summary>True when the element is a C# value type (needs <c>?</c> to be optional).</summary>
        public bool IsValueElement(FieldSpec field) => Shapes.IsValueElement(field);

        public string DateTimePattern(FieldSpec field)
        {
            foreach (var r in field.Rules)
            {
                if (r.Kind == RuleKinds.Format && r.Pattern is not null) return r.Pattern;
            }
            return field.Type.Name == PrimitiveTypes.Date ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss";
        }

        public string? Alias(FieldSpec field) => field.Aliases.Count > 0 ? field.Aliases[0] : null;
    }
}
