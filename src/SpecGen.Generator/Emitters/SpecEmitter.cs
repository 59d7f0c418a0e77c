using SpecGen.Generator.Plan;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Emitters
{
    /// <summary>Emits all files of one spec: hint name → source text.</summary>
    internal static class SpecEmitter
    {
        /// <summary>Operations per generated file: few files for a large spec, files of a few hundred KB at most.</summary>
        private const int OperationsPerFile = 64;

        public static List<KeyValuePair<string, string>> Emit(SpecModel model, string? rootNamespace, bool dependencyInjection = false) => Emit(model, rootNamespace, dependencyInjection, System.Threading.CancellationToken.None);

        /// <summary>Emits every file of <paramref name="model"/>; <paramref name="cancellationToken"/> is honoured before each file.</summary>
        public static List<KeyValuePair<string, string>> Emit(SpecModel model, string? rootNamespace, bool dependencyInjection, System.Threading.CancellationToken cancellationToken) =>
            Emit(model, BindingPlanner.Plan(model, rootNamespace, cancellationToken), dependencyInjection, cancellationToken);

        /// <summary>Emits every file of <paramref name="model"/> with the names of its <paramref name="plan"/>.</summary>
        public static List<KeyValuePair<string, string>> Emit(SpecModel model, BindingPlan plan, bool dependencyInjection, System.Threading.CancellationToken cancellationToken)
        {
            var ns = plan.Namespace;
            var map = new TypeMap(model, plan);
            var schemas = new SchemaEmitter(map);
            var operations = new OperationEmitter(map, schemas);
            var hint = plan.HintPrefix;
            var files = new List<KeyValuePair<string, string>>();

            void File(string kind, System.Action<SourceWriter> body)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var w = new SourceWriter();
                Generated.Header(w, ns);
                body(w);
                files.Add(new KeyValuePair<string, string>(hint + "." + kind + ".g.cs", w.ToString()));
            }

            if (model.Enums.Count > 0) File("Enums", w => { foreach (var e in model.Enums) { ValueTypeEmitter.EmitEnum(w, map, e); w.Line(); } });
            if (model.CodeTables.Count > 0) File("CodeTables", w => { foreach (var t in model.CodeTables) { ValueTypeEmitter.EmitCodeTable(w, map, t); w.Line(); } });
            if (model.Unions.Count > 0) File("Unions", w => { foreach (var u in model.Unions) { schemas.EmitUnion(w, u); w.Line(); } });
            // A body schema named like its operation's class ("SendSmsRequest") is emitted once, as that class (the plan decides).
            var own = model.Schemas.Where(s => !map.Names.IsFolded(s.Name)).ToList();
            foreach (var part in SchemaFiles.Split(own, s => map.TypeName(s.Name)))
            {
                File("Schemas." + part.Name, w => { foreach (var s in part.Schemas) { schemas.EmitSchema(w, s); w.Line(); } });
            }
            // Operations share files (OperationsPerFile each): with one file per operation, every unrelated edit cost
            // the compiler's generator driver time growing with the square of the number of files (SpecGen.Benchmarks).
            Grouped("Requests", model.Operations.Where(o => !o.IsWebhook).ToList());
            Grouped("Webhooks", model.Operations.Where(o => o.IsWebhook).ToList());
            if (model.Operations.Count > 0) File("Client", w => ClientEmitter.Emit(w, map, model));
            if (dependencyInjection && DependencyInjectionEmitter.Applies(model)) File("DependencyInjection", w => DependencyInjectionEmitter.Emit(w, map, model));
            foreach (var lookup in model.Lookups)
            {
                var names = map.Names.Lookup(lookup.Name);
                File("Lookups." + names.ClassName, w => LookupEmitter.Emit(w, lookup, names));
            }
            return files;

            void Grouped(string kind, List<OperationSpec> ops)
            {
                for (var start = 0; start < ops.Count; start += OperationsPerFile)
                {
                    var part = ops.Skip(start).Take(OperationsPerFile).ToList();
                    var name = ops.Count <= OperationsPerFile ? kind : kind + "." + (start / OperationsPerFile + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    File(name, w =>
                    {
                        for (var i = 0; i < part.Count; i++)
                        {
                            if (i > 0) w.Line();
                            operations.Emit(w, part[i]);
                        }
                    });
                }
            }
        }
    }
}
