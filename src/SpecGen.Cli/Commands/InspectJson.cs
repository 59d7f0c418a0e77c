using System.Text.Json;
using SpecGen.Spec;
using SpecGen.Spec.Model;

namespace SpecGen.Cli.Commands
{
    /// <summary>
    /// Writes the compiled model as JSON. The shape is a public contract (docs/inspect-json.md):
    /// add members, never rename or remove them.
    /// </summary>
    internal static class InspectJson
    {
        public static void Write(Utf8JsonWriter w, SpecCompilation compilation)
        {
            w.WriteStartObject();
            w.WriteNumber("format", 1);
            w.WriteStartArray("specs");
            foreach (var m in compilation.Models) Spec(w, m);
            w.WriteEndArray();
            Objects(w, "diagnostics", compilation.Diagnostics, d =>
            {
                w.WriteString("id", d.Id);
                w.WriteString("severity", d.IsError ? "error" : "warning");
                w.WriteString("message", d.Message);
                w.WriteString("file", d.File);
                w.WriteNumber("line", d.Line);
                w.WriteNumber("column", d.Column);
            });
            w.WriteEndObject();
        }

        /// <summary>An array of objects: one per item, its members written by <paramref name="members"/>.</summary>
        private static void Objects<T>(Utf8JsonWriter w, string name, System.Collections.Generic.IEnumerable<T> items, System.Action<T> members)
        {
            w.WriteStartArray(name);
            foreach (var item in items)
            {
                w.WriteStartObject();
                members(item);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        /// <summary>The spec's identity, written by a spec and by each of its operations.</summary>
        private static void Identity(Utf8JsonWriter w, SpecHeader header)
        {
            w.WriteString("provider", header.Provider);
            w.WriteString("version", header.Version);
        }

        private static void Opt(Utf8JsonWriter w, string name, string? value)
        {
            if (value is null) w.WriteNull(name);
            else w.WriteString(name, value);
        }

        private static void Strings(Utf8JsonWriter w, string name, System.Collections.Generic.IEnumerable<string> values)
        {
            w.WriteStartArray(name);
            foreach (var v in values) w.WriteStringValue(v);
            w.WriteEndArray();
        }

        /// <summary>An array of string arrays (lookup indexes and rows).</summary>
        private static void Arrays(Utf8JsonWriter w, string name, System.Collections.Generic.IEnumerable<EquatableArray<string>> arrays)
        {
            w.WriteStartArray(name);
            foreach (var values in arrays)
            {
                w.WriteStartArray();
                foreach (var v in values) w.WriteStringValue(v);
                w.WriteEndArray();
            }
            w.WriteEndArray();
        }

        private static void Spec(Utf8JsonWriter w, SpecModel m)
        {
            var h = m.Header;
            w.WriteStartObject();
            Identity(w, h);
            Opt(w, "title", h.Title);
            Opt(w, "namespace", h.Namespace);
            Opt(w, "document", h.Document);
            Opt(w, "base_url", h.BaseUrl);
            Opt(w, "method_override", h.MethodOverride);
            w.WritePropertyName("auth");
            if (h.Auth is { } auth)
            {
                w.WriteStartObject();
                w.WriteString("scheme", auth.Scheme);
                Objects(w, "fields", auth.Fields, f =>
                {
                    w.WriteString("name", f.Name);
                    w.WriteBoolean("secret", f.Secret);
                });
                Opt(w, "header", auth.Header);
                Opt(w, "query_parameter", auth.QueryParameter);
                w.WriteEndObject();
            }
            else w.WriteNullValue();

            Objects(w, "operations", m.Operations, o => Operation(w, m, o));

            Objects(w, "schemas", m.Schemas, s =>
            {
                w.WriteString("name", s.Name);
                Opt(w, "description", s.Description);
                Fields(w, "fields", s.Fields);
                Rules(w, s.Rules);
                Opt(w, "note", s.Note);
                BodyStatus(w, s.BodyStatus);
            });

            Objects(w, "unions", m.Unions, u =>
            {
                w.WriteString("name", u.Name);
                w.WriteString("discriminator", u.Discriminator);
                w.WriteStartObject("variants");
                foreach (var v in u.Variants) w.WriteString(v.Value, v.Schema);
                w.WriteEndObject();
            });

            Objects(w, "enums", m.Enums, e =>
            {
                w.WriteString("name", e.Name);
                w.WriteBoolean("open", e.Open);
                Objects(w, "values", e.Values, v =>
                {
                    w.WriteString("value", v.Value);
                    Opt(w, "description", v.Description);
                    Opt(w, "note", v.Note);
                });
            });

            Objects(w, "code_tables", m.CodeTables, t =>
            {
                w.WriteString("name", t.Name);
                w.WriteString("key", t.Key);
                w.WriteBoolean("open", t.Open);
                Opt(w, "source", t.Source);
                Strings(w, "success", t.SuccessCodes);
                Objects(w, "codes", t.Codes, c =>
                {
                    w.WriteString("code", c.Code);
                    Opt(w, "meaning", c.Meaning);
                    Opt(w, "description", c.Description);
                    Opt(w, "note", c.Note);
                });
                if (t.CSharpName is not null) w.WriteString("csharp", t.CSharpName);
            });

            Objects(w, "lookups", m.Lookups, l =>
            {
                w.WriteString("name", l.Name);
                Strings(w, "columns", l.Columns);
                Opt(w, "key", l.Key);
                Arrays(w, "indexes", l.Indexes);
                Arrays(w, "rows", l.Rows.Select(r => r.Values));
            });
            // Added: the C# names of the bindings (the generator's plan; no root namespace, as the CLI's emit).
            BindingJson.Write(w, SpecGen.Generator.Plan.BindingPlanner.Plan(m, null));
            w.WriteEndObject();
        }

        private static void Operation(Utf8JsonWriter w, SpecModel m, OperationSpec o)
        {
            w.WriteString("name", o.Name);
            Identity(w, m.Header);
            w.WriteString("kind", o.Kind);
            w.WriteString("method", o.Method);
            w.WriteString("path", o.Path);
            w.WriteString("encoding", o.Encoding);
            Opt(w, "source", o.Source);
            Opt(w, "summary", o.Summary);
            Opt(w, "body", o.Body);
            Opt(w, "code_table", o.CodeTable);
            Fields(w, "parameters", o.Parameters);
            Rules(w, o.Rules);
            Objects(w, "responses", o.Responses, r =>
            {
                w.WriteString("outcome", r.Outcome);
                w.WriteStartArray("status");
                foreach (var s in r.Statuses) w.WriteNumberValue(s);
                w.WriteEndArray();
                Opt(w, "body", r.Body);
                Strings(w, "formats", r.Formats);
                Opt(w, "variant", r.Variant);
                w.WriteBoolean("binary", r.IsBinary);
                Strings(w, "content_types", r.BinaryContentTypes);
                w.WriteBoolean("array", r.IsArray);
                BodyStatus(w, r.BodyStatus);
            });
            Opt(w, "note", o.Note);
            if (o.ContentTypes.Count > 0) Strings(w, "request_content_types", o.ContentTypes);
            if (o.CSharpName is not null) w.WriteString("csharp", o.CSharpName);
        }

        private static void BodyStatus(Utf8JsonWriter w, BodyStatusSpec? status)
        {
            if (status is null) return;
            w.WriteStartObject("body_status");
            Opt(w, "code", status.Code);
            Opt(w, "message", status.Message);
            Strings(w, "requires", status.Requires);
            Opt(w, "note", status.Note);
            w.WriteEndObject();
        }

        private static void Fields(Utf8JsonWriter w, string name, EquatableArray<FieldSpec> fields) =>
            Objects(w, name, fields, f =>
            {
                w.WriteString("name", f.WireName);
                w.WriteString("type", f.Type.ToString());
                w.WriteBoolean("required", f.Required);
                Opt(w, "default", f.Default);
                Opt(w, "description", f.Description);
                if (f.List is { } list) Strings(w, "separators", list.Separators);
                if (f.TimeZone is { } zone) w.WriteString("time_zone", zone);
                Rules(w, f.Rules);
                Opt(w, "note", f.Note);
            });

        private static void Rules(Utf8JsonWriter w, EquatableArray<RuleSpec> rules) =>
            Objects(w, "rules", rules, r =>
            {
                w.WriteString("kind", r.Kind);
                if (r.Target is not null) w.WriteString("target", r.Target);
                if (r.Values.Count > 0) Strings(w, "values", r.Values);
                if (r.Min is { } min) w.WriteNumber("min", min);
                if (r.Max is { } max) w.WriteNumber("max", max);
                if (r.Format is not null) w.WriteString("format", r.Format);
                if (r.Pattern is not null) w.WriteString("pattern", r.Pattern);
                if (r.Right is not null) w.WriteString("right", r.Right);
                if (r.Operator is not null) w.WriteString("op", r.Operator);
                if (r.When is { } when) { w.WritePropertyName("when"); Condition(w, when); }
                if (r.Note is not null) w.WriteString("note", r.Note);
            });

        private static void Condition(Utf8JsonWriter w, ConditionSpec c)
        {
            w.WriteStartObject();
            w.WriteString("kind", c.Kind);
            if (c.Field is not null) w.WriteString("field", c.Field);
            if (c.Values.Count > 0) Strings(w, "values", c.Values);
            if (c.Kind == ConditionKinds.Present) w.WriteBoolean("present", c.Present);
            if (c.Count is { } count) w.WriteNumber("count", count);
            if (c.Inner is { } inner) { w.WritePropertyName("inner"); Condition(w, inner); }
            w.WriteEndObject();
        }
    }
}
