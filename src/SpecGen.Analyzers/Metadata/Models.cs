using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace SpecGen.Analyzers.Metadata
{
    /// <summary>One <c>[SpecRule]</c> attribute, read from metadata.</summary>
    public sealed class RuleModel
    {
        public RuleModel(string kind)
        {
            Kind = kind;
        }

        public string Kind { get; }
        public string? Target { get; set; }
        public IReadOnlyList<string> Values { get; set; } = Array.Empty<string>();
        public decimal? Min { get; set; }
        public decimal? Max { get; set; }
        public string? Format { get; set; }
        public string? Pattern { get; set; }
        public string? Right { get; set; }
        public string? Operator { get; set; }
        public Condition? When { get; set; }

        /// <summary>The condition as written in the attribute (compact form).</summary>
        public string? WhenText { get; set; }

        public static decimal? ParseDecimal(string? text) =>
            text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : (decimal?)null;
    }

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
        public Shape(ValueKind kind, bool isList, ITypeSymbol? element)
        {
            Kind = kind;
            IsList = isList;
            Element = element;
        }

        public ValueKind Kind { get; }
        public bool IsList { get; }

        /// <summary>The element type (the item type for lists), without nullable wrapping.</summary>
        public ITypeSymbol? Element { get; }

        /// <summary>The same shape for one item of a list.</summary>
        public Shape ItemShape => IsList ? new Shape(Kind, false, Element) : this;
    }

    /// <summary>A property of a generated class.</summary>
    public sealed class PropertyModel
    {
        public PropertyModel(IPropertySymbol symbol, string wire, bool isRequired, Shape shape, IReadOnlyList<RuleModel> rules)
        {
            Symbol = symbol;
            Wire = wire;
            IsRequired = isRequired;
            Shape = shape;
            Rules = rules;
        }

        public IPropertySymbol Symbol { get; }
        public string Name => Symbol.Name;

        /// <summary>The wire name (from the generated doc comment; the C# name when it is not available).</summary>
        public string Wire { get; }

        /// <summary>True for C# <c>required</c> members (spec <c>required: true</c>).</summary>
        public bool IsRequired { get; }

        public Shape Shape { get; }
        public IReadOnlyList<RuleModel> Rules { get; }
    }

    /// <summary>A generated class (request, schema, variant).</summary>
    public sealed class ClassModel
    {
        public ClassModel(INamedTypeSymbol symbol)
        {
            Symbol = symbol;
        }

        public INamedTypeSymbol Symbol { get; }
        public string Name => Symbol.Name;
        public List<PropertyModel> Properties { get; } = new List<PropertyModel>();
        public List<RuleModel> Rules { get; } = new List<RuleModel>();

        /// <summary>The property whose value selects this class in its union (null when not a variant).</summary>
        public PropertyModel? Discriminator { get; set; }

        /// <summary>The unions this class is a variant of.</summary>
        public List<INamedTypeSymbol> Unions { get; } = new List<INamedTypeSymbol>();

        /// <summary>True when the class is an outbound request (it has <c>BuildPath()</c>).</summary>
        public bool IsRequest { get; set; }

        public PropertyModel? FindWire(string wire)
        {
            foreach (var p in Properties)
            {
                if (string.Equals(p.Wire, wire, StringComparison.Ordinal)) return p;
            }
            var key = Names.Normalize(wire);
            PropertyModel? suffix = null;
            foreach (var p in Properties)
            {
                var name = Names.Normalize(p.Name);
                if (name == key) return p;
                // A spec's strip_prefix: "acme-dlr-url" names DlrUrl.
                if (key.EndsWith(name, StringComparison.Ordinal) && Names.PrefixIsWholeWords(wire, p.Name) && (suffix is null || suffix.Name.Length < p.Name.Length)) suffix = p;
            }
            return suffix;
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

    /// <summary>A generated enumeration or code table (<c>[SpecValueSet]</c> struct).</summary>
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

        /// <summary>Static member name → raw value (empty when the generated source is not available).</summary>
        public IReadOnlyDictionary<string, string> Members { get; }

        /// <summary>The known values, in declaration order.</summary>
        public IReadOnlyList<string> Values { get; }
    }

    /// <summary>A generated union interface with its variants.</summary>
    public sealed class UnionModel
    {
        public UnionModel(INamedTypeSymbol symbol, IReadOnlyList<ClassModel> variants)
        {
            Symbol = symbol;
            Variants = variants;
        }

        public INamedTypeSymbol Symbol { get; }
        public IReadOnlyList<ClassModel> Variants { get; }
    }

    /// <summary>Name conventions shared with the generator.</summary>
    public static class Names
    {
        /// <summary>Letters and digits only, lower case: <c>wa_buttons</c>, <c>WaButtons</c> → <c>wabuttons</c>.</summary>
        public static string Normalize(string text)
        {
            var chars = new char[text.Length];
            var n = 0;
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c)) chars[n++] = char.ToLowerInvariant(c);
            }
            return new string(chars, 0, n);
        }

        /// <summary>The generator's PascalCase of a wire value (<c>quick_reply</c> → <c>QuickReply</c>): the generator's own rule, linked in.</summary>
        public static string Pascal(string text) => SpecGen.Generator.Emitters.CSharp.Pascal(text);

        /// <summary>True when the wire name is a whole-word prefix followed by the words of <paramref name="pascal"/>.</summary>
        public static bool PrefixIsWholeWords(string wire, string pascal)
        {
            var full = Pascal(wire);
            return full.Length > pascal.Length && full.EndsWith(pascal, StringComparison.Ordinal) && char.IsUpper(pascal[0]);
        }
    }
}
