using System.Globalization;
using Microsoft.CodeAnalysis;
using SpecGen.Analyzers.Metadata;

namespace SpecGen.Analyzers.Values
{
    /// <summary>
    /// A value as far as the compiler can know it: a constant, an object graph built inline, a list,
    /// an explicit null, or unknown. Rules are judged only on what is known.
    /// </summary>
    public abstract class Val
    {
        protected Val(Location location)
        {
            Location = location;
        }

        /// <summary>Where the value is written (a C# expression or a span inside a JSON literal).</summary>
        public Location Location { get; }

        /// <summary>The whole expression (for an object, <see cref="Location"/> is only <c>new T</c>).</summary>
        public Location? Extent { get; set; }

        /// <summary>The C# literal expression when the value is one (code fixes rewrite it).</summary>
        public SyntaxNode? Literal { get; set; }
    }

    /// <summary>A value the compiler cannot know.</summary>
    public sealed class UnknownVal : Val
    {
        public UnknownVal(Location location) : base(location)
        {
        }
    }

    /// <summary>An explicit <c>null</c> (the member is absent).</summary>
    public sealed class NullVal : Val
    {
        public NullVal(Location location) : base(location)
        {
        }
    }

    /// <summary>A constant scalar: text, number or boolean.</summary>
    public sealed class ScalarVal : Val
    {
        public ScalarVal(Location location, object? value, string? member = null) : base(location)
        {
            Value = value;
            Member = member;
        }

        /// <summary>string, decimal or bool; null when only the value-set member is known.</summary>
        public object? Value { get; }

        /// <summary>The value-set member the value was written as (<c>SayLanguage.EnGB</c> → <c>EnGB</c>).</summary>
        public string? Member { get; }

        public bool IsNumber => Value is decimal;

        /// <summary>The invariant text of the value (what goes on the wire), null when unknown.</summary>
        public string? Text => Value switch
        {
            string s => s,
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            _ => null,
        };

        /// <summary>The value as a number, when it is one or is numeric text.</summary>
        public decimal? Number => Value switch
        {
            decimal d => d,
            string s when decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        };

        /// <summary>How the value reads in a message: quoted text, bare numbers.</summary>
        public string Display => Value is string s ? "\"" + s + "\"" : Text ?? Member ?? "?";

        /// <summary>True when this value equals a spec value (numbers compare numerically, text ordinally or ignoring case).</summary>
        public bool Matches(string specValue, bool ignoreCase = false)
        {
            if (Value is decimal d) return decimal.TryParse(specValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s == d;
            if (Value is bool b) return specValue == (b ? "true" : "false");
            if (Value is string text) return string.Equals(text, specValue, ignoreCase ? System.StringComparison.OrdinalIgnoreCase : System.StringComparison.Ordinal);
            return false;
        }
    }

    /// <summary>An object of a generated class whose members are (partly) known.</summary>
    public sealed class ObjVal(Location location, ClassModel type, bool closed) : Val(location)
    {
        public ClassModel Type { get; } = type;

        /// <summary>True when every member not listed is absent (a new object); false for <c>with</c> copies.</summary>
        public bool Closed { get; } = closed;

        public Dictionary<PropertyModel, Member> Members { get; } = new Dictionary<PropertyModel, Member>();

        public bool IsKnownAbsent(PropertyModel p) => Members.TryGetValue(p, out var m) ? m.Value is NullVal : Closed;

        /// <summary>The member's value; null when absent; UnknownVal when unknown.</summary>
        public Val? Get(PropertyModel p)
        {
            if (Members.TryGetValue(p, out var m)) return m.Value is NullVal ? null : m.Value;
            return Closed ? null : new UnknownVal(Location);
        }

        /// <summary>The label of this object in messages: its C# type name.</summary>
        public string Label => Type.Name;

        /// <summary>The variant value (discriminator) when known: the one the class answers to, or the one written.</summary>
        public string? VariantValue
        {
            get
            {
                if (Type.VariantValues.Count == 1) return Type.VariantValues[0];
                if (Type.Discriminator is not { } d) return null;
                if (Members.TryGetValue(d, out var m) && m.Value is ScalarVal s) return s.Text;
                return null;
            }
        }
    }

    /// <summary>One assigned member: the value and the assignment it came from.</summary>
    public sealed class Member(Val value, Location assignment)
    {
        public Val Value { get; } = value;
        public Location Assignment { get; } = assignment;
    }

    /// <summary>A list whose items are (partly) known.</summary>
    public sealed class ListVal : Val
    {
        public ListVal(Location location, bool complete) : base(location)
        {
            Complete = complete;
        }

        public List<Val> Items { get; } = new List<Val>();

        /// <summary>False when the list has items the compiler cannot count (spreads).</summary>
        public bool Complete { get; set; }
    }
}
