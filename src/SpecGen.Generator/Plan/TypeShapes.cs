using SpecGen.Spec.Checking;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Plan
{
    /// <summary>
    /// The rules that give a spec field its C# shape: element and declared type, value type or not, collection kind and
    /// fixed value. The plan applies them to every property (<see cref="Shape"/>); <c>TypeMap</c> exposes the same rules
    /// to the emitters that format a field outside a class (readers, writers, rule checks).
    /// </summary>
    internal sealed class TypeShapes
    {
        public const string List = "global::System.Collections.Generic.IReadOnlyList";

        /// <summary>The runtime type of a <c>one_or_many</c> field: a list that also takes one value.</summary>
        public const string OneOrMany = "global::SpecGen.Runtime.Wire.OneOrMany";

        private readonly SpecModel _model;
        private readonly Func<string, string> _typeName;

        /// <summary>The rules over <paramref name="model"/>; <paramref name="scope"/> resolves its types, <paramref name="typeName"/> names them (the plan's names).</summary>
        public TypeShapes(SpecModel model, TypeScope scope, Func<string, string> typeName)
        {
            _model = model;
            Scope = scope;
            _typeName = typeName;
        }

        public TypeScope Scope { get; }

        /// <summary>The shape of <paramref name="field"/> as a property of <paramref name="schema"/> (null: an operation's class); <paramref name="wireSide"/>: read from the wire, every property optional.</summary>
        public PropertyShape Shape(FieldSpec field, string? schema, bool wireSide)
        {
            var fixedValue = FixedValue(schema, field, wireSide);
            var collection = field.Type.IsOneOrMany ? PropertyCollections.OneOrMany : IsCollection(field) ? PropertyCollections.List : PropertyCollections.Single;
            if (fixedValue is not null) return new PropertyShape("string", false, false, collection, ElementSpecKind(field), false, fixedValue);
            var required = field.Required && !wireSide;
            return new PropertyShape(ClrType(field), !required, required, collection, ElementSpecKind(field), IsValueType(field));
        }

        public string ElementKind(FieldSpec field) => field.Type.IsArray ? field.Type.Items?.Name ?? "string" : field.Type.Name;

        /// <summary>The element type of a field (a list's item type for arrays and delimited lists).</summary>
        public string ElementType(FieldSpec field) => Primitive(ElementKind(field));

        public bool IsCollection(FieldSpec field) => field.Type.IsArray || field.List is not null;

        /// <summary>The declared C# type without nullability.</summary>
        public string ClrType(FieldSpec field) =>
            field.Type.IsOneOrMany ? OneOrMany + "<" + ElementType(field) + ">"
            : IsCollection(field) ? List + "<" + ElementType(field) + ">" : ElementType(field);

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
                foreach (var u in _model.Unions)
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

        private string ElementSpecKind(FieldSpec field)
        {
            var kind = ElementKind(field);
            if (PrimitiveTypes.IsPrimitive(kind)) return kind;
            return Scope.Union(kind) is not null ? TypeKinds.Union : Scope.Enum(kind) is not null ? TypeKinds.Enum : Scope.CodeTable(kind) is not null ? TypeKinds.CodeTable : TypeKinds.Schema;
        }

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
                default: return _typeName(name);
            }
        }
    }
}
