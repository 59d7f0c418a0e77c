using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace SpecGen.Cli.Tests;

/// <summary><c>specgen diff</c>: one pair of small specs per kind of change; each expected line is the golden output.</summary>
public class DiffTests
{
    private const string Base = """
        spec: 1
        provider: acme
        version: v1
        document: own
        base_url: https://api.example.com
        auth:
          scheme: fields
          fields:
            api_key: { secret: true }
        operations:
          send:
            kind: endpoint
            source: own
            method: POST
            path: /send
            encoding: form
            parameters:
              to: { type: string, required: true, rules: [{ length: { min: 7, max: 15 } }] }
              ttl: { type: int, default: "300", rules: [{ range: { min: 60, max: 3600 } }] }
              channel: { type: string, rules: [{ allowed: [sms, voice] }] }
              ref: { type: string }
        enums:
          Kind:
            open: false
            values: [{ value: a }, { value: b }]
          Tag:
            values: [{ value: x }, { value: y }]
        code_tables:
          status:
            source: own
            key: int
            codes:
              - { code: "0", meaning: OK }
              - { code: "1", meaning: Bad number }
        """;

    private static (int Code, string Out) Diff(string before, string after, params string[] extra)
    {
        using var dir = new TempDir();
        dir.File("old/api.yaml", before);
        dir.File("new/api.yaml", after);
        var (code, output, error) = Repo.Run(new[] { "diff", Path.Combine(dir.Path, "old"), Path.Combine(dir.Path, "new") }.Concat(extra).ToArray());
        return (code, output + error);
    }

    [Theory]
    [InlineData("  send:\n", "  send_message:\n", "breaking     operations.send: operation removed (or renamed)")]
    [InlineData("      ref: { type: string }\n", "", "breaking     operations.send.parameters.ref: field removed (or renamed)")]
    [InlineData("      ref: { type: string }", "      ref: { type: string, required: true }", "breaking     operations.send.parameters.ref.required: field became required")]
    [InlineData("      ref: { type: string }", "      ref: { type: long }", "breaking     operations.send.parameters.ref.type: type changed from string to long")]
    [InlineData("min: 60, max: 3600", "min: 60, max: 1800", "breaking     operations.send.parameters.ttl.rules.range: range changed from [60..3600] to [60..1800]")]
    [InlineData("min: 7, max: 15", "min: 8, max: 15", "breaking     operations.send.parameters.to.rules.length: length changed from [7..15] to [8..15]")]
    [InlineData("allowed: [sms, voice]", "allowed: [sms]", "breaking     operations.send.parameters.channel.rules.allowed.voice: allowed value 'voice' removed")]
    [InlineData("values: [{ value: a }, { value: b }]", "values: [{ value: a }]", "breaking     enums.Kind.values.b: value 'b' removed from a closed set")]
    [InlineData("default: \"300\"", "default: \"600\"", "breaking     operations.send.parameters.ttl.default: default changed from 300 to 600")]
    [InlineData("  scheme: fields\n  fields:\n    api_key: { secret: true }\n", "  scheme: bearer\n", "breaking     auth.scheme: auth scheme changed from fields to bearer")]
    public void Breaking_changes_exit_1(string from, string to, string expected)
    {
        Assert.Contains(from, Base);
        var (code, output) = Diff(Base, Base.Replace(from, to));
        Assert.Equal(1, code);
        Assert.Contains("acme/v1 " + expected + "\n", output.Replace("\r\n", "\n"));
    }

    [Theory]
    [InlineData("      ref: { type: string }", "      ref: { type: string }\n      note: { type: string }", "non-breaking operations.send.parameters.note: optional field added")]
    [InlineData("      to: { type: string, required: true,", "      to: { type: string,", "non-breaking operations.send.parameters.to.required: field became optional")]
    [InlineData("min: 60, max: 3600", "min: 30, max: 7200", "non-breaking operations.send.parameters.ttl.rules.range: range changed from [60..3600] to [30..7200]")]
    [InlineData("allowed: [sms, voice]", "allowed: [sms, voice, whatsapp]", "non-breaking operations.send.parameters.channel.rules.allowed.whatsapp: allowed value 'whatsapp' added")]
    [InlineData("values: [{ value: x }, { value: y }]", "values: [{ value: x }]", "non-breaking enums.Tag.values.y: value 'y' removed from an open set")]
    [InlineData("base_url: https://api.example.com", "base_url: https://api2.example.com", "non-breaking base_url: base URL changed from https://api.example.com to https://api2.example.com")]
    public void Non_breaking_changes_exit_0(string from, string to, string expected)
    {
        Assert.Contains(from, Base);
        var (code, output) = Diff(Base, Base.Replace(from, to));
        Assert.Equal(0, code);
        Assert.Contains("acme/v1 " + expected + "\n", output.Replace("\r\n", "\n"));
        Assert.Contains("0 breaking", output);
    }

    [Theory]
    [InlineData("    method: POST\n", "    method: POST\n    csharp: SendMessage\n", "breaking     operations.send.csharp: C# name changed from (derived) to SendMessage")]
    [InlineData("      ref: { type: string }", "      ref: { type: string, csharp: Reference }", "breaking     operations.send.parameters.ref.csharp: C# name changed from (derived) to Reference")]
    [InlineData("    key: int\n", "    key: int\n    csharp: SendStatus\n", "breaking     code_tables.status.csharp: C# name changed from (derived) to SendStatus")]
    // No csharp: changed, yet generated names did: the binding plan's renames are breaking too.
    [InlineData("meaning: Bad number", "meaning: Unknown number", "breaking     code_tables.status.codes.1.csharp: C# name changed from BadNumber to UnknownNumber")]
    [InlineData("enums:\n", "schemas:\n  AcmeV1Client:\n    fields:\n      id: { type: string }\nenums:\n", "breaking     client.client.csharp: C# name changed from AcmeV1Client to AcmeV1Client2")]
    // A new field written before one that derives the same name takes it: the old property is renamed (To → To2).
    [InlineData("      to: { type: string, required: true,", "      To: { type: string }\n      to: { type: string, required: true,", "breaking     operations.send.parameters.to.csharp: C# name changed from To to To2")]
    // A new strip_prefix renames the credential's configuration key (and the factory's parameter): configuration stops binding.
    [InlineData("base_url: https://api.example.com\n", "base_url: https://api.example.com\nstrip_prefix: api_\n", "breaking     client.credential_keys.csharp: C# name changed from ApiKey to Key")]
    public void A_changed_csharp_name_is_a_breaking_rename_named_once(string from, string to, string expected)
    {
        Assert.Contains(from, Base);
        var (code, output) = Diff(Base, Base.Replace(from, to));
        Assert.Equal(1, code);
        var lines = output.Replace("\r\n", "\n").Split('\n');
        Assert.Single(lines, l => l.Contains(".csharp:", System.StringComparison.Ordinal));
        Assert.Contains("acme/v1 " + expected, lines);
    }

    [Fact]
    public void Renaming_an_operation_class_back_is_breaking_and_an_unchanged_csharp_is_no_change()
    {
        var named = Base.Replace("    method: POST\n", "    method: POST\n    csharp: SendMessage\n");
        var (code, output) = Diff(named, Base.Replace("    method: POST\n", "    method: POST\n    csharp: SendText\n"));
        Assert.Equal(1, code);
        Assert.Contains("acme/v1 breaking     operations.send.csharp: C# name changed from SendMessage to SendText\n", output.Replace("\r\n", "\n"));
        Assert.Contains("1 change(s), 1 breaking", output);
        var (same, sameOutput) = Diff(named, named);
        Assert.Equal(0, same);
        Assert.Contains("0 change(s), 0 breaking", sameOutput);
    }

    [Fact]
    public void Identical_specs_have_no_change_and_errors_exit_2()
    {
        var (code, output) = Diff(Base, Base);
        Assert.Equal(0, code);
        Assert.Contains("0 change(s), 0 breaking", output);
        Assert.Equal(2, Diff(Base, Base.Replace("type: int", "type: nope")).Code);
        Assert.Equal(2, Repo.Run("diff", "/no/such/dir", "/no/such/other").Code);
    }

    [Fact]
    public void Json_output_lists_path_kind_breaking_and_the_yaml_line()
    {
        var (code, output) = Diff(Base, Base.Replace("min: 60, max: 3600", "min: 100, max: 3600"), "--json");
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var change = json.RootElement.GetProperty("changes").EnumerateArray().Single();
        Assert.Equal("operations.send.parameters.ttl.rules.range", change.GetProperty("path").GetString());
        Assert.Equal("range-narrowed", change.GetProperty("kind").GetString());
        Assert.True(change.GetProperty("breaking").GetBoolean());
        Assert.Equal(19, change.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Mocean_v1_to_v2_is_breaking_and_names_the_changes()
    {
        var (code, output, _) = Repo.Run("diff", Path.Combine(Repo.SpecDir, "mocean", "v1"), Path.Combine(Repo.SpecDir, "mocean", "v2"));
        Assert.Equal(1, code);
        Assert.Contains("mocean/v1 -> mocean/v2 breaking     namespace: C# namespace changed from Mocean.V1 to Mocean.V2", output);
        Assert.Contains("mocean/v1 -> mocean/v2 non-breaking lookups.networks: lookup added", output);
        Assert.Matches(@"\d+ change\(s\), \d+ breaking", output);
    }
}
