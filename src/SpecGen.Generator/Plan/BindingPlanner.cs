using System.Globalization;
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
            var names = new SpecNames(model);
            var diagnostics = new List<SpecDiagnostic>();
            var properties = new PropertyPlanner(model.Header.StripPrefix, diagnostics);
            var types = Types(names, properties, cancellationToken);
            var operations = Operations(names, properties, types, cancellationToken);
            var client = Client(model, types, operations);
            WithEndpointMembers(names, operations, client);
            return new BindingPlan(
                model.Id,
                Naming.Namespace(model.Header, rootNamespace),
                EquatableArray.From(types),
                EquatableArray.From(operations),
                EquatableArray.From(ValueSets(names)),
                EquatableArray.From(model.Lookups.Select(Lookup)),
                client,
                EquatableArray.From(diagnostics));
        }

        /// <summary>What every step of the plan looks up: the spec's scope, type names, operation classes, folded bodies, wire side and shape rules.</summary>
        private sealed class SpecNames
        {
            public SpecNames(SpecModel model)
            {
                Model = model;
                Scope = new TypeScope(model);
                foreach (var op in model.Operations)
                {
                    var className = Naming.OperationClass(op);
                    Classes[op.Name] = className;
                    // A body schema named like its operation's class ("SendSmsRequest") is emitted once, as that class.
                    if (op.Body is { } body && Scope.Schema(body) is not null && Naming.Type(body, TypeKinds.Schema) == className && !Folded.ContainsKey(body)) Folded[body] = op.Name;
                    if (op.Body is { } b)
                    {
                        if (!BodyOf.TryGetValue(b, out var list)) BodyOf[b] = list = new List<OperationSpec>();
                        list.Add(op);
                    }
                }
                foreach (var u in model.Unions)
                {
                    foreach (var v in u.Variants) Variants.Add(v.Schema);
                }
                foreach (var s in model.Schemas) Types[s.Name] = Naming.Type(s.Name, TypeKinds.Schema);
                foreach (var u in model.Unions) Types[u.Name] = Naming.Type(u.Name, TypeKinds.Union);
                foreach (var e in model.Enums) Types[e.Name] = Naming.Type(e.Name, TypeKinds.Enum);
                foreach (var t in model.CodeTables) Types[t.Name] = Naming.CodeTable(t);
                Shapes = new TypeShapes(model, Scope, TypeName);
                WireSide = Reachability.WireSide(model, Scope);
            }

            public SpecModel Model { get; }

            public TypeScope Scope { get; }

            /// <summary>Operation name → request or event class.</summary>
            public Dictionary<string, string> Classes { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

            /// <summary>Body schema → the operation whose class it is emitted as.</summary>
            public Dictionary<string, string> Folded { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

            /// <summary>Schema → the operations whose body it is.</summary>
            public Dictionary<string, List<OperationSpec>> BodyOf { get; } = new Dictionary<string, List<OperationSpec>>(StringComparer.Ordinal);

            /// <summary>The schemas that are a variant of some union.</summary>
            public HashSet<string> Variants { get; } = new HashSet<string>(StringComparer.Ordinal);

            /// <summary>Spec type → C# type.</summary>
            public Dictionary<string, string> Types { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

            public TypeShapes Shapes { get; }

            public HashSet<string> WireSide { get; }

            /// <summary>The C# name of a spec type (a name the spec does not define is PascalCased as a schema would be).</summary>
            public string TypeName(string specName) => Types.TryGetValue(specName, out var n) ? n : Naming.Type(specName, TypeKinds.Schema);
        }

        /// <summary>Every named type: schemas with their properties (collisions settled), unions with their sequence types, enums, code tables.</summary>
        private static List<TypeBinding> Types(SpecNames names, PropertyPlanner properties, CancellationToken cancellationToken)
        {
            var model = names.Model;
            var types = new List<TypeBinding>();
            foreach (var s in model.Schemas)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var wire = names.WireSide.Contains(s.Name);
                var named = properties.Name("schemas." + s.Name + ".fields", names.Types[s.Name], s.Fields, SchemaMembers(names, s), new Dictionary<string, string>(StringComparer.Ordinal));
                var bound = EquatableArray.From(s.Fields.Select((f, i) => new PropertyBinding(f.WireName, named[i], names.Shapes.Shape(f, s.Name, wire))));
                // The per-item outcomes member keeps clear of a property of that name.
                var outcomes = named.Contains("Outcomes") ? "ItemOutcomes" : "Outcomes";
                types.Add(new TypeBinding(s.Name, TypeKinds.Schema, names.Types[s.Name], bound, names.Folded.TryGetValue(s.Name, out var into) ? into : null, WireSide: wire, Outcomes: outcomes));
            }
            foreach (var u in model.Unions)
            {
                var adders = u.Variants.Select(v => v.Schema).Distinct().Select(v => new VariantAdder(v, Naming.SequenceAdder(names.TypeName(v))));
                types.Add(new TypeBinding(u.Name, TypeKinds.Union, names.Types[u.Name], EquatableArray<PropertyBinding>.Empty, Sequence: Naming.Sequence(u.Name), Unknown: Naming.Unknown(u.Name), WireSide: names.WireSide.Contains(u.Name), Adders: EquatableArray.From(adders)));
            }
            foreach (var e in model.Enums) types.Add(new TypeBinding(e.Name, TypeKinds.Enum, names.Types[e.Name], EquatableArray<PropertyBinding>.Empty));
            foreach (var t in model.CodeTables) types.Add(new TypeBinding(t.Name, TypeKinds.CodeTable, names.Types[t.Name], EquatableArray<PropertyBinding>.Empty));
            return types;
        }

        /// <summary>
        /// Every operation's class, member and properties: the parameters (credentials excluded), then the body's fields.
        /// The body's fields keep their schema's names (the schema reserved this class's members); a parameter gives way.
        /// </summary>
        private static List<OperationBinding> Operations(SpecNames names, PropertyPlanner properties, List<TypeBinding> types, CancellationToken cancellationToken)
        {
            var operations = new List<OperationBinding>();
            var schemaProperties = types.Where(t => t.Kind == TypeKinds.Schema).ToDictionary(t => t.SpecName, t => t.Properties, StringComparer.Ordinal);
            foreach (var op in names.Model.Operations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var className = names.Classes[op.Name];
                var parameters = OperationFields.Parameters(op, names.Model.Header);
                var body = OperationFields.Body(op, names.Scope);
                var bodyBound = body is null ? EquatableArray<PropertyBinding>.Empty : schemaProperties[body.Name];
                var taken = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var p in bodyBound) taken[p.Name] = p.Wire;
                var named = properties.Name("operations." + op.Name + ".parameters", className, parameters, ClassMembers.Every.Concat(op.IsWebhook ? ClassMembers.Event : ClassMembers.Request), taken);
                var bound = parameters.Select((f, i) => new PropertyBinding(f.WireName, named[i], names.Shapes.Shape(f, null, op.IsWebhook)));
                if (body is not null) bound = bound.Concat(body.Fields.Select((f, i) => new PropertyBinding(f.WireName, bodyBound[i].Name, names.Shapes.Shape(f, null, op.IsWebhook))));
                operations.Add(new OperationBinding(op.Name, className, Naming.OperationMember(op), EquatableArray.From(bound)));
            }
            return operations;
        }

        /// <summary>Each endpoint's members on the client; a variants class is numbered past every type, client type and earlier variants class.</summary>
        private static void WithEndpointMembers(SpecNames names, List<OperationBinding> operations, ClientBinding client)
        {
            var taken = new HashSet<string>(client.Taken, StringComparer.Ordinal);
            var folded = new HashSet<string>(names.Folded.Keys, StringComparer.Ordinal);
            for (var i = 0; i < operations.Count; i++)
            {
                var op = names.Model.Operations[i];
                if (op.IsWebhook) continue;
                var (variants, members) = SuccessShapes.Of(op, names.Scope, names.TypeName, folded, taken);
                var info = Naming.OperationInfo(op);
                operations[i] = operations[i] with { Client = new EndpointMembers(info, Naming.Field(info), Naming.StatusRule(op), Naming.Field(Naming.StatusRule(op)), Naming.Inspect(op), variants, members) };
            }
        }

        /// <summary>The members of every enum and code table (made unique), and a code table's members on the client.</summary>
        private static List<ValueSetBinding> ValueSets(SpecNames names)
        {
            var valueSets = new List<ValueSetBinding>();
            foreach (var e in names.Model.Enums)
            {
                var name = names.Types[e.Name];
                var members = Naming.UniqueMembers(name, e.Values.Select(v => (CSharp.Literal(v.Value).Trim('"'), Naming.ValueMember(v.Value))));
                valueSets.Add(new ValueSetBinding(e.Name, name, EquatableArray.From(e.Values.Select((v, i) => new ValueMember(v.Value, members[i])))));
            }
            foreach (var t in names.Model.CodeTables)
            {
                var name = names.Types[t.Name];
                var isInt = t.Key == "int";
                // The suffix that disambiguates a member is the code as written in C# (an int code normalised: "007" → 7).
                string WireText(string code) => isInt ? int.Parse(code, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : CSharp.Literal(code).Trim('"');
                var members = Naming.UniqueMembers(name, t.Codes.Select(c => (WireText(c.Code), Naming.ValueMember(c.Meaning ?? c.Description ?? c.Code))));
                valueSets.Add(new ValueSetBinding(t.Name, name, EquatableArray.From(t.Codes.Select((c, i) => new ValueMember(c.Code, members[i]))), new CodeTableMembers(Naming.CodeOf(t), Naming.SuccessCodesOf(t), Naming.Field(Naming.SuccessCodesOf(t)))));
            }
            return valueSets;
        }

        /// <summary>
        /// The members a schema's properties must not take: every schema's, a variant's discriminator, and, for a schema
        /// that is an operation's body (its fields become the request's or event's properties), that class's name and members.
        /// </summary>
        private static IEnumerable<string> SchemaMembers(SpecNames names, SchemaSpec schema)
        {
            var members = new List<string>(ClassMembers.Every);
            members.AddRange(ClassMembers.Schema);
            if (names.Variants.Contains(schema.Name)) members.Add(ClassMembers.Discriminator);
            if (names.BodyOf.TryGetValue(schema.Name, out var operations))
            {
                foreach (var op in operations)
                {
                    members.Add(names.Classes[op.Name]);
                    members.AddRange(op.IsWebhook ? ClassMembers.Event : ClassMembers.Request);
                }
            }
            return members;
        }

        /// <summary>Members of a lookup's row struct besides its columns: a column named like one is numbered past it.</summary>
        private static readonly string[] RowMembers = new[] { "Index" }.Concat(ClassMembers.Object).ToArray();

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
