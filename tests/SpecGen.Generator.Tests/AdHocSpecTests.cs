using Xunit;

namespace SpecGen.Generator.Tests;

/// <summary>Generator behaviour on small ad-hoc specs: code is generated, compiled and loaded in-process.</summary>
public class AdHocSpecTests
{
    private const string Header = "spec: 1\nprovider: acme\nversion: v1\ndocument: acme.txt\nbase_url: https://api.acme.test/v1\n";

    private const string Operation = """
        operations:
          get_thing:
            kind: endpoint
            source: Things
            method: GET
            path: /thing
            encoding: query
            responses:
              - outcome: success
                status: 200
                body: Thing
                formats: [json, xml]
        """;

    private static string Spec(string schemaFields) => Header + Operation + "\nschemas:\n  Thing:\n    xml_root: result\n    fields:\n" + schemaFields;

    [Fact]
    public void The_wire_name_and_the_first_alias_are_read_from_json_and_xml()
    {
        var assembly = AdHocSpecs.Load(("/specs/acme/v1/api.yaml", Spec("      call_uuid:\n        type: string\n        aliases: [call-uuid, calluuid]\n")));

        foreach (var json in new[] { "{\"call_uuid\":\"u-1\"}", "{\"call-uuid\":\"u-1\"}" })
        {
            Assert.Equal("u-1", AdHocSpecs.Get(AdHocSpecs.Parse(assembly, "Acme.V1.Thing", "FromJson", json), "CallUuid"));
        }
        Assert.Equal("u-1", AdHocSpecs.Get(AdHocSpecs.Parse(assembly, "Acme.V1.Thing", "FromXml", "<result><call-uuid>u-1</call-uuid></result>"), "CallUuid"));
    }

    [Fact]
    public void Every_alias_is_read()
    {
        var assembly = AdHocSpecs.Load(("/specs/acme/v1/api.yaml", Spec("      call_uuid:\n        type: string\n        aliases: [call-uuid, calluuid]\n")));

        Assert.Equal("u-2", AdHocSpecs.Get(AdHocSpecs.Parse(assembly, "Acme.V1.Thing", "FromJson", "{\"calluuid\":\"u-2\"}"), "CallUuid"));
        Assert.Equal("u-2", AdHocSpecs.Get(AdHocSpecs.Parse(assembly, "Acme.V1.Thing", "FromXml", "<result><calluuid>u-2</calluuid></result>"), "CallUuid"));
    }

    [Fact]
    public void The_namespace_defaults_to_provider_and_version()
    {
        var assembly = AdHocSpecs.Load(("/specs/acme/v1/api.yaml", Spec("      status:\n        type: int\n")));

        Assert.NotNull(assembly.GetType("Acme.V1.Thing"));
        Assert.NotNull(assembly.GetType("Acme.V1.GetThingRequest"));
        Assert.Equal(3, AdHocSpecs.Get(AdHocSpecs.Parse(assembly, "Acme.V1.Thing", "FromJson", "{\"status\":\"3\"}"), "Status"));
    }
}
