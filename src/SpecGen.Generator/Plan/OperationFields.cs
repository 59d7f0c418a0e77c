using SpecGen.Spec.Checking;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Plan
{
    /// <summary>Which fields an operation's class has: its parameters (credentials excluded), then its body schema's fields.</summary>
    internal static class OperationFields
    {
        /// <summary>The parameters that are properties: credentials travel from the client, not the request.</summary>
        public static List<FieldSpec> Parameters(OperationSpec op, SpecHeader header)
        {
            var auth = header.Auth?.Fields.Select(f => f.Name).ToList() ?? new List<string>();
            return op.Parameters.Where(p => !auth.Contains(p.WireName)).ToList();
        }

        /// <summary>The schema whose fields the class also carries (a body of a named schema), or null.</summary>
        public static SchemaSpec? Body(OperationSpec op, TypeScope scope) => op.Body is { } body ? scope.Schema(body) : null;

        /// <summary>Every field of the class, in declaration order.</summary>
        public static List<FieldSpec> Of(OperationSpec op, SpecHeader header, TypeScope scope)
        {
            var fields = Parameters(op, header);
            if (Body(op, scope) is { } schema) fields.AddRange(schema.Fields);
            return fields;
        }
    }
}
