using System.Text.Json;
using SpecGen.Generator.Plan;

namespace SpecGen.Cli.Commands
{
    /// <summary>
    /// Writes a spec's binding plan (the C# names the generator gives it) as the <c>binding</c> member of a spec in
    /// <c>specgen inspect --json</c>. The names are the plan's own, so this output and a build cannot disagree.
    /// Every key is always written (null when it does not apply), so readers see one shape.
    /// </summary>
    internal static class BindingJson
    {
        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static void Write(Utf8JsonWriter w, BindingPlan plan)
        {
            var c = plan.Client;
            var binding = new
            {
                @namespace = plan.Namespace,
                client = new { client = c.Client, options = c.Options, credentials = c.Credentials, shapes = c.Shapes, webhooks = c.Webhooks },
                types = plan.Types.Select(t => new { spec_name = t.SpecName, kind = t.Kind, name = t.TypeName, folded_into = t.FoldedInto, sequence = t.Sequence, unknown = t.Unknown, wire_side = t.WireSide, properties = Properties(t.Properties) }),
                operations = plan.Operations.Select(o => new { name = o.Name, @class = o.ClassName, member = o.Member, properties = Properties(o.Properties) }),
                value_sets = plan.ValueSets.Select(v => new { spec_name = v.SpecName, name = v.TypeName, members = v.Members.Select(m => new { value = m.Value, member = m.Member }) }),
                lookups = plan.Lookups.Select(l => new
                {
                    spec_name = l.SpecName,
                    @class = l.ClassName,
                    row = l.RowName,
                    rows = l.RowsName,
                    columns = l.Columns,
                    key_method = l.KeyMethod,
                    indexes = l.Indexes.Select(i => new { method = i.Method, parameters = i.Parameters, joined_parameter = i.JoinedParameter }),
                }),
            };
            w.WritePropertyName("binding");
            JsonSerializer.Serialize(w, binding, Options);
        }

        private static object Properties(SpecGen.Spec.Model.EquatableArray<PropertyBinding> properties) => properties.Select(p => new { wire = p.Wire, name = p.Name, shape = Shape(p.Shape) });

        private static object Shape(PropertyShape s) => new
        {
            type = s.Type,
            nullable = s.Nullable,
            required = s.Required,
            collection = s.Collection,
            element = s.Element,
            value_type = s.IsValueType,
            @fixed = s.Fixed,
        };
    }
}
