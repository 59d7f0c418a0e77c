using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static SpecGen.Spec.Tests.TestSpecs;

namespace SpecGen.Spec.Tests
{
    /// <summary>
    /// spec/schema/specgen-spec.schema.json, the schema editors (the YAML language server) use to complete and check
    /// spec files: every bundled file is valid, and every bad file the reader rejects for a reason a schema can express
    /// (missing keys, unknown values of closed sets, wrong kinds of node, bad names, the language version) is invalid.
    /// </summary>
    public class SpecSchemaTests
    {
        private static readonly Lazy<JsonSchema> Schema = new(() =>
            JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoFiles.SpecDir, "schema", "specgen-spec.schema.json"))));

        private static EvaluationResults Evaluate(string yaml) =>
            Schema.Value.Evaluate(JsonDocument.Parse(YamlAsJson(yaml)?.ToJsonString() ?? "null").RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        private static string Errors(EvaluationResults results) =>
            string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)));

        [Fact]
        public void Every_bundled_spec_file_is_valid_against_the_schema()
        {
            var files = RepoFiles.SpecFiles();
            Assert.NotEmpty(files);
            foreach (var file in files)
            {
                var results = Evaluate(file.Text);
                Assert.True(results.IsValid, file.Path + ":\n" + Errors(results));
            }
        }

        /// <summary>Files the reader rejects with an error that a schema can express, one per reason.</summary>
        public static TheoryData<string, string> Rejected => new()
        {
            { "SG1105 language version", "spec: 2\nprovider: acme\nversion: v1\n" },
            { "SG1101 no provider", "spec: 1\nversion: v1\n" },
            { "SG1106 bad provider name", "spec: 1\nprovider: 9acme\nversion: v1\n" },
            { "SG1103 operations as a list", Header() + "operations:\n  - get\n" },
            { "SG1106 bad operation name", Header() + "operations:\n  \"get thing\": { kind: endpoint, source: S, method: GET, path: /x }\n" },
            { "SG1101 operation without kind", Header() + "operations:\n  get: { source: S, method: GET, path: /x }\n" },
            { "SG1104 unknown kind", Header() + "operations:\n  get: { kind: callback, source: S, method: GET, path: /x }\n" },
            { "SG1104 unknown method", Header() + "operations:\n  get: { kind: endpoint, source: S, method: FETCH, path: /x }\n" },
            { "SG1104 unknown encoding", Header() + "operations:\n  get: { kind: endpoint, source: S, method: POST, path: /x, encoding: xml }\n" },
            { "SG1101 field without type", Header() + "operations:\n  get: { kind: endpoint, source: S, method: GET, path: /x, parameters: { n: { required: true } } }\n" },
            { "SG1104 unknown parameter location", Header() + "operations:\n  get: { kind: endpoint, source: S, method: GET, path: /x, parameters: { n: { type: int, in: cookie } } }\n" },
            { "SG1101 list without separators", Header() + "operations:\n  get: { kind: endpoint, source: S, method: GET, path: /x, parameters: { n: { type: int, list: { join: \",\" } } } }\n" },
            { "SG1104 unknown outcome", Header() + "operations:\n  get: { kind: endpoint, source: S, method: GET, path: /x, responses: [{ outcome: maybe, status: 200 }] }\n" },
            { "SG1104 unknown auth scheme", Header() + "auth: { scheme: oauth }\n" },
            { "SG1101 fields scheme without fields", Header() + "auth: { scheme: fields }\n" },
            { "SG1104 unknown rate period", Header() + "rate_limit: { requests: 10, per: week }\n" },
            { "SG1104 unknown code key kind", Header() + "code_tables:\n  status: { source: S, key: hex, codes: [{ code: 1, meaning: OK }] }\n" },
            { "SG1101 union without variants", Header() + "unions:\n  Content: { discriminator: type }\n" },
            { "SG1319 unknown format", Header() + "schemas:\n  S: { fields: { d: { type: string, rules: [{ format: email }] } } }\n" },
            { "SG1104 unknown comparison", Header() + "schemas:\n  S:\n    fields: { a: { type: int }, b: { type: int } }\n    rules: [{ compare: { left: a, op: ne, right: b } }]\n" },
            { "SG1103 rules as a mapping", Header() + "schemas:\n  S: { fields: { a: { type: int, rules: { range: { min: 1 } } } } }\n" },
        };

        [Theory]
        [MemberData(nameof(Rejected))]
        public void A_file_the_reader_rejects_is_rejected_by_the_schema(string reason, string yaml)
        {
            var compilation = CompileOne(yaml);
            var id = reason.Substring(0, 6);
            Assert.True(compilation.Diagnostics.Any(d => d.IsError && d.Id == id), reason + ": the reader reported\n" + Describe(compilation.Diagnostics));
            Assert.False(Evaluate(yaml).IsValid, reason + ": the schema accepted it");
        }

        [Fact]
        public void The_readme_shows_the_editor_hint_for_the_schema()
        {
            var readme = File.ReadAllText(Path.Combine(RepoFiles.Root, "README.md"));
            Assert.Contains("# yaml-language-server: $schema=", readme);
            var hint = Regex.Match(readme, @"# yaml-language-server: \$schema=(\S+)").Groups[1].Value;
            Assert.EndsWith("spec/schema/specgen-spec.schema.json", hint);
        }

        /// <summary>YAML to JSON as the YAML language server sees it (YAML 1.2 core schema: plain true, 12, 1.5, null are typed).</summary>
        private static JsonNode? YamlAsJson(string yaml)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
        }

        private static JsonNode? Convert(YamlNode node)
        {
            switch (node)
            {
                case YamlMappingNode map:
                    var obj = new JsonObject();
                    foreach (var entry in map.Children) obj[((YamlScalarNode)entry.Key).Value!] = Convert(entry.Value);
                    return obj;
                case YamlSequenceNode seq:
                    var array = new JsonArray();
                    foreach (var item in seq.Children) array.Add(Convert(item));
                    return array;
                case YamlScalarNode scalar:
                    var text = scalar.Value ?? string.Empty;
                    if (scalar.Style != ScalarStyle.Plain) return JsonValue.Create(text);
                    if (text is "" or "~" or "null" or "Null" or "NULL") return null;
                    if (text is "true" or "True" or "TRUE") return JsonValue.Create(true);
                    if (text is "false" or "False" or "FALSE") return JsonValue.Create(false);
                    if (Regex.IsMatch(text, "^[-+]?[0-9]+$") && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return JsonValue.Create(l);
                    if (Regex.IsMatch(text, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")) return JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture));
                    return JsonValue.Create(text);
                default:
                    return null;
            }
        }
    }
}
