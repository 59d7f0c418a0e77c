using SpecGen.Shared.Metadata;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// Emits enums and code tables as open value types: a known value has a named member and the
    /// document's description; an unknown value from a server is kept as it came, never thrown on.
    /// </summary>
    internal static class ValueTypeEmitter
    {
        public static void EmitEnum(SourceWriter w, TypeMap map, EnumSpec e)
        {
            var name = map.TypeName(e.Name);
            var names = map.ValueMembers(e.Name);
            var members = e.Values.Select((v, i) => (Wire: CSharp.Literal(v.Value), Text: v.Value, names[i].Member, v.Description, v.Note)).ToList();
            Emit(w, name, "string", e.Description, e.Note, e.Open, members);
        }

        public static void EmitCodeTable(SourceWriter w, TypeMap map, CodeTableSpec t)
        {
            var name = map.TypeName(t.Name);
            var isInt = t.Key == "int";
            var names = map.ValueMembers(t.Name);
            var members = new List<(string Wire, string Raw, string? Member, string? Description, string? Note)>();
            for (var i = 0; i < t.Codes.Count; i++)
            {
                var c = t.Codes[i];
                var raw = isInt ? int.Parse(c.Code, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture) : c.Code;
                var wire = isInt ? raw : CSharp.Literal(c.Code);
                var description = Describe(c.Meaning, c.Description);
                members.Add((wire, raw, names[i].Member, description, c.Note));
            }
            var doc = (t.Description ?? "Codes of " + t.Name) + (t.Source is null ? string.Empty : " (source: " + t.Source + ")");
            Emit(w, name, isInt ? "int" : "string", doc, t.Note, t.Open, members);
        }

        /// <summary>Meaning and description together, without repeating a description that already starts with the meaning.</summary>
        private static string? Describe(string? meaning, string? description)
        {
            if (meaning is null) return description;
            if (description is null) return meaning;
            var m = meaning.Trim().TrimEnd('.');
            return description.StartsWith(m, System.StringComparison.OrdinalIgnoreCase) ? description : meaning.Trim().TrimEnd('.') + ". " + description;
        }

        /// <summary>Emits the value type; a member the plan left unnamed (its name could not be made unique) is not emitted.</summary>
        private static void Emit(SourceWriter w, string name, string valueType, string? doc, string? note, bool open, List<(string Wire, string Raw, string? Member, string? Description, string? Note)> members)
        {
            var named = members.Where(m => m.Member is not null).Select(m => (m.Wire, m.Raw, Member: m.Member!, m.Description, m.Note)).ToList();
            var isString = valueType == "string";
            var field = isString ? "(_value ?? string.Empty)" : "_value";
            w.Doc((doc ?? name) + (open ? "\nOpen: a value not listed here is kept as received (see IsKnown)." : "\nClosed: only the listed values are valid."), note);
            w.Line(Generated.Attribute);
            w.Line("[" + MetadataNames.Usage(MetadataNames.ValueSet) + "(" + (open ? "true" : "false") + ")]");
            w.Open("public readonly partial struct " + name + " : global::System.IEquatable<" + name + ">");
            var storage = valueType + (isString ? "?" : string.Empty);
            var isOpen = open ? "true" : "false";
            w.Lines($$"""
                private readonly {{storage}} _value;

                /// <summary>Wraps a raw wire value (known or not).</summary>
                public {{name}}({{valueType}} value) => _value = value;

                /// <summary>The raw wire value.</summary>
                public {{valueType}} Value => {{field}};

                /// <summary>True when the spec marks this set open (unknown values are legitimate).</summary>
                public static bool IsOpen => {{isOpen}};
                """);
            foreach (var m in named)
            {
                w.Line();
                w.Doc(m.Description ?? m.Raw, m.Note);
                w.Line("[" + MetadataNames.Usage(MetadataNames.Value) + "(" + CSharp.Literal(m.Raw) + ")]");
                w.Line("public static " + name + " " + m.Member + " => new " + name + "(" + m.Wire + ");");
            }
            var isKnown = named.Count == 0 ? "false" : field + " is " + string.Join(" or ", named.Select(m => m.Wire).Distinct());
            w.Lines($$"""

                /// <summary>True when the value is one the document lists.</summary>
                public bool IsKnown => {{isKnown}};

                /// <summary>The document's description of the value, or null when unknown.</summary>
                """);
            w.Open("public string? Description => " + field + " switch");
            foreach (var m in named.GroupBy(m => m.Wire)) w.Line(m.Key + " => " + CSharp.Literal(m.First().Description ?? string.Empty) + ",");
            w.Line("_ => null,");
            w.Close(";");
            var equals = isString ? "string.Equals(Value, other.Value, global::System.StringComparison.Ordinal)" : "_value == other._value";
            var hash = isString ? "global::System.StringComparer.Ordinal.GetHashCode(Value)" : "_value";
            var text = isString ? "Value" : "_value.ToString(global::System.Globalization.CultureInfo.InvariantCulture)";
            w.Lines($$"""

                /// <inheritdoc />
                public bool Equals({{name}} other) => {{equals}};
                /// <inheritdoc />
                public override bool Equals(object? obj) => obj is {{name}} other && Equals(other);
                /// <inheritdoc />
                public override int GetHashCode() => {{hash}};
                /// <inheritdoc />
                public override string ToString() => {{text}};
                /// <summary>Equality.</summary>
                public static bool operator ==({{name}} left, {{name}} right) => left.Equals(right);
                /// <summary>Inequality.</summary>
                public static bool operator !=({{name}} left, {{name}} right) => !left.Equals(right);
                /// <summary>Wraps a raw value.</summary>
                public static implicit operator {{name}}({{valueType}} value) => new {{name}}(value);
                """);
            w.Close();
        }
    }

    /// <summary>Shared generated-code markers.</summary>
    internal static class Generated
    {
        public const string Attribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"SpecGen\", \"" + SpecGen.Spec.BuildInfo.Version + "\")]";

        /// <summary>Hides plumbing members (readers, writers, ValidateInto) from IntelliSense; they stay callable.</summary>
        public const string Hidden = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

        public static void Header(SourceWriter w, string @namespace)
        {
            w.Lines($$"""
                // <auto-generated/>
                #nullable enable
                #pragma warning disable CS1591 // every public member that has a document description carries it

                namespace {{@namespace}};

                """);
        }
    }
}
