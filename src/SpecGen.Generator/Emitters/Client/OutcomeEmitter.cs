using SpecGen.Spec.Model;
using static SpecGen.Generator.Emitters.GlobalNames;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// Emits <c>Outcomes</c> on response bodies whose status is per item (the spec's body_status with a
    /// <c>[]</c> code, e.g. one result per receiver): each item accepted or rejected with its code-table
    /// entry, and whether all, some or none were accepted. Added as a partial of the schema's record.
    /// </summary>
    internal static class OutcomeEmitter
    {
        public static void Emit(SourceWriter w, TypeMap map, List<OperationSpec> endpoints, string client, HashSet<string> folded)
        {
            var done = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var op in endpoints)
            {
                var table = op.CodeTable is { } t ? map.Scope.CodeTable(t) : null;
                foreach (var r in op.Responses)
                {
                    if (r.IsArray || r.Body is not { } body || folded.Contains(body) || map.Scope.Schema(body) is not { } schema) continue;
                    if (ClientEmitter.EffectiveStatus(map, r) is not { ItemsPath: not null } status || done.Contains(body)) continue;
                    var code = ClientEmitter.FieldAt(map, schema, status.Code, out var owner, out var items);
                    var message = ClientEmitter.FieldAt(map, schema, status.Message, out var messageOwner, out _);
                    if (code is null || items is null) continue;
                    var name = map.Names.Type(body)!.Outcomes!;
                    done.Add(body);
                    var itemType = map.TypeName(owner.Name);
                    var outcomes = Http + "ItemOutcomes<" + itemType + ">";
                    var members = table is null ? null : map.Names.ValueSet(table.Name).Client!;
                    var lookup = members is null ? "null" : client + "." + members.CodeOf;
                    var success = members is null ? Http + "ResponseReaders.DefaultSuccessCodes" : client + "." + members.SuccessCodesOf;
                    var by = SourceWriter.Escape(status.Code!) + (table is null ? string.Empty : ", code table " + SourceWriter.Escape(table.Name));
                    var rawCode = ClientEmitter.RawExpression(map, code, "i");
                    var messageText = ClientEmitter.MessageExpression(map, messageOwner == owner ? message : null, "i");
                    w.Lines($$"""

                        public sealed partial record {{map.TypeName(body)}}
                        {
                            /// <summary>
                            /// Each item's outcome (by {{by}}): accepted, or rejected with its code-table entry;
                            /// <c>Acceptance</c> says whether all, some or none were accepted. Re-send only <c>Rejected</c> to retry the failures.
                            /// </summary>
                            public {{outcomes}} {{name}} => {{outcomes}}.Of({{map.PropertyName(items)}}, static i => {{rawCode}}, static i => {{messageText}}, {{lookup}}, {{success}});
                        }
                        """);
                }
            }
        }
    }
}
