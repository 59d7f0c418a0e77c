using System;
using System.Collections.Generic;
using System.Linq;
using SpecGen.Generator.Plan;
using SpecGen.Spec;
using SpecGen.Spec.Model;
using Xunit;

namespace SpecGen.Generator.Tests;

/// <summary>The binding plan: every C# name decided once, and the emitted code using exactly those names.</summary>
public class PlanTests
{
    private const string Header = "spec: 1\nprovider: acme\nversion: v1\nbase_url: https://api.acme.test/v1\nstrip_prefix: acme-\n";

    private static SpecModel Bundled(string id)
    {
        var compilation = SpecCompiler.Compile(RepoFiles.SpecFiles().Select(f => new KeyValuePair<string, string>(f.Path, f.Text)));
        return compilation.Models.Single(m => m.Id == id);
    }

    private static SpecModel AdHoc(string yaml)
    {
        var compilation = SpecCompiler.Compile(new[] { new KeyValuePair<string, string>("/specs/acme/v1/api.yaml", Header + yaml) });
        Assert.DoesNotContain(compilation.Diagnostics, d => d.IsError);
        return Assert.Single(compilation.Models);
    }

    private static string Op(string name, string extra = "", string body = "") => $"""
          {name}:
            kind: endpoint
            method: POST
            path: /{name}
            encoding: {(body.Length > 0 ? "json" : "form")}
        {extra}{(body.Length > 0 ? "    body: " + body + "\n" : string.Empty)}    responses:
              - outcome: success
                status: 200

        """;

    [Fact]
    public void Every_type_the_generator_declares_is_named_in_the_plan()
    {
        var model = Bundled("mocean/v2");
        var plan = BindingPlanner.Plan(model, null);
        var sources = string.Concat(Emitters.GeneratedSources.Emit(model).Select(f => f.Value));
        var declared = System.Text.RegularExpressions.Regex.Matches(sources, @"(?m)^(?:public|internal) (?:[a-z]+ )*(?:record|class|struct|interface) (\w+)")
            .Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        var planned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in plan.Types.Where(t => t.FoldedInto is null)) { planned.Add(t.TypeName); if (t.Sequence is { } s) planned.Add(s); if (t.Unknown is { } u) planned.Add(u); }
        foreach (var o in plan.Operations) planned.Add(o.ClassName);
        foreach (var l in plan.Lookups) { planned.Add(l.ClassName); planned.Add(l.RowName); planned.Add(l.RowsName); }
        planned.UnionWith(new[] { plan.Client.Client, plan.Client.Shapes, plan.Client.Credentials, plan.Client.Options, plan.Client.Webhooks });
        foreach (var o in plan.Operations) { if (o.Client?.Variants is { } v) planned.Add(v); }

        // Every planned name is declared, and every declared type is planned (success variants included).
        Assert.Empty(planned.Except(declared));
        Assert.Empty(declared.Except(planned));
        Assert.Contains("NumberLookupVariants", planned);
        Assert.Equal("Mocean.V2", plan.Namespace);
        Assert.Contains(plan.Types, t => t.SpecName == "McAction" && t.TypeName == "IMcAction" && t.Sequence == "McActionSequence" && t.Unknown == "UnknownMcAction");
    }

    [Fact]
    public void Property_and_member_names_in_the_plan_are_the_ones_emitted()
    {
        var model = Bundled("mocean/v2");
        var plan = BindingPlanner.Plan(model, null);
        var sources = string.Concat(Emitters.GeneratedSources.Emit(model).Select(f => f.Value));

        var send = Assert.Single(plan.Operations, o => o.Name == "send_sms");
        Assert.Equal("SendSmsRequest", send.ClassName);
        Assert.Equal("SendSmsAsync", send.Member);
        Assert.Contains(send.Properties, p => p.Wire == "mocean-to" && p.Name == "To");   // strip_prefix applied
        Assert.Contains(" SendSmsAsync(SendSmsRequest request", sources);
        foreach (var set in plan.ValueSets)
        {
            foreach (var m in set.Members.Where(m => m.Member is not null)) Assert.Contains("public static " + set.TypeName + " " + m.Member + " => ", sources);
        }
    }

    [Fact]
    public void The_root_namespace_moves_the_namespace_and_nothing_else()
    {
        var model = Bundled("oca/v1");
        var plain = BindingPlanner.Plan(model, null);
        var rooted = BindingPlanner.Plan(model, "Contoso.Gateways");

        Assert.Equal("Contoso.Gateways." + plain.Namespace, rooted.Namespace);
        Assert.Equal(plain with { Namespace = rooted.Namespace }, rooted);
        // Value equality: a plan made again from an equal model is equal (the pipeline caches on it).
        Assert.Equal(plain, BindingPlanner.Plan(Bundled("oca/v1"), null));
        Assert.Equal(plain.GetHashCode(), BindingPlanner.Plan(Bundled("oca/v1"), null).GetHashCode());
    }

    [Fact]
    public void Client_types_are_numbered_past_spec_types_of_the_same_name()
    {
        var model = AdHoc("operations:\n" + Op("ping") + "schemas:\n  AcmeV1Client:\n    fields:\n      id: { type: string }\n  AcmeV1Client2:\n    fields:\n      id: { type: string }\n");
        var plan = BindingPlanner.Plan(model, null);

        Assert.Equal("AcmeV1Client3", plan.Client.Client);
        Assert.Equal("AcmeV1ClientOptions", plan.Client.Options);
        Assert.Contains("AcmeV1Client", plan.Client.Taken);
        Assert.Contains("public sealed partial class AcmeV1Client3", string.Concat(Emitters.GeneratedSources.Emit(model).Select(f => f.Value)));
    }

    [Fact]
    public void A_body_schema_named_like_its_operation_class_is_folded_into_it()
    {
        var model = AdHoc("operations:\n" + Op("create_thing", body: "CreateThingRequest") + Op("update_thing", body: "Thing")
            + "schemas:\n  CreateThingRequest:\n    fields:\n      name: { type: string }\n  Thing:\n    fields:\n      name: { type: string }\n");
        var plan = BindingPlanner.Plan(model, null);

        Assert.Equal("create_thing", Assert.Single(plan.Types, t => t.SpecName == "CreateThingRequest").FoldedInto);
        Assert.Null(Assert.Single(plan.Types, t => t.SpecName == "Thing").FoldedInto);
        var sources = string.Concat(Emitters.GeneratedSources.Emit(model).Select(f => f.Value));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(sources, @"partial record CreateThingRequest\b"));
    }

    [Fact]
    public void Value_members_that_collide_get_their_value_appended_and_reserved_names_are_avoided()
    {
        var model = AdHoc("operations:\n" + Op("ping") + """
            enums:
              Level:
                values:
                  - value: a b
                  - value: a-b
                  - value: value
                  - value: is known
            """ + "\n");
        var set = Assert.Single(BindingPlanner.Plan(model, null).ValueSets);

        Assert.Equal(new[] { "AB", "AB_AB", "Value_Value", "IsKnown_IsKnown" }, set.Members.Select(m => m.Member));
        Assert.Equal(new[] { "a b", "a-b", "value", "is known" }, set.Members.Select(m => m.Value));
    }

    [Fact]
    public void An_operation_csharp_name_names_its_class_and_keeps_the_method()
    {
        var model = AdHoc("operations:\n" + Op("verify_request", "    csharp: VerifyRequest\n"));
        var op = Assert.Single(BindingPlanner.Plan(model, null).Operations);

        Assert.Equal("VerifyRequest", op.ClassName);
        Assert.Equal("VerifyRequestAsync", op.Member);
        var sources = string.Concat(Emitters.GeneratedSources.Emit(model).Select(f => f.Value));
        Assert.Contains("public sealed partial record VerifyRequest\n", sources);
        Assert.Contains(" VerifyRequestAsync(VerifyRequest request", sources);
        Assert.DoesNotContain("VerifyRequestRequest", sources);
    }

    [Theory]
    [InlineData("Verify Request")]
    [InlineData("1Verify")]
    [InlineData("Verify-Request")]
    public void An_operation_csharp_name_that_is_no_identifier_is_reported_where_it_is_written(string name)
    {
        var yaml = Header + "operations:\n" + Op("verify_request", "    csharp: \"" + name + "\"\n");
        var compilation = SpecCompiler.Compile(new[] { new KeyValuePair<string, string>("/specs/acme/v1/api.yaml", yaml) });

        var d = Assert.Single(compilation.Diagnostics, d => d.IsError);
        Assert.Equal("SG1104", d.Id);
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(l => l.Contains("csharp:")) + 1, d.Line);
        Assert.Contains("'csharp' of operation verify_request", d.Message);
    }

    [Theory]
    [InlineData("class")]
    [InlineData("Sender Name")]
    [InlineData("9Lives")]
    [InlineData("Sender.Name")]
    public void A_field_csharp_name_that_is_no_identifier_is_reported_where_it_is_written_and_the_derived_name_kept(string name)
    {
        var extra = "    parameters:\n      acme-from: { type: string, csharp: \"" + name + "\" }\n";
        var yaml = Header + "operations:\n" + Op("send", extra);
        var compilation = SpecCompiler.Compile(new[] { new KeyValuePair<string, string>("/specs/acme/v1/api.yaml", yaml) });

        var d = Assert.Single(compilation.Diagnostics, d => d.IsError);
        Assert.Equal("SG1104", d.Id);
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(l => l.Contains("csharp:")) + 1, d.Line);
        Assert.Contains("'csharp' of", d.Message);
        Assert.Contains("acme-from", d.Message);
        // Read on its own (as the CLI's check does), the field keeps its derived name.
        var field = Assert.Single(Assert.Single(compilation.Models).Operations.Single().Parameters);
        Assert.Null(field.CSharpName);
    }

    [Fact]
    public void A_field_csharp_name_names_its_property()
    {
        var model = AdHoc("operations:\n" + Op("send", "    parameters:\n      acme-from: { type: string, csharp: Sender }\n"));
        var op = Assert.Single(BindingPlanner.Plan(model, null).Operations);
        Assert.Equal("Sender", Assert.Single(op.Properties).Name);
    }

    [Fact]
    public void A_code_table_csharp_name_names_its_type_everywhere_it_is_used()
    {
        var model = AdHoc("operations:\n" + Op("ping", "    code_table: error_code\n") + """
            code_tables:
              error_code:
                csharp: ErrorCode
                key: int
                codes:
                  - { code: 0, meaning: OK }
                  - { code: 7, meaning: Error code }
            """ + "\n");
        var plan = BindingPlanner.Plan(model, null);

        Assert.Equal("ErrorCode", Assert.Single(plan.Types).TypeName);
        // The type's own name is reserved among its members: the meaning "Error code" gets its code appended (as an identifier: _7).
        Assert.Equal(new[] { "OK", "ErrorCode__7" }, Assert.Single(plan.ValueSets).Members.Select(m => m.Member));
        var sources = string.Concat(Emitters.GeneratedSources.Emit(model).Select(f => f.Value));
        Assert.Contains("public readonly partial struct ErrorCode ", sources);
        Assert.Contains("new ErrorCode(n)", sources);   // the client's code lookup uses the plan's name
        Assert.DoesNotContain("ErrorCodeCode", sources);
    }

    [Fact]
    public void Success_variants_lookup_members_and_client_members_are_named_in_the_plan_and_emitted_as_named()
    {
        var model = Bundled("mocean/v2");
        var plan = BindingPlanner.Plan(model, null);
        var sources = string.Concat(Emitters.GeneratedSources.Emit(model).Select(f => f.Value));

        var recording = Assert.Single(plan.Operations, o => o.Name == "voice_recording").Client!;
        Assert.Equal("VoiceRecordingVariants", recording.Variants);
        Assert.Equal(new[] { "Recording", "Json" }, recording.ResponseMembers.Select(m => m.Property).Distinct());
        Assert.Contains("public global::SpecGen.Runtime.Http.BinaryContent? Recording { get; init; }", sources);
        Assert.Equal("VoiceRecordingOperation", recording.Info);
        Assert.Contains("private static global::SpecGen.Runtime.Http.OperationInfo? " + recording.InfoField + ";", sources);
        // A single success shape has no variants class and no members.
        var send = Assert.Single(plan.Operations, o => o.Name == "send_sms").Client!;
        Assert.Null(send.Variants);
        Assert.Empty(send.ResponseMembers);

        var networks = Assert.Single(plan.Lookups);
        Assert.Equal(new[] { "NetworkCode", "CountryCode", "CountryName", "Operator", "Mcc", "Mnc" }, networks.Columns);
        Assert.Equal("TryGetByNetworkCode", networks.KeyMethod);
        Assert.Equal(new[] { "ByMccAndMnc", "ByCountryCode" }, networks.Indexes.Select(i => i.Method));
        Assert.Equal(new[] { "mcc", "mnc" }, networks.Indexes[0].Parameters);
        Assert.Equal("mccMnc", networks.Indexes[0].JoinedParameter);
        Assert.Contains("public static NetworksRows ByMccAndMnc(global::System.ReadOnlySpan<char> mcc, global::System.ReadOnlySpan<char> mnc)", sources);

        // The client has a code lookup for each table an endpoint names.
        var used = model.Operations.Where(o => !o.IsWebhook && o.CodeTable is not null).Select(o => o.CodeTable!).ToHashSet();
        Assert.NotEmpty(used);
        foreach (var table in plan.ValueSets.Where(v => used.Contains(v.SpecName)))
        {
            Assert.Contains("internal static global::SpecGen.Runtime.Http.GatewayCode? " + table.Client!.CodeOf + "(string raw)", sources);
            Assert.Contains("internal static string[] " + table.Client.SuccessCodesOf + " => " + table.Client.SuccessCodesField + " ??= ", sources);
        }
        Assert.Equal(new[] { "ApiKey", "ApiSecret" }, plan.Client.CredentialKeys);
        Assert.Equal(new[] { "apiKey", "apiSecret" }, plan.Client.CredentialParameters);
        Assert.Contains("CreateCredentials(string apiKey, string apiSecret) => ", sources);
    }

    [Fact]
    public void A_lookup_column_named_like_a_row_member_is_numbered_and_the_table_compiles()
    {
        var model = AdHoc("operations:\n" + Op("ping") + """
            lookups:
              codes:
                source: own
                columns: [index, code, code_span, to_string]
                key: code
                indexes: [[index], [index]]
                rows:
                  - ["1", "a", "x", "y"]
            """ + "\n");
        var lookup = Assert.Single(BindingPlanner.Plan(model, null).Lookups);

        Assert.Equal(new[] { "Index2", "Code", "CodeSpan2", "ToString2" }, lookup.Columns);
        Assert.Equal(new[] { "ByIndex", "ByIndex2" }, lookup.Indexes.Select(i => i.Method));
        var assembly = AdHocSpecs.Load(("/specs/acme/v1/api.yaml", Header + "operations:\n" + Op("ping") + """
            lookups:
              codes:
                source: own
                columns: [index, code, code_span, to_string]
                key: code
                rows:
                  - ["1", "a", "x", "y"]
            """ + "\n"));
        var row = assembly.GetType("Acme.V1.CodesRow", throwOnError: true)!;
        Assert.NotNull(row.GetProperty("Index2"));
        Assert.NotNull(row.GetProperty("CodeSpan2"));
    }

    [Fact]
    public void Every_property_is_declared_with_the_shape_the_plan_gives_it()
    {
        foreach (var id in new[] { "mocean/v2", "oca/v1", "mobtexting/v2" })
        {
            var model = Bundled(id);
            var plan = BindingPlanner.Plan(model, null);
            var sources = string.Concat(Emitters.GeneratedSources.Emit(model).Select(f => f.Value));
            var properties = plan.Types.Where(t => t.FoldedInto is null).SelectMany(t => t.Properties).Concat(plan.Operations.SelectMany(o => o.Properties)).ToList();
            Assert.NotEmpty(properties);
            foreach (var p in properties)
            {
                var s = p.Shape;
                var declaration = s.Fixed is { } value
                    ? "public string " + p.Name + " => \"" + value + "\";"
                    : "public " + (s.Required ? "required " : string.Empty) + s.Type + (s.Nullable ? "?" : string.Empty) + " " + p.Name + " { get; init; }";
                Assert.True(sources.Contains(declaration, StringComparison.Ordinal), id + ": " + declaration);
                // The shape's facts agree with each other.
                Assert.False(s.Required && s.Nullable);
                Assert.Equal(s.Collection == PropertyCollections.OneOrMany, s.Type.StartsWith("global::SpecGen.Runtime.Wire.OneOrMany<", StringComparison.Ordinal));
                Assert.Equal(s.Collection == PropertyCollections.List, s.Type.StartsWith("global::System.Collections.Generic.IReadOnlyList<", StringComparison.Ordinal));
            }
            // Read from the wire: every property of a wire-side type is optional.
            Assert.All(plan.Types.Where(t => t.WireSide).SelectMany(t => t.Properties), p => Assert.False(p.Shape.Required));
        }
    }

    [Fact]
    public void The_bundled_specs_have_no_stuttering_type_names()
    {
        var compilation = SpecCompiler.Compile(RepoFiles.SpecFiles().Select(f => new KeyValuePair<string, string>(f.Path, f.Text)));
        var stutters = new List<string>();
        foreach (var model in compilation.Models)
        {
            var plan = BindingPlanner.Plan(model, null);
            var names = plan.Types.Select(t => t.TypeName).Concat(plan.Operations.Select(o => o.ClassName));
            foreach (var name in names)
            {
                var words = System.Text.RegularExpressions.Regex.Matches(name, "[A-Z][a-z0-9]*").Select(m => m.Value).ToList();
                if (words.Distinct(StringComparer.Ordinal).Count() != words.Count) stutters.Add(model.Id + ": " + name);
            }
        }
        Assert.Empty(stutters);
    }
}
