using SpecGen.Spec.Checking;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Plan
{
    /// <summary>
    /// Finds a name in a <see cref="BindingPlan"/> by spec name. Built once per emit (never cached in the pipeline:
    /// it holds dictionaries, which compare by reference).
    /// </summary>
    internal sealed class PlanLookup
    {
        private readonly Dictionary<string, TypeBinding> _types;
        private readonly Dictionary<string, OperationBinding> _operations;
        private readonly Dictionary<string, ValueSetBinding> _valueSets;
        private readonly Dictionary<string, LookupBinding> _lookups;
        private readonly Dictionary<FieldSpec, string> _properties = new Dictionary<FieldSpec, string>(FieldIdentity.Instance);
        private readonly Dictionary<FieldSpec, PropertyShape> _schemaShapes = new Dictionary<FieldSpec, PropertyShape>(FieldIdentity.Instance);

        /// <summary>A lookup of <paramref name="plan"/>, whose properties are found by the fields of <paramref name="model"/> (the model it was made from, or an equal one).</summary>
        public PlanLookup(BindingPlan plan, SpecModel model)
        {
            Plan = plan;
            // Names are unique per kind in a linked spec (the checker reports duplicates), so ToDictionary cannot throw.
            _types = plan.Types.ToDictionary(t => t.SpecName, StringComparer.Ordinal);
            _operations = plan.Operations.ToDictionary(o => o.Name, StringComparer.Ordinal);
            _valueSets = plan.ValueSets.ToDictionary(v => v.SpecName, StringComparer.Ordinal);
            _lookups = plan.Lookups.ToDictionary(l => l.SpecName, StringComparer.Ordinal);
            // Properties are aligned with the fields they come from; a body field carries its schema's name in its
            // operation's class too (the plan's rule), so one field object has one property name.
            var scope = new TypeScope(model);
            foreach (var op in model.Operations) Align(OperationFields.Of(op, model.Header, scope), Operation(op.Name).Properties);
            foreach (var s in model.Schemas)
            {
                var properties = Type(s.Name)!.Properties;
                Align(s.Fields, properties);
                for (var i = 0; i < s.Fields.Count; i++) _schemaShapes[s.Fields[i]] = properties[i].Shape;
            }
        }

        private void Align(IReadOnlyList<FieldSpec> fields, EquatableArray<PropertyBinding> properties)
        {
            for (var i = 0; i < fields.Count; i++) _properties[fields[i]] = properties[i].Name;
        }

        public BindingPlan Plan { get; }

        /// <summary>The binding of a spec type, or null for a primitive or unknown name.</summary>
        public TypeBinding? Type(string specName) => _types.TryGetValue(specName, out var t) ? t : null;

        public OperationBinding Operation(string name) => _operations.TryGetValue(name, out var o) ? o : throw Missing("operation", name);

        public ValueSetBinding ValueSet(string specName) => _valueSets.TryGetValue(specName, out var v) ? v : throw Missing("value set", specName);

        public LookupBinding Lookup(string specName) => _lookups.TryGetValue(specName, out var l) ? l : throw Missing("lookup", specName);

        /// <summary>
        /// The property name of a field of the model's schemas and operations; null for another field (a credential).
        /// Only the name: a body field has one name in its schema and its operation's class, but a shape in each
        /// (read it from the class's aligned <see cref="TypeBinding.Properties"/> or <see cref="OperationBinding.Properties"/>).
        /// </summary>
        public string? PropertyName(FieldSpec field) => _properties.TryGetValue(field, out var p) ? p : null;

        /// <summary>The shape of a schema's field as a property of the schema's own type; null for an operation's parameter.</summary>
        public PropertyShape? SchemaShape(FieldSpec field) => _schemaShapes.TryGetValue(field, out var s) ? s : null;

        /// <summary>True when the schema is emitted as its operation's class rather than on its own.</summary>
        public bool IsFolded(string schema) => Type(schema)?.FoldedInto is not null;

        // The plan is made from the model the emitters walk, so a miss is a bug in the generator, not in the spec.
        private static InvalidOperationException Missing(string kind, string name) => new InvalidOperationException("The binding plan has no " + kind + " '" + name + "'.");
    }
}
