using System;
using System.Linq;
using System.Reflection;
using System.Text;
using SpecGen.Runtime.Wire;
using Xunit;

namespace SpecGen.Generator.Tests;

/// <summary>
/// A status rule's typed check (<see cref="StatusRule.Holds"/>), generated from the spec's <c>body_status</c>: it may
/// only ever spare the transport a walk over the bytes. For each body below the generated rule and the same rule
/// without the check read to the same answer, for a body-level rule and a per-item rule over text and numbers.
/// </summary>
public class StatusHoldsTests
{
    private const string Header = "spec: 1\nprovider: acme\nversion: v1\ndocument: acme.txt\nbase_url: https://api.acme.test/v1\n";

    private static string Spec(string bodyStatus, string fields, string extraSchemas = "") => Header + """
        operations:
          send:
            kind: endpoint
            source: Send
            method: POST
            path: /send
            encoding: form
            responses:
              - outcome: success
                status: 200
                body: Result
                formats: [json]
        schemas:
          Result:
        """ + "\n    body_status:\n" + bodyStatus + "    fields:\n" + fields + extraSchemas;

    private static StatusRule Rule(Assembly assembly) =>
        (StatusRule)assembly.GetType("Acme.V1.AcmeV1Client", throwOnError: true)!.GetProperty("StatusRuleOfSend0", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    private static (bool Success, string Answer) Read(Assembly assembly, StatusRule rule, string json)
    {
        var type = assembly.GetType("Acme.V1.Result", throwOnError: true)!;
        var shape = (WireShape)assembly.GetType("Acme.V1.AcmeV1Shapes", throwOnError: true)!.GetProperty("Result")!.GetValue(null)!;
        var reader = type.GetMethod("ReadJson")!;
        var read = typeof(ResponseBody).GetMethods()
            .Single(m => m.Name == "Json" && m.GetParameters()[0].ParameterType == typeof(ReceivedBody))
            .MakeGenericMethod(type);
        var readerType = typeof(JsonObjectReader<>).MakeGenericType(type);
        var result = read.Invoke(null, new object?[] { ReceivedBody.FromUtf8(Encoding.UTF8.GetBytes(json)), shape, rule, Delegate.CreateDelegate(readerType, reader) })!;
        var success = (bool)result.GetType().GetProperty("Success")!.GetValue(result)!;
        var answer = success ? (string)type.GetMethod("ToJson")!.Invoke(result.GetType().GetProperty("Value")!.GetValue(result), null)! : result.GetType().GetProperty("Error")!.GetValue(result)!.ToString()!;
        return (success, answer);
    }

    private static void AssertSameAnswers(Assembly assembly, params string[] bodies)
    {
        var rule = Rule(assembly);
        Assert.NotNull(rule.Holds);
        var walked = new StatusRule(rule.Items, rule.Code, rule.SuccessCodes, rule.Requires.ToArray());
        foreach (var body in bodies) Assert.Equal(Read(assembly, walked, body), Read(assembly, rule, body));
    }

    [Fact]
    public void A_body_level_rule_over_text_and_a_number_answers_as_the_walk_does()
    {
        var assembly = AdHocSpecs.Load(("/specs/acme/v1/api.yaml", Spec(
            "      code: status\n      requires: [id, count]\n",
            "      status: { type: int }\n      id: { type: string }\n      count: { type: int }\n")));

        AssertSameAnswers(assembly,
            "{\"status\":0,\"id\":\"a\",\"count\":2}",
            "{\"status\":0,\"id\":\"a\"}",
            "{\"status\":0,\"id\":\" \",\"count\":2}",
            "{\"status\":0,\"id\":\"a\",\"count\":null}",
            "{\"status\":0,\"id\":\"a\",\"count\":\"\"}",
            "{\"status\":0,\"id\":\"a\",\"count\":2,\"id\":null}",
            "{\"status\":7}",
            "{\"status\":\"0\",\"id\":\"a\",\"count\":\"3\"}",
            "{\"id\":\"a\",\"count\":1}");
    }

    [Fact]
    public void A_per_item_rule_answers_as_the_walk_does()
    {
        var assembly = AdHocSpecs.Load(("/specs/acme/v1/api.yaml", Spec(
            "      code: items[].status\n      requires: [\"items[].ref\"]\n",
            "      items: { type: array, items: Item }\n",
            "\n  Item:\n    fields:\n      status: { type: int }\n      ref: { type: string }\n")));

        AssertSameAnswers(assembly,
            "{\"items\":[{\"status\":0,\"ref\":\"r\"}]}",
            "{\"items\":[{\"status\":0,\"ref\":\"r\"},{\"status\":0}]}",
            "{\"items\":[{\"status\":3},{\"status\":0,\"ref\":\"r\"}]}",
            "{\"items\":[{\"status\":0,\"ref\":\"\"}]}",
            "{\"items\":[null]}",
            "{\"items\":[]}",
            "{\"items\":null}",
            "{}",
            "{\"items\":[{\"status\":0,\"ref\":\"r\",\"ref\":null}]}");
    }

    [Fact]
    public void A_rule_on_an_aliased_field_or_array_gets_no_check()
    {
        var aliased = AdHocSpecs.Load(("/specs/acme/v1/api.yaml", Spec(
            "      code: status\n      requires: [id]\n",
            "      status: { type: int }\n      id: { type: string, aliases: [ident] }\n")));
        Assert.Null(Rule(aliased).Holds);

        // An array read under another name too: its items may come from a member the rule's walk does not look at.
        var aliasedItems = AdHocSpecs.Load(("/specs/acme/v1/api.yaml", Spec(
            "      code: items[].status\n      requires: [\"items[].ref\"]\n",
            "      items: { type: array, items: Item, aliases: [entries] }\n",
            "\n  Item:\n    fields:\n      status: { type: int }\n      ref: { type: string }\n")));
        Assert.Null(Rule(aliasedItems).Holds);
    }

    [Fact]
    public void Hundreds_of_ruled_endpoints_and_webhooks_compile_clean_and_stay_out_of_static_constructors()
    {
        // 300 endpoints with a per-item status rule (each its own rule and typed check) and 60 webhooks: every name
        // the client adds per operation stays unique, the code compiles without a warning, and nothing is initialized
        // statically per operation.
        var yaml = new StringBuilder(Header).Append("operations:\n");
        for (var i = 0; i < 300; i++)
        {
            yaml.Append("  send_").Append(i).Append(":\n    kind: endpoint\n    source: Send\n    method: POST\n    path: /send/").Append(i)
                .Append("\n    encoding: form\n    responses:\n      - outcome: success\n        status: 200\n        body: Result\n        formats: [json]\n");
        }
        for (var i = 0; i < 60; i++)
        {
            yaml.Append("  hook_").Append(i).Append(":\n    kind: webhook\n    source: Hook\n    method: POST\n    path: /hook/").Append(i)
                .Append("\n    encoding: form\n    parameters:\n      id: { type: string }\n");
        }
        yaml.Append("schemas:\n  Result:\n    body_status:\n      code: items[].status\n      requires: [\"items[].ref\"]\n    fields:\n      items: { type: array, items: Item }\n")
            .Append("  Item:\n    fields:\n      status: { type: int }\n      ref: { type: string }\n");

        var texts = new[] { (Microsoft.CodeAnalysis.AdditionalText)new InMemoryAdditionalText("/specs/acme/v1/api.yaml", yaml.ToString()) };
        var (_, output, diagnostics, result) = GeneratorHarness.Run(GeneratorHarness.Driver(texts), GeneratorHarness.Compilation());
        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, GeneratorHarness.Describe(problems.Take(10)));
        Assert.Empty(diagnostics);

        var assembly = AdHocSpecs.Load(("/specs/acme/v1/api.yaml", yaml.ToString()));
        var client = assembly.GetType("Acme.V1.AcmeV1Client", throwOnError: true)!;
        Assert.Equal(300, client.GetProperties(BindingFlags.NonPublic | BindingFlags.Static).Count(p => p.PropertyType == typeof(StatusRule)));
        Assert.DoesNotContain(client.GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static), f => f.IsInitOnly && f.Name.Contains("Rule"));
        var webhooks = assembly.GetType("Acme.V1.AcmeV1Webhooks", throwOnError: true)!;
        Assert.Null(webhooks.TypeInitializer);
        var all = (System.Collections.IList)webhooks.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(60, all.Count);
    }
}
