using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using SpecGen.Generator.Emitters;
using SpecGen.Spec.Checking;
using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Plan
{
    /// <summary>
    /// Turns a linked spec model into its <see cref="BindingPlan"/>: applies the <see cref="Naming"/> rules to every
    /// spec type, operation, field, value and lookup, gives every property its shape (<see cref="TypeShapes"/>), and
    /// settles the collisions between names (folded body schemas, properties numbered past each other and past the
    /// class's own members, client types numbered past spec types, value members made unique).
    /// </summary>
    public static class BindingPlanner
    {
        /// <summary>The plan of <paramref name="model"/> in the project's <paramref name="rootNamespace"/> (null: none).</summary>
        public static BindingPlan Plan(SpecModel model, string? rootNamespace, CancellationToken cancellationToken = default)
        {
            var header = model.Header;
            var scope = new TypeScope(model);
            var classes = new Dictionary<string, string>(StringComparer.Ordinal);
            var folded = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var op in model.Operations)
            {
                var className = Naming.OperationClass(op);
                classes[op.Name] = className;
                // A body schema named like its operation's class ("SendSmsRequest") is emitted once, as that class.
                if (op.Body is { } body && scope.Schema(body) is not null && Naming.Type(body, TypeKinds.Schema) == className && !folded.ContainsKey(body)) folded[body] = op.Name;
            }

            var typeNames = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var s in model.Schemas) typeNames[s.Name] = Naming.Type(s.Name, TypeKinds.Schema);
            foreach (var u in model.Unions) typeNames[u.Name] = Naming.Type(u.Name, TypeKinds.Union);
            foreach (var e in model.Enums) typeNames[e.Name] = Naming.Type(e.Name, TypeKinds.Enum);
            foreach (var t in model.CodeTables) typeNames[t.Name] = Naming.CodeTable(t);
            var shapes = new TypeShapes(model, scope, name => typeNames.TryGetValue(name, out var n) ? n : Naming.Type(name, TypeKinds.Schema));
            var wireSide = Reachability.WireSide(model, scope);
            var diagnostics = new List<SpecDiagnostic>();
            var properties = new PropertyPlanner(header.StripPrefix, diagnostics);

            var types = new List<TypeBinding>();
            var schemaProperties = new Dictionary<string, EquatableArray<PropertyBinding>>(StringComparer.Ordinal);
            foreach (var s in model.Schemas)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var wire = wireSide.Contains(s.Name);
                var names = properties.Name("schemas." + s.Name + ".fields", typeNames[s.Name], s.Fields, SchemaMembers(model, s, classes), new Dictionary<string, string>(StringComparer.Ordinal));
                var bound = EquatableArray.From(s.Fields.Select((f, i) => new PropertyBinding(f.WireName, names[i], shapes.Shape(f, s.Name, wire))));
                schemaProperties[s.Name] = bound;
                // The per-item outcomes member keeps clear of a property of that name.
                var outcomes = names.Contains("Outcomes") ? "ItemOutcomes" : "Outcomes";
                types.Add(new TypeBinding(s.Name, TypeKinds.Schema, typeNames[s.Name], bound, folded.TryGetValue(s.Name, out var into) ? into : null, WireSide: wire, Outcomes: outcomes));
            }
            foreach (var u in model.Unions)
            {
                var adders = u.Variants.Select(v => v.Schema).Distinct().Select(v => new VariantAdder(v, Naming.SequenceAdder(typeNames.TryGetValue(v, out var t) ? t : Naming.Type(v, TypeKinds.Schema))));
                types.Add(new TypeBinding(u.Name, TypeKinds.Union, typeNames[u.Name], EquatableArray<PropertyBinding>.Empty, Sequence: Naming.Sequence(u.Name), Unknown: Naming.Unknown(u.Name), WireSide: wireSide.Contains(u.Name), Adders: EquatableArray.From(adders)));
            }
            foreach (var e in model.Enums) types.Add(new TypeBinding(e.Name, TypeKinds.Enum, typeNames[e.Name], EquatableArray<PropertyBinding>.Empty));
            foreach (var t in model.CodeTables) types.Add(new TypeBinding(t.Name, TypeKinds.CodeTable, typeNames[t.Name], EquatableArray<PropertyBinding>.Empty));

            var operations = new List<OperationBinding>();
            foreach (var op in model.Operations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var className = classes[op.Name];
                var parameters = OperationFields.Parameters(op, header);
                var body = OperationFields.Body(op, scope);
                // The body's fields keep their schema's names (the schema reserved this class's members); a parameter gives way.
                var taken = new Dictionary<string, string>(StringComparer.Ordinal);
                var bodyBound = body is null ? EquatableArray<PropertyBinding>.Empty : schemaProperties[body.Name];
                foreach (var p in bodyBound) taken[p.Name] = p.Wire;
                var names = properties.Name("operations." + op.Name + ".parameters", className, parameters, ClassMembers.Every.Concat(op.IsWebhook ? ClassMembers.Event : ClassMembers.Request), taken);
                var bound = parameters.Select((f, i) => new PropertyBinding(f.WireName, names[i], shapes.Shape(f, null, op.IsWebhook)));
                if (body is not null) bound = bound.Concat(body.Fields.Select((f, i) => new PropertyBinding(f.WireName, bodyBound[i].Name, shapes.Shape(f, null, op.IsWebhook))));
                operations.Add(new OperationBinding(op.Name, className, Naming.OperationMember(op), EquatableArray.From(bound)));
            }

            var client = Client(model, types, operations);
            // The client's members per endpoint; a variants class is numbered past every type and earlier variants class.
            var clientTaken = new HashSet<string>(client.Taken, StringComparer.Ordinal);
            var foldedSchemas = new HashSet<string>(folded.Keys, StringComparer.Ordinal);
            for (var i = 0; i < operations.Count; i++)
            {
                var op = model.Operations[i];
                if (op.IsWebhook) continue;
                var (variants, members) = SuccessShapes.Of(op, scope, name => typeNames.TryGetValue(name, out var n) ? n : Naming.Type(name, TypeKinds.Schema), foldedSchemas, clientTaken);
                var info = Naming.OperationInfo(op);
                operations[i] = operations[i] with { Client = new EndpointMembers(info, Naming.Field(info), Naming.StatusRule(op), Naming.Inspect(op), variants, members) };
            }

            var valueSets = new List<ValueSetBinding>();
            foreach (var e in model.Enums)
            {
                var name = typeNames[e.Name];
                var members = Naming.UniqueMembers(name, e.Values.Select(v => (CSharp.Literal(v.Value).Trim('"'), Naming.ValueMember(v.Value))));
                valueSets.Add(new ValueSetBinding(e.Name, name, EquatableArray.From(e.Values.Select((v, i) => new ValueMember(v.Value, members[i])))));
            }
            foreach (var t in model.CodeTables)
            {
                var name = typeNames[t.Name];
                var isInt = t.Key == "int";
                // The suffix that disambiguates a member is the code as written in C# (an int code normalised: "007" → 7).
                string WireText(string code) => isInt ? int.Parse(code, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : CSharp.Literal(code).Trim('"');
                var members = Naming.UniqueMembers(name, t.Codes.Select(c => (WireText(c.Code), Naming.ValueMember(c.Meaning ?? c.Description ?? c.Code))));
                valueSets.Add(new ValueSetBinding(t.Name, name, EquatableArray.From(t.Codes.Select((c, i) => new ValueMember(c.Code, members[i]))), new CodeTableMembers(Naming.CodeOf(t), Naming.SuccessCodesOf(t))));
            }

            var lookups = model.Lookups.Select(Lookup);

            return new BindingPlan(
                model.Id,
                Naming.Namespace(header, rootNamespace),
                EquatableArray.From(types),
                EquatableArray.From(operations),
                EquatableArray.From(valueSets),
                EquatableArray.From(lookups),
                client,
                EquatableArray.From(diagnostics));
        }

        /// <summary>
        /// The members a schema's properties must not take: every schema's, a variant's discriminator, and, for a schema
        /// that is an operation's body (its fields become the request's or event's properties), that class's name and members.
        /// </summary>
        private static IEnumerable<string> SchemaMembers(SpecModel model, SchemaSpec schema, Dictionary<string, string> classes)
        {
            var members = new List<string>(ClassMembers.Every);
            members.AddRange(ClassMembers.Schema);
            if (model.Unions.Any(u => u.Variants.Any(v => v.Schema == schema.Name))) members.Add(ClassMembers.Discriminator);
            foreach (var op in model.Operations.Where(o => o.Body == schema.Name))
            {
                members.Add(classes[op.Name]);
                members.AddRange(op.IsWebhook ? ClassMembers.Event : ClassMembers.Request);
            }
            return members;
        }

        /// <summary>Members of a lookup's row struct besides its columns: a column named like one is numbered past it.</summary>
        private static readonly string[] RowMembers = { "Index", "Equals", "GetHashCode", "ToString", "GetType" };

        /// <summary>A lookup's types and members: column properties made unique in the row (each with its <c>…Span</c> twin), the key's and the indexes' methods.</summary>
        private static LookupBinding Lookup(LookupSpec lookup)
        {
            var row = Naming.LookupRow(lookup.Name);
            var taken = new HashSet<string>(RowMembers, StringComparer.Ordinal) { row };
            var columns = new List<string>();
            foreach (var c in lookup.Columns)
            {
                var name = Naming.Unique(Naming.LookupColumn(c), taken);
                taken.Add(name + "Span");
                columns.Add(name);
            }
            var methods = new HashSet<string>(StringComparer.Ordinal);
            var indexes = lookup.Indexes.Select(index => new LookupIndexBinding(
                Naming.Unique(Naming.LookupIndexMethod(index), methods),
                EquatableArray.From(index.Select(c => Naming.Parameter(new[] { c }))),
                Naming.Parameter(index)));
            var key = lookup.Key is { } k ? Naming.LookupKeyMethod(k) : null;
            return new LookupBinding(lookup.Name, Naming.Lookup(lookup.Name), row, row + "s", EquatableArray.From(columns), key, EquatableArray.From(indexes));
        }

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
            var extensions = Naming.Unique(client + "ServiceCollectionExtensions", taken);
            var (keys, parameters) = CredentialNames.Of(model.Header);
            return new ClientBinding(shapes, client, credentials, options, webhooks, EquatableArray.From(taken.OrderBy(n => n, StringComparer.Ordinal)), keys, parameters, extensions);
        }
    }
}
