using Microsoft.CodeAnalysis;
using SpecGen.Spec.Model;

namespace SpecGen.Analyzers.Metadata
{
    /// <summary>What kind of value a generated property holds.</summary>
    public enum ValueKind
    {
        Other,
        Text,
        Number,
        Bool,
        Url,
        DateTime,
        ValueSet,
        Object,
        Union,
    }

    /// <summary>The shape of a property's (or list item's) value.</summary>
    public sealed class Shape(ValueKind kind, bool isList, ITypeSymbol? element, bool oneOrMany = false)
    {
        public ValueKind Kind { get; } = kind;
        public bool IsList { get; } = isList;

        /// <summary>True for a one_or_many list: one item given on its own counts as a one-item list.</summary>
        public bool OneOrMany { get; } = oneOrMany;

        /// <summary>The element type (the item type for lists), without nullable wrapping.</summary>
        public ITypeSymbol? Element { get; } = element;

        /// <summary>The same shape for one item of a list.</summary>
        public Shape ItemShape => IsList ? new Shape(Kind, false, Element) : this;
    }

    /// <summary>A property of a generated class, as its <c>[SpecField]</c> and <c>[SpecRule]</c> metadata describe it.</summary>
    public sealed class PropertyModel(IPropertySymbol symbol, string wire, IReadOnlyList<string> aliases, string? fixedValue, bool isRequired, Shape shape, IReadOnlyList<RuleSpec> rules)
    {
        public IPropertySymbol Symbol { get; } = symbol;

        /// <summary>The C# property name.</summary>
        public string Name => Symbol.Name;

        /// <summary>The documented wire name.</summary>
        public string Wire { get; } = wire;

        /// <summary>Other wire names a reader accepts.</summary>
        public IReadOnlyList<string> Aliases { get; } = aliases;

        /// <summary>The value the generated type sets (a variant's discriminator, a field fixed to one value), else null.</summary>
        public string? Fixed { get; } = fixedValue;

        /// <summary>True for C# <c>required</c> members (spec <c>required: true</c>).</summary>
        public bool IsRequired { get; } = isRequired;

        public Shape Shape { get; } = shape;
        public IReadOnlyList<RuleSpec> Rules { get; } = rules;
    }

    /// <summary>A generated class (request, event, schema, variant).</summary>
    public sealed class ClassModel(INamedTypeSymbol symbol)
    {
        public INamedTypeSymbol Symbol { get; } = symbol;
        public string Name => Symbol.Name;
        public List<PropertyModel> Properties { get; } = new List<PropertyModel>();
        public List<RuleSpec> Rules { get; } = new List<RuleSpec>();

        /// <summary>The discriminator values that select this class in its unions (<c>[SpecVariant]</c>).</summary>
        public List<string> VariantValues { get; } = new List<string>();

        /// <summary>The property whose value selects this class in its union (null when not a variant).</summary>
        public PropertyModel? Discriminator { get; set; }

        /// <summary>True when the class is a request a client sends (<c>[SpecOperation("endpoint")]</c>).</summary>
        public bool IsRequest { get; set; }

        /// <summary>The property with this wire name (or alias), or null.</summary>
        public PropertyModel? FindWire(string wire)
        {
            foreach (var p in Properties)
            {
                if (string.Equals(p.Wire, wire, StringComparison.Ordinal)) return p;
            }
            foreach (var p in Properties)
            {
                foreach (var alias in p.Aliases)
                {
                    if (string.Equals(alias, wire, StringComparison.Ordinal)) return p;
                }
            }
            return null;
        }

        public PropertyModel? Find(IPropertySymbol property)
        {
            foreach (var p in Properties)
            {
                if (SymbolEqualityComparer.Default.Equals(p.Symbol, property)) return p;
            }
            return null;
        }
    }

    /// <summary>A generated enumeration or code table (<c>[SpecValueSet]</c> struct with <c>[SpecValue]</c> members).</summary>
    public sealed class ValueSetModel(INamedTypeSymbol symbol, bool open, bool intKeyed, IReadOnlyDictionary<string, string> members)
    {
        public INamedTypeSymbol Symbol { get; } = symbol;
        public bool Open { get; } = open;
        public bool IntKeyed { get; } = intKeyed;

        /// <summary>Static member name → raw wire value.</summary>
        public IReadOnlyDictionary<string, string> Members { get; } = members;

        /// <summary>The known values (each once, in member order).</summary>
        public IReadOnlyList<string> Values { get; } = members.Values.Distinct().ToList();
    }

    /// <summary>A generated union interface (<c>[SpecUnion]</c>) with its variants.</summary>
    public sealed class UnionModel(INamedTypeSymbol symbol, string discriminator, IReadOnlyList<string> values, IReadOnlyList<ClassModel> variants)
    {
        public INamedTypeSymbol Symbol { get; } = symbol;

        /// <summary>The discriminator's wire name.</summary>
        public string Discriminator { get; } = discriminator;

        public IReadOnlyList<ClassModel> Variants { get; } = variants;

        /// <summary>The generated sequence type of this union's values, when there is one.</summary>
        public INamedTypeSymbol? Sequence { get; set; }

        /// <summary>Every discriminator value of the union, in the spec's order.</summary>
        public IReadOnlyList<string> Values { get; } = values;

        /// <summary>The variant class a discriminator value selects, or null.</summary>
        public ClassModel? VariantFor(string value)
        {
            foreach (var v in Variants)
            {
                if (v.VariantValues.Contains(value)) return v;
            }
            return null;
        }
    }

    /// <summary>
    /// A rule of an enclosing type whose path runs through this type (<c>unique: action.sections[].rows[].id</c>
    /// on the interactive message, seen from a section as <c>rows[].id</c>): it holds for this object wherever
    /// it is used, so an object built on its own is checked by it too.
    /// </summary>
    public sealed class InheritedRule(RuleSpec rule, string localTarget, INamedTypeSymbol owner)
    {
        /// <summary>The rule as the enclosing type declares it (its wording is kept).</summary>
        public RuleSpec Rule { get; } = rule;

        /// <summary>The rest of the rule's path, from this type.</summary>
        public string LocalTarget { get; } = localTarget;

        /// <summary>The type that declares the rule.</summary>
        public INamedTypeSymbol Owner { get; } = owner;
    }
}
