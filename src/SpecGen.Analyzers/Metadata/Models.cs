using System;
using System.Collections.Generic;
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
    public sealed class Shape
    {
        public Shape(ValueKind kind, bool isList, ITypeSymbol? element, bool oneOrMany = false)
        {
            Kind = kind;
            IsList = isList;
            Element = element;
            OneOrMany = oneOrMany;
        }

        public ValueKind Kind { get; }
        public bool IsList { get; }

        /// <summary>True for a one_or_many list: one item given on its own counts as a one-item list.</summary>
        public bool OneOrMany { get; }

        /// <summary>The element type (the item type for lists), without nullable wrapping.</summary>
        public ITypeSymbol? Element { get; }

        /// <summary>The same shape for one item of a list.</summary>
        public Shape ItemShape => IsList ? new Shape(Kind, false, Element) : this;
    }

    /// <summary>A property of a generated class, as its <c>[SpecField]</c> and <c>[SpecRule]</c> metadata describe it.</summary>
    public sealed class PropertyModel
    {
        public PropertyModel(IPropertySymbol symbol, string wire, IReadOnlyList<string> aliases, string? fixedValue, bool isRequired, Shape shape, IReadOnlyList<RuleSpec> rules)
        {
            Symbol = symbol;
            Wire = wire;
            Aliases = aliases;
            Fixed = fixedValue;
            IsRequired = isRequired;
            Shape = shape;
            Rules = rules;
        }

        public IPropertySymbol Symbol { get; }

        /// <summary>The C# property name.</summary>
        public string Name => Symbol.Name;

        /// <summary>The documented wire name.</summary>
        public string Wire { get; }

        /// <summary>Other wire names a reader accepts.</summary>
        public IReadOnlyList<string> Aliases { get; }

        /// <summary>The value the generated type sets (a variant's discriminator, a field fixed to one value), else null.</summary>
        public string? Fixed { get; }

        /// <summary>True for C# <c>required</c> members (spec <c>required: true</c>).</summary>
        public bool IsRequired { get; }

        public Shape Shape { get; }
        public IReadOnlyList<RuleSpec> Rules { get; }
    }

    /// <summary>A generated class (request, event, schema, variant).</summary>
    public sealed class ClassModel
    {
        public ClassModel(INamedTypeSymbol symbol)
        {
            Symbol = symbol;
        }

        public INamedTypeSymbol Symbol { get; }
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
    public sealed class ValueSetModel
    {
        public ValueSetModel(INamedTypeSymbol symbol, bool open, bool intKeyed, IReadOnlyDictionary<string, string> members)
        {
            Symbol = symbol;
            Open = open;
            IntKeyed = intKeyed;
            Members = members;
            var values = new List<string>();
            foreach (var v in members.Values)
            {
                if (!values.Contains(v)) values.Add(v);
            }
            Values = values;
        }

        public INamedTypeSymbol Symbol { get; }
        public bool Open { get; }
        public bool IntKeyed { get; }

        /// <summary>Static member name → raw wire value.</summary>
        public IReadOnlyDictionary<string, string> Members { get; }

        /// <summary>The known values.</summary>
        public IReadOnlyList<string> Values { get; }
    }

    /// <summary>A generated union interface (<c>[SpecUnion]</c>) with its variants.</summary>
    public sealed class UnionModel
    {
        public UnionModel(INamedTypeSymbol symbol, string discriminator, IReadOnlyList<string> values, IReadOnlyList<ClassModel> variants)
        {
            Symbol = symbol;
            Discriminator = discriminator;
            Values = values;
            Variants = variants;
        }

        public INamedTypeSymbol Symbol { get; }

        /// <summary>The discriminator's wire name.</summary>
        public string Discriminator { get; }

        public IReadOnlyList<ClassModel> Variants { get; }

        /// <summary>The generated sequence type of this union's values, when there is one.</summary>
        public INamedTypeSymbol? Sequence { get; set; }

        /// <summary>Every discriminator value of the union, in the spec's order.</summary>
        public IReadOnlyList<string> Values { get; }

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
    public sealed class InheritedRule
    {
        public InheritedRule(RuleSpec rule, string localTarget, INamedTypeSymbol owner)
        {
            Rule = rule;
            LocalTarget = localTarget;
            Owner = owner;
        }

        /// <summary>The rule as the enclosing type declares it (its wording is kept).</summary>
        public RuleSpec Rule { get; }

        /// <summary>The rest of the rule's path, from this type.</summary>
        public string LocalTarget { get; }

        /// <summary>The type that declares the rule.</summary>
        public INamedTypeSymbol Owner { get; }
    }
}
