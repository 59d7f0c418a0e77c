using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using SpecGen.Generator.Plan;
using SpecGen.Spec;
using Xunit;

namespace SpecGen.Generator.Tests;

/// <summary>
/// Two wire fields that would get one C# name in one class (casing, separators, the class's own name, a member every
/// generated class declares): the plan numbers the later one, warns SG1420 at the field, and the code compiles and
/// round-trips both fields. Real documents do this: form APIs that accept <c>to_number</c> and <c>toNumber</c>, JSON
/// objects with <c>type</c> and <c>Type</c>, a <c>message</c> object with a <c>message</c> text.
/// </summary>
public class PropertyCollisionTests
{
    private const string Path = "/specs/acme/v1/api.yaml";

    private const string Spec = """
        spec: 1
        provider: acme
        version: v1
        base_url: https://api.acme.test/v1
        operations:
          send:
            kind: endpoint
            source: own
            method: POST
            path: /send/{to}/{method}
            encoding: form
            parameters:
              to: { type: string, in: path, required: true }
              method: { type: string, in: path, required: true }
            body: Message
            responses:
              - outcome: success
                status: 200
                body: Message
        schemas:
          Message:
            fields:
              to: { type: string, required: true }
              to_number: { type: string }
              toNumber: { type: string }
              type: { type: string }
              Type: { type: int }
              message: { type: string }
              validate: { type: string }
              to_json: { type: bool }
          Ping:
            fields:
              kind: { type: string, required: true }
              discriminator: { type: string }
        unions:
          Event:
            discriminator: kind
            variants: { ping: Ping }
        """;

    private static (Compilation Output, IReadOnlyList<Diagnostic> Generator) Generate()
    {
        var texts = new[] { (AdditionalText)new InMemoryAdditionalText(Path, Spec) };
        var (_, output, diagnostics, result) = GeneratorHarness.Run(GeneratorHarness.Driver(texts), GeneratorHarness.Compilation());
        Assert.Null(result.Exception);
        Assert.Equal(diagnostics.Length, result.Diagnostics.Length);
        return (output, diagnostics);
    }

    private static int LineOf(string text) => Spec.Split('\n').ToList().FindIndex(l => l.TrimStart().StartsWith(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void Colliding_names_are_numbered_in_field_order_and_the_request_parameters_give_way_to_the_body()
    {
        var model = Assert.Single(SpecCompiler.Compile(new[] { new KeyValuePair<string, string>(Path, Spec) }).Models);
        var plan = BindingPlanner.Plan(model, null);

        var message = Assert.Single(plan.Types, t => t.SpecName == "Message");
        Assert.Equal(new[] { "To", "ToNumber", "ToNumber2", "Type", "Type2", "Message2", "Validate2", "ToJson2" }, message.Properties.Select(p => p.Name));
        var send = Assert.Single(plan.Operations);
        // Parameters first, then the body's fields under their schema's names; a parameter named like one takes the number.
        Assert.Equal(new[] { "To2", "Method2", "To", "ToNumber", "ToNumber2", "Type", "Type2", "Message2", "Validate2", "ToJson2" }, send.Properties.Select(p => p.Name));
        // Planned again, the same names (deterministic), and the shapes follow the field, not the name.
        Assert.Equal(plan, BindingPlanner.Plan(model, null));
        Assert.Equal("int", message.Properties.Single(p => p.Wire == "Type").Shape.Type);
        Assert.Equal("string", message.Properties.Single(p => p.Wire == "type").Shape.Type);
    }

    [Fact]
    public void Each_renamed_field_is_a_located_SG1420_warning_naming_the_fix()
    {
        var (_, diagnostics) = Generate();
        var warnings = diagnostics.Where(d => d.Id == "SG1420").ToList();
        Assert.All(warnings, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        var expected = new (string Field, string Line, string Why)[]
        {
            ("schemas.Message.fields.toNumber", "toNumber:", "is also the property of 'to_number' in the same class"),
            ("schemas.Message.fields.Type", "Type:", "is also the property of 'type' in the same class"),
            ("schemas.Message.fields.message", "message:", "is the name of its class"),
            ("schemas.Message.fields.validate", "validate:", "is a member the generated class declares"),
            ("schemas.Message.fields.to_json", "to_json:", "is a member the generated class declares"),
            ("schemas.Ping.fields.discriminator", "discriminator: { type: string }", "is a member the generated class declares"),
            ("operations.send.parameters.to", "to: { type: string, in: path", "is also the property of 'to' in the same class"),
            ("operations.send.parameters.method", "method: { type: string, in: path", "is a member the generated class declares"),
        };
        Assert.Equal(expected.Length, warnings.Count);
        foreach (var (field, line, why) in expected)
        {
            var d = Assert.Single(warnings, w => w.GetMessage().StartsWith("The C# property of " + field + " ", StringComparison.Ordinal));
            Assert.Contains(why, d.GetMessage());
            Assert.Contains("'csharp:'", d.GetMessage());
            var span = d.Location.GetLineSpan();
            Assert.Equal(Path, span.Path);
            Assert.Equal(LineOf(line), span.StartLinePosition.Line + 1);
            Assert.Equal(Spec.Split('\n')[LineOf(line) - 1].IndexOf(line[0]), span.StartLinePosition.Character);
        }
        Assert.Contains(warnings, d => d.GetMessage() == "The C# property of schemas.Message.fields.Type would be 'Type', which is also the property of 'type' in the same class; it is named 'Type2' instead. Give the field its own name with 'csharp:'.");
    }

    [Fact]
    public void The_code_compiles_warning_free_and_round_trips_both_fields_of_every_pair()
    {
        var (output, generator) = Generate();
        Assert.DoesNotContain(generator, d => d.Id != "SG1420");
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, GeneratorHarness.Describe(problems));

        using var pe = new MemoryStream();
        Assert.True(output.Emit(pe).Success);
        var assembly = new System.Runtime.Loader.AssemblyLoadContext("collisions-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(new MemoryStream(pe.ToArray()));

        const string json = """{"to":"+100","to_number":"a","toNumber":"b","type":"sms","Type":7,"message":"hi","validate":"v","to_json":true}""";
        var read = AdHocSpecs.Parse(assembly, "Acme.V1.Message", "FromJson", json);
        Assert.Equal("a", AdHocSpecs.Get(read, "ToNumber"));
        Assert.Equal("b", AdHocSpecs.Get(read, "ToNumber2"));
        Assert.Equal("sms", AdHocSpecs.Get(read, "Type"));
        Assert.Equal(7, AdHocSpecs.Get(read, "Type2"));
        Assert.Equal("hi", AdHocSpecs.Get(read, "Message2"));
        Assert.Equal("v", AdHocSpecs.Get(read, "Validate2"));
        Assert.Equal(true, AdHocSpecs.Get(read, "ToJson2"));

        // Written back: every wire name with its own value (the generated ToJson() is the method, not the property).
        var written = (string)read.GetType().GetMethod("ToJson", Type.EmptyTypes)!.Invoke(read, null)!;
        using (var doc = JsonDocument.Parse(written))
        {
            using var expected = JsonDocument.Parse(json);
            static IEnumerable<string> Members(JsonDocument d) => d.RootElement.EnumerateObject().Select(p => p.Name + "=" + p.Value.ValueKind + ":" + p.Value);
            Assert.Equal(Members(expected), Members(doc));
        }

        // A variant keeps its generated Discriminator beside a field named so.
        var ping = AdHocSpecs.Parse(assembly, "Acme.V1.IEvent", "FromJson", """{"kind":"ping","discriminator":"d"}""");
        Assert.Equal("ping", AdHocSpecs.Get(ping, "Discriminator"));
        Assert.Equal("d", AdHocSpecs.Get(ping, "Discriminator2"));

        // The request keeps the path parameters and the body apart although both have a 'to'.
        var requestType = assembly.GetType("Acme.V1.SendRequest", throwOnError: true)!;
        var request = Activator.CreateInstance(requestType)!;
        requestType.GetProperty("To2")!.SetValue(request, "a b");
        requestType.GetProperty("Method2")!.SetValue(request, "fast");
        requestType.GetProperty("To")!.SetValue(request, "+100");
        Assert.Equal("POST", requestType.GetField("Method")!.GetValue(null));
        Assert.Equal("/send/a%20b/fast", requestType.GetMethod("BuildPath")!.Invoke(request, null));
        Assert.Equal("to=%2B100", requestType.GetMethod("ToForm")!.Invoke(request, null));
    }
}
