using System.Text.Json;
using SpecGen.Generator.Plan;

namespace SpecGen.Cli.Commands
{
    /// <summary>
    /// Writes a spec's binding plan (the C# names the generator gives it) as the <c>binding</c> member of a spec in
    /// <c>specgen inspect --json</c>. The names are the plan's own, so this output and a build cannot disagree.
    /// </summary>
    internal static class BindingJson
    {
        public static void Write(Utf8JsonWriter w, BindingPlan plan)
        {
            w.WriteStartObject("binding");
            w.WriteString("namespace", plan.Namespace);
            var c = plan.Client;
            w.WriteStartObject("client");
            w.WriteString("client", c.Client);
            w.WriteString("options", c.Options);
            w.WriteString("credentials", c.Credentials);
            w.WriteString("shapes", c.Shapes);
            w.WriteString("webhooks", c.Webhooks);
            w.WriteEndObject();

            w.WriteStartArray("types");
            foreach (var t in plan.Types)
            {
                w.WriteStartObject();
                w.WriteString("spec_name", t.SpecName);
                w.WriteString("kind", t.Kind);
                w.WriteString("name", t.TypeName);
                if (t.FoldedInto is not null) w.WriteString("folded_into", t.FoldedInto);
                if (t.Sequence is not null) w.WriteString("sequence", t.Sequence);
                if (t.Unknown is not null) w.WriteString("unknown", t.Unknown);
                if (t.Kind == TypeKinds.Schema) Properties(w, t.Properties);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("operations");
            foreach (var o in plan.Operations)
            {
                w.WriteStartObject();
                w.WriteString("name", o.Name);
                w.WriteString("class", o.ClassName);
                w.WriteString("member", o.Member);
                Properties(w, o.Properties);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("value_sets");
            foreach (var v in plan.ValueSets)
            {
                w.WriteStartObject();
                w.WriteString("spec_name", v.SpecName);
                w.WriteString("name", v.TypeName);
                w.WriteStartArray("members");
                foreach (var m in v.Members)
                {
                    w.WriteStartObject();
                    w.WriteString("value", m.Value);
                    if (m.Member is null) w.WriteNull("member");
                    else w.WriteString("member", m.Member);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("lookups");
            foreach (var l in plan.Lookups)
            {
                w.WriteStartObject();
                w.WriteString("spec_name", l.SpecName);
                w.WriteString("class", l.ClassName);
                w.WriteString("row", l.RowName);
                w.WriteString("rows", l.RowsName);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }

        private static void Properties(Utf8JsonWriter w, SpecGen.Spec.Model.EquatableArray<PropertyBinding> properties)
        {
            w.WriteStartArray("properties");
            foreach (var p in properties)
            {
                w.WriteStartObject();
                w.WriteString("wire", p.Wire);
                w.WriteString("name", p.Name);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
    }
}
