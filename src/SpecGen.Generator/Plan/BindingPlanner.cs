using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using SpecGen.Generator.Emitters;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Plan
{
    /// <summary>
    /// Turns a linked spec model into its <see cref="BindingPlan"/>: applies the <see cref="Naming"/> rules to every
    /// spec type, operation, field, value and lookup, and settles the collisions between them (folded body schemas,
    /// client types numbered past spec types, value members made unique).
    /// </summary>
    public static class BindingPlanner
    {
        /// <summary>The plan of <paramref name="model"/> in the project's <paramref name="rootNamespace"/> (null: none).</summary>
        public static BindingPlan Plan(SpecModel model, string? rootNamespace, CancellationToken cancellationToken = default)
        {
            var header = model.Header;
            var operations = new List<OperationBinding>();
            var folded = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var op in model.Operations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var className = Naming.OperationClass(op);
                operations.Add(new OperationBinding(op.Name, className, Naming.OperationMember(op), Properties(op.Parameters, header)));
                // A body schema named like its operation's class ("SendSmsRequest") is emitted once, as that class.
                if (op.Body is { } body && model.Schemas.Any(s => s.Name == body) && Naming.Type(body, TypeKinds.Schema) == className && !folded.ContainsKey(body)) folded[body] = op.Name;
            }

            var types = new List<TypeBinding>();
            foreach (var s in model.Schemas)
            {
                types.Add(new TypeBinding(s.Name, TypeKinds.Schema, Naming.Type(s.Name, TypeKinds.Schema), Properties(s.Fields, header), folded.TryGetValue(s.Name, out var into) ? into : null));
            }
            foreach (var u in model.Unions)
            {
                types.Add(new TypeBinding(u.Name, TypeKinds.Union, Naming.Type(u.Name, TypeKinds.Union), EquatableArray<PropertyBinding>.Empty, Sequence: Naming.Sequence(u.Name), Unknown: Naming.Unknown(u.Name)));
            }
            foreach (var e in model.Enums) types.Add(new TypeBinding(e.Name, TypeKinds.Enum, Naming.Type(e.Name, TypeKinds.Enum), EquatableArray<PropertyBinding>.Empty));
            foreach (var t in model.CodeTables) types.Add(new TypeBinding(t.Name, TypeKinds.CodeTable, Naming.CodeTable(t), EquatableArray<PropertyBinding>.Empty));

            var valueSets = new List<ValueSetBinding>();
            foreach (var e in model.Enums)
            {
                var name = Naming.Type(e.Name, TypeKinds.Enum);
                var members = Naming.UniqueMembers(name, e.Values.Select(v => (CSharp.Literal(v.Value).Trim('"'), Naming.ValueMember(v.Value))));
                valueSets.Add(new ValueSetBinding(e.Name, name, EquatableArray.From(e.Values.Select((v, i) => new ValueMember(v.Value, members[i])))));
            }
            foreach (var t in model.CodeTables)
            {
                var name = Naming.CodeTable(t);
                var isInt = t.Key == "int";
                // The suffix that disambiguates a member is the code as written in C# (an int code normalised: "007" → 7).
                string WireText(string code) => isInt ? int.Parse(code, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : CSharp.Literal(code).Trim('"');
                var members = Naming.UniqueMembers(name, t.Codes.Select(c => (WireText(c.Code), Naming.ValueMember(c.Meaning ?? c.Description ?? c.Code))));
                valueSets.Add(new ValueSetBinding(t.Name, name, EquatableArray.From(t.Codes.Select((c, i) => new ValueMember(c.Code, members[i])))));
            }

            var lookups = model.Lookups.Select(l => new LookupBinding(l.Name, Naming.Lookup(l.Name), Naming.LookupRow(l.Name), Naming.LookupRow(l.Name) + "s"));

            return new BindingPlan(
                model.Id,
                Naming.Namespace(header, rootNamespace),
                EquatableArray.From(types),
                EquatableArray.From(operations),
                EquatableArray.From(valueSets),
                EquatableArray.From(lookups),
                Client(model, types, operations));
        }

        private static EquatableArray<PropertyBinding> Properties(EquatableArray<FieldSpec> fields, SpecHeader header) =>
            EquatableArray.From(fields.Select(f => new PropertyBinding(f.WireName, Naming.Property(f, header.StripPrefix))));

        /// <summary>Provider + version + suffix, numbered past any spec type or operation class of that name (and past each other).</summary>
        private static ClientBinding Client(SpecModel model, List<TypeBinding> types, List<OperationBinding> operations)
        {
            var prefix = CSharp.Pascal(model.Header.Provider) + CSharp.Pascal(model.Header.Version);
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var t in types) taken.Add(t.TypeName);
            foreach (var o in operations) taken.Add(o.ClassName);
            var shapes = Naming.Unique(prefix + "Shapes", taken);
            var client = Naming.Unique(prefix + "Client", taken);
            var credentials = Naming.Unique(prefix + "Credentials", taken);
            var options = Naming.Unique(prefix + "ClientOptions", taken);
            var webhooks = Naming.Unique(prefix + "Webhooks", taken);
            return new ClientBinding(shapes, client, credentials, options, webhooks, EquatableArray.From(taken.OrderBy(n => n, StringComparer.Ordinal)));
        }
    }
}
