using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecGen.Spec;
using SpecGen.Spec.Model;
using Xunit;

namespace SpecGen.Cli.Tests;

/// <summary><c>specgen import openapi</c> over Vonage's SMS, Verify and Number Insight documents.</summary>
public class ImportTests
{
    private static SpecModel Model(string name)
    {
        var compilation = SpecCompiler.Compile(new[] { new KeyValuePair<string, string>(ImportedSpecs.File(name).Path, ImportedSpecs.File(name).Text) });
        Assert.True(compilation.Diagnostics.Count == 0, string.Join("\n", compilation.Diagnostics));
        return compilation.Models.Single();
    }

    [Theory]
    [InlineData("sms")]
    [InlineData("verify")]
    [InlineData("number-insight")]
    public void Each_document_imports_to_a_spec_without_any_diagnostic(string name)
    {
        var model = Model(name);
        Assert.NotEmpty(model.Operations);
    }

    [Theory]
    [InlineData("sms")]
    [InlineData("verify")]
    [InlineData("number-insight")]
    public void Every_warning_has_a_json_pointer_and_is_kept_as_a_note(string name)
    {
        var result = ImportedSpecs.Get(name);
        Assert.NotEmpty(result.Warnings);
        foreach (var w in result.Warnings)
        {
            Assert.StartsWith("#/", w.Pointer);
            // Notes quote the pointer; YAML double-quoted text escapes only quotes and backslashes here.
            Assert.Contains("OpenAPI " + w.Pointer, result.Yaml.Replace("\\\\", "\\"));
        }
    }

    [Fact]
    public void Sms_constraints_become_rules()
    {
        var send = Model("sms").Operations.Single(o => o.Name == "send_an_sms");
        Assert.Equal("form", send.Encoding);
        var ttl = send.Parameters.Single(p => p.WireName == "ttl");
        Assert.Equal("int", ttl.Type.Name);
        var range = ttl.Rules.Single(r => r.Kind == RuleKinds.Range);
        Assert.Equal(20000m, range.Min);
        Assert.Equal(604800000m, range.Max);
        Assert.Equal("259200000", ttl.Default);
        var to = send.Parameters.Single(p => p.WireName == "to");
        Assert.True(to.Required);
        Assert.Equal(@"\d{7,15}", to.Rules.Single(r => r.Kind == RuleKinds.Pattern).Pattern);
        Assert.Equal(7m, to.Rules.Single(r => r.Kind == RuleKinds.Length).Min);
        var format = send.Parameters.Single(p => p.WireName == "format");
        Assert.Equal("path", format.In);
        Assert.Equal(new[] { "json", "xml" }, format.Rules.Single(r => r.Kind == RuleKinds.Allowed).Values.AsArray());
        var messageClass = send.Parameters.Single(p => p.WireName == "message-class");
        Assert.Equal(new[] { "0", "1", "2", "3" }, messageClass.Rules.Single(r => r.Kind == RuleKinds.Allowed).Values.AsArray());
    }

    [Fact]
    public void Sms_callbacks_and_x_webhooks_become_webhooks_and_x_errors_a_code_table()
    {
        var model = Model("sms");
        var dlr = model.Operations.Single(o => o.Name == "delivery_receipt");
        Assert.True(dlr.IsWebhook);
        Assert.Equal("DeliveryReceipt", dlr.Body);
        var inbound = model.Operations.Single(o => o.Name == "inbound_sms");
        Assert.True(inbound.IsWebhook);
        Assert.Equal("/webhooks/inbound-sms", inbound.Path);
        Assert.Contains("{$request.body#/callback}", inbound.Note);
        var errors = model.CodeTables.Single(t => t.Name == "errors");
        Assert.Equal("int", errors.Key);
        Assert.Contains(errors.Codes, c => c.Code == "29" && c.Meaning == "Non-Whitelisted Destination");
        // x-possible-values on the receipt's status is an open value set.
        var status = model.Schemas.Single(s => s.Name == "DeliveryReceipt").Fields.Single(f => f.WireName == "status");
        var set = model.Enums.Single(e => e.Name == status.Type.Name);
        Assert.True(set.Open);
        Assert.Contains(set.Values, v => v.Value == "delivered");
    }

    [Fact]
    public void Sms_oneOf_without_discriminator_is_one_response_per_alternative_and_xml_is_a_format()
    {
        var send = Model("sms").Operations.Single(o => o.Name == "send_an_sms");
        Assert.Equal(new[] { "success SMS", "error Error" }, send.Responses.Select(r => r.Outcome + " " + r.Body).ToArray());
        Assert.All(send.Responses, r => Assert.Equal(new[] { "json", "xml" }, r.Formats.AsArray()));
        Assert.Contains(ImportedSpecs.Get("sms").Warnings, w => w.Construct == "distinct XML schema");
        // XML element names that differ from the JSON name are read through aliases.
        var message = Model("sms").Schemas.Single(s => s.Name == "Message");
        Assert.Equal(new[] { "messageId" }, message.Fields.Single(f => f.WireName == "message-id").Aliases.AsArray());
        Assert.Equal("mt-submission-response", Model("sms").Schemas.Single(s => s.Name == "SMSXml").XmlRoot);
    }

    [Fact]
    public void Verify_enums_and_ranges()
    {
        var request = Model("verify").Operations.Single(o => o.Name == "verify_request");
        var codeLength = request.Parameters.Single(p => p.WireName == "code_length");
        Assert.Equal("int", codeLength.Type.Name);
        Assert.Equal(new[] { "4", "6" }, codeLength.Rules.Single(r => r.Kind == RuleKinds.Allowed).Values.AsArray());
        var pinExpiry = request.Parameters.Single(p => p.WireName == "pin_expiry").Rules.Single(r => r.Kind == RuleKinds.Range);
        Assert.Equal((60m, 3600m), (pinExpiry.Min!.Value, pinExpiry.Max!.Value));
        Assert.Equal(18m, request.Parameters.Single(p => p.WireName == "brand").Rules.Single(r => r.Kind == RuleKinds.Length).Max);
        var search = Model("verify").Operations.Single(o => o.Name == "verify_search");
        Assert.Equal("query", search.Encoding);
        var ids = search.Parameters.Single(p => p.WireName == "request_ids");
        Assert.True(ids.Type.IsArray);
        Assert.Equal(10m, ids.Rules.Single(r => r.Kind == RuleKinds.Count).Max);
    }

    [Fact]
    public void Number_insight_security_schemes_allOf_and_callbacks()
    {
        var model = Model("number-insight");
        Assert.Equal("fields", model.Header.Auth!.Scheme);
        Assert.Equal(new[] { "api_key", "api_secret" }, model.Header.Auth.Fields.Select(f => f.Name).ToArray());
        Assert.True(model.Header.Auth.Fields.Single(f => f.Name == "api_secret").Secret);
        // allOf [niResponseJsonBasic, {...}] merges the base fields with the extension's.
        var standard = model.Schemas.Single(s => s.Name == "NiResponseJsonStandard");
        Assert.Contains(standard.Fields, f => f.WireName == "status");
        Assert.Contains(standard.Fields, f => f.WireName == "caller_name");
        var number = model.Operations.Single(o => o.Name == "get_number_insight_basic").Parameters.Single(p => p.WireName == "number");
        Assert.Equal(@"^[0-9-+\(\)\s]*$", number.Rules.Single(r => r.Kind == RuleKinds.Pattern).Pattern);
        Assert.Contains(model.Operations, o => o.IsWebhook && o.Name == "async_callback");
        Assert.Contains(ImportedSpecs.Get("number-insight").Warnings, w => w.Construct == "format" && w.Pointer.EndsWith("/callback/schema/format", StringComparison.Ordinal));
    }

    [Fact]
    public void Generated_bindings_of_all_three_compile_without_warnings()
    {
        var (output, diagnostics) = Generation.Run(ImportedSpecs.Names.Select(ImportedSpecs.File));
        Assert.True(diagnostics.Length == 0, Generation.Describe(diagnostics));
        var compileDiagnostics = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(compileDiagnostics.Count == 0, Generation.Describe(compileDiagnostics.Take(30)));
    }
}
