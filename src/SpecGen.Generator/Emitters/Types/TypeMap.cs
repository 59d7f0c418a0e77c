using System;
using System.Collections.Generic;
using SpecGen.Generator.Plan;
using SpecGen.Spec.Checking;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// Maps spec types to C# types for one spec. Names come from the spec's <see cref="BindingPlan"/>: this class only
    /// looks them up (and composes C# type syntax: lists, primitives).
    /// </summary>
    internal sealed class TypeMap
    {
        public const string List = "global::System.Collections.Generic.IReadOnlyList";

        /// <summary>A map over a fresh plan whose namespace is <paramref name="namespace"/> (for callers that hold no plan).</summary>
        public TypeMap(SpecModel model, string @namespace)
            : this(model, BindingPlanner.Plan(model, null) with { Namespace = @namespace })
        {
        }

        public TypeMap(SpecModel model, BindingPlan plan)
        {
            Model = model;
            Plan = plan;
            Names = new PlanLookup(plan);
            Scope = new TypeScope(model);
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

        public HashSet<string> AuthFields { get; }

        /// <summary>The C# property name of a field (<see cref="Naming.Property"/>: the plan's rule, for any field of the spec).</summary>
        public string PropertyName(FieldSpec field) => Naming.Property(field, Model.Header.StripPrefix);

        /// <summary>The C# name of a spec type (the plan's; a name the spec does not define is PascalCased as a schema would be).</summary>
        public string TypeName(string specName) => Names.Type(specName)?.TypeName ?? Naming.Type(specName, TypeKinds.Schema);

        /// <summary>The request (endpoint) or event (webhook) class of an operation.</summary>
        public string OperationClass(OperationSpec op) => Names.Operation(op.Name).ClassName;

        /// <summary>A union's array type.</summary>
        public string SequenceName(UnionSpec union) => Names.Type(union.Name)?.Sequence ?? Naming.Sequence(union.Name);

        /// <summary>A union's unknown-variant type.</summary>
        public string UnknownName(UnionSpec union) => Names.Type(union.Name)?.Unknown ?? Naming.Unknown(union.Name);

        /// <summary>The member names of an enum or code table, aligned with its values (null: not emitted).</summary>
        public IReadOnlyList<ValueMember> ValueMembers(string specName) => Names.ValueSet(specName).Members.AsArray();

        /// <summary>The element type of a field (a list's item type for arrays and delimited lists).</summary>
        public string ElementType(FieldSpec field) => Primitive(field.Type.IsArray ? field.Type.Items?.Name ?? "string" : field.Type.Name);

        private string Primitive(string name)
        {
            switch (name)
            {
                case PrimitiveTypes.String:
                case PrimitiveTypes.Phone: return "string";
                case PrimitiveTypes.Int: return "int";
                case PrimitiveTypes.Long: return "long";
                case PrimitiveTypes.Decimal: return "decimal";
                case PrimitiveTypes.Bool: return "bool";
                case PrimitiveTypes.Url: return "global::System.Uri";
                case PrimitiveTypes.DateTime:
                case PrimitiveTypes.Date: return "global::System.DateTime";
                case PrimitiveTypes.Binary: return "byte[]";
                default: return TypeName(name);
            }
        }

        public bool IsCollection(FieldSpec field) => field.Type.IsArray || field.List is not null;

        /// <summary>The declared C# type without nullability.</summary>
        public string ClrType(FieldSpec field) =>
            field.Type.IsOneOrMany ? OneOrMany + "<" + ElementType(field) + ">"
            : IsCollection(field) ? List + "<" + ElementType(field) + ">" : ElementType(field);

        /// <summary>The runtime type of a <c>one_or_many</c> field: a list that also takes one value.</summary>
        public const string OneOrMany = "global::SpecGen.Runtime.Wire.OneOrMany";

        public string ElementKind(FieldSpec field) => field.Type.IsArray ? field.Type.Items?.Name ?? "string" : field.Type.Name;

        /// <summary>True when the element is a C# value type (needs <c>?</c> to be optional).</summary>
        public bool IsValueElement(FieldSpec field)
        {
            var kind = ElementKind(field);
            switch (kind)
            {
                case PrimitiveTypes.Int:
                case PrimitiveTypes.Long:
                case PrimitiveTypes.Decimal:
                case PrimitiveTypes.Bool:
                case PrimitiveTypes.DateTime:
                case PrimitiveTypes.Date:
                    return true;
            }
            return Scope.Enum(kind) is not null || Scope.CodeTable(kind) is not null;
        }

        public bool IsValueType(FieldSpec field) => !IsCollection(field) && IsValueElement(field);

        public string DateTimePattern(FieldSpec field)
        {
            foreach (var r in field.Rules)
            {
                if (r.Kind == RuleKinds.Format && r.Pattern is not null) return r.Pattern;
            }
            return field.Type.Name == PrimitiveTypes.Date ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss";
        }

        public string? Alias(FieldSpec field) => field.Aliases.Count > 0 ? field.Aliases[0] : null;

        /// <summary>
        /// The one value the spec fixes a field of <paramref name="schema"/> to, set by the generated type
        /// (a get-only property that readers skip and validation need not check); null when the field is free.
        /// A variant's discriminator is fixed when exactly one value selects the variant; any other text field
        /// is fixed when it is required and an unconditional <c>allowed</c> rule admits one value, on types a
        /// client builds (a type read from the wire keeps what the server sent).
        /// </summary>
        public string? FixedValue(string? schema, FieldSpec field, bool wireSide)
        {
            if (IsCollection(field) || field.Type.Name != PrimitiveTypes.String) return null;
            if (schema is not null)
            {
                var values = new HashSet<string>(StringComparer.Ordinal);
                foreach (var u in Model.Unions)
                {
                    if (u.Discriminator != field.WireName) continue;
                    foreach (var v in u.Variants)
                    {
                        if (v.Schema == schema) values.Add(v.Value);
                    }
                }
                if (values.Count == 1) return new List<string>(values)[0];
                if (values.Count > 1) return null;
            }
            if (wireSide || !field.Required) return null;
            foreach (var r in field.Rules)
            {
                if (r.Kind == RuleKinds.Allowed && r.When is null && r.Values.Count == 1 && !r.IgnoreCase) return r.Values[0];
            }
            return null;
        }
    }
}
