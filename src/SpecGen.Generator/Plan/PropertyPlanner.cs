using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Plan
{
    /// <summary>
    /// Names the properties of one generated class and settles their collisions. A field's name is its
    /// <c>csharp:</c>, else its wire name (without <c>strip_prefix</c>) in PascalCase; when that name is taken, by an
    /// earlier property of the class (<c>to_number</c> and <c>toNumber</c>, <c>type</c> and <c>Type</c>), by the class
    /// itself, or by a member every such class declares (<see cref="ClassMembers"/>: <c>Validate</c>, <c>ToJson</c>…),
    /// the field gets the first free number from 2 appended (<c>Type2</c>) and warning SG1420 says so at the field.
    /// </summary>
    internal sealed class PropertyPlanner
    {
        /// <summary>Reported when the plan renames a property: the fix is a <c>csharp:</c> name on the field.</summary>
        public static readonly SpecDiagnosticDescriptor Collision = new SpecDiagnosticDescriptor(
            "SG1420", "Generated C# names collide",
            "The C# property of {0} would be '{1}', which {2}; it is named '{3}' instead. Give the field its own name with 'csharp:'.",
            SpecSeverity.Warning);

        private readonly string? _stripPrefix;
        private readonly List<SpecDiagnostic> _diagnostics;

        public PropertyPlanner(string? stripPrefix, List<SpecDiagnostic> diagnostics)
        {
            _stripPrefix = stripPrefix;
            _diagnostics = diagnostics;
        }

        /// <summary>
        /// The names of <paramref name="fields"/> (of <paramref name="owner"/>, as the message words it) in a class named
        /// <paramref name="className"/> that declares <paramref name="members"/>; <paramref name="taken"/> holds names
        /// already decided elsewhere (a request's body fields keep their schema's names) and receives these.
        /// </summary>
        public List<string> Name(string owner, string className, IEnumerable<FieldSpec> fields, IEnumerable<string> members, Dictionary<string, string> taken)
        {
            var reserved = new HashSet<string>(members, StringComparer.Ordinal);
            var names = new List<string>();
            foreach (var f in fields)
            {
                var name = Naming.Property(f, _stripPrefix);
                string? why = name == className ? "is the name of its class"
                    : reserved.Contains(name) ? "is a member the generated class declares"
                    : taken.TryGetValue(name, out var other) ? "is also the property of '" + other + "' in the same class"
                    : null;
                if (why is not null)
                {
                    var all = new HashSet<string>(reserved.Concat(taken.Keys), StringComparer.Ordinal) { className };
                    var renamed = Naming.Unique(name, all);
                    _diagnostics.Add(Collision.Create(f.Span, owner + "." + f.WireName, name, why, renamed));
                    name = renamed;
                }
                taken[name] = f.WireName;
                names.Add(name);
            }
            return names;
        }
    }
}
