using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using SpecGen.Spec.Diagnostics;
using Xunit;
using static SpecGen.Spec.Tests.TestSpecs;

namespace SpecGen.Spec.Tests
{
    /// <summary>Marks a test as exercising a diagnostic ID; <see cref="DiagnosticTests.Every_descriptor_is_exercised_by_a_test"/> checks the catalog is covered.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    internal sealed class CoversAttribute : Attribute
    {
        public CoversAttribute(string id) => Id = id;

        public string Id { get; }
    }

    /// <summary>
    /// One or more small bad specs per diagnostic of <see cref="SpecDiagnostics.All"/>, each asserting the
    /// exact ID, file, line and column, and that the message names the offending thing.
    /// Line numbers are written as <c>H + n</c>: line n of the body after the 5-line minimal header.
    /// </summary>
    public sealed class DiagnosticTests
    {
        private const int H = HeaderLines;
        private const string F = DefaultPath;

        // ---------------------------------------------------------------- helpers

        /// <summary>Asserts there is exactly one diagnostic with the descriptor's ID, at that place, naming <paramref name="mentions"/>.</summary>
        private static SpecDiagnostic Expect(SpecCompilation compilation, SpecDiagnosticDescriptor descriptor, string file, int line, int column, params string[] mentions)
        {
            var found = compilation.Diagnostics.Where(d => d.Id == descriptor.Id).ToList();
            Assert.True(found.Count == 1, "expected exactly one " + descriptor.Id + ", got:\n" + Describe(compilation.Diagnostics));
            var d = found[0];
            Assert.Equal(descriptor.Severity, d.Severity);
            Assert.True(
                (file, line, column) == (d.File, d.Line, d.Column),
                $"expected {descriptor.Id} at {file}({line},{column}), got:\n" + Describe(compilation.Diagnostics));
            foreach (var mention in mentions) Assert.Contains(mention, d.Message);
            return d;
        }

        /// <summary>Like <see cref="Expect"/>, and asserts it is the only diagnostic of the compilation.</summary>
        private static SpecDiagnostic ExpectOnly(SpecCompilation compilation, SpecDiagnosticDescriptor descriptor, string file, int line, int column, params string[] mentions)
        {
            var d = Expect(compilation, descriptor, file, line, column, mentions);
            Assert.True(compilation.Diagnostics.Count == 1, "expected only " + descriptor.Id + ", got:\n" + Describe(compilation.Diagnostics));
            return d;
        }

        /// <summary>Compiles the minimal header plus <paramref name="body"/> as <see cref="F"/>.</summary>
        private static SpecCompilation Body(string body) => CompileOne(WithHeader(body));

        // ---------------------------------------------------------------- catalog

        [Fact]
        public void A_valid_spec_yields_no_diagnostic()
        {
            var compilation = Body("""
                title: Acme API
                auth: { scheme: fields, fields: { key: { secret: true } } }
                schemas:
                  Result:
                    fields:
                      id: { type: string, rules: [{ length: { min: 1, max: 10 } }] }
                      n: { type: int, default: 3, rules: [{ range: { min: 1, max: 5 } }] }
                code_tables:
                  status: { source: Status, codes: [{ code: 0, meaning: OK }] }
                operations:
                  get:
                    kind: endpoint
                    source: API > Get
                    method: GET
                    path: /items/{id}
                    code_table: status
                    parameters:
                      id: { type: string, required: true, in: path }
                    responses:
                      - { outcome: success, status: 200, body: Result }
                """);

            Assert.Empty(compilation.Diagnostics);
            Assert.False(compilation.HasErrors);
            Assert.Single(compilation.Models);
        }

        [Fact]
        public void The_minimal_header_yields_no_diagnostic()
        {
            var compilation = CompileOne(MinimalHeader);

            Assert.Empty(compilation.Diagnostics);
            Assert.Single(compilation.Models);
        }

        [Fact]
        public void Ids_are_unique_and_well_formed()
        {
            var ids = SpecDiagnostics.All.Select(d => d.Id).ToList();

            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            Assert.All(ids, id => Assert.Matches(new Regex(@"^SG1\d{3}$"), id));
            Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), ids);
        }

        [Fact]
        public void Titles_have_no_trailing_period_and_formats_are_not_empty()
        {
            Assert.All(SpecDiagnostics.All, d =>
            {
                Assert.False(string.IsNullOrWhiteSpace(d.Title), d.Id + " has no title");
                Assert.False(d.Title.EndsWith(".", StringComparison.Ordinal), d.Id + " title ends with a period: " + d.Title);
                Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat), d.Id + " has no message format");
                Assert.EndsWith("#" + d.Id.ToLowerInvariant(), d.HelpLink);
            });
        }

        [Fact]
        public void All_lists_every_public_descriptor_field()
        {
            var fields = typeof(SpecDiagnostics)
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(SpecDiagnosticDescriptor))
                .Select(f => (SpecDiagnosticDescriptor)f.GetValue(null)!)
                .ToList();

            Assert.Equal(fields.Select(f => f.Id).OrderBy(i => i, StringComparer.Ordinal), SpecDiagnostics.All.Select(d => d.Id));
        }

        [Fact]
        public void Every_descriptor_is_exercised_by_a_test()
        {
            var covered = typeof(DiagnosticTests)
                .GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
                .SelectMany(m => m.GetCustomAttributes<CoversAttribute>())
                .Select(a => a.Id)
                .ToHashSet(StringComparer.Ordinal);
            var catalog = SpecDiagnostics.All.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

            Assert.Empty(catalog.Except(covered).OrderBy(i => i, StringComparer.Ordinal));
            Assert.Empty(covered.Except(catalog).OrderBy(i => i, StringComparer.Ordinal));
        }

        [Fact]
        public void Every_descriptor_is_exercised_by_a_test_that_runs()
        {
            var running = typeof(DiagnosticTests)
                .GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m.GetCustomAttributes<FactAttribute>().All(f => f.Skip is null))
                .SelectMany(m => m.GetCustomAttributes<CoversAttribute>())
                .Select(a => a.Id)
                .ToHashSet(StringComparer.Ordinal);

            var notRunning = SpecDiagnostics.All.Select(d => d.Id).Where(id => !running.Contains(id)).ToList();
            Assert.Empty(notRunning);
        }

        [Fact]
        public void Diagnostic_renders_msbuild_style()
        {
            var d = SpecDiagnostics.UnknownKey.Create("a.yaml", 3, 5, "colour", "x", "y");

            Assert.Equal("a.yaml(3,5): warning SG1102: 'colour' is not a key of x; expected one of: y.", d.ToString());
        }

        // ---------------------------------------------------------------- SG10xx YAML

        [Fact]
        [Covers("SG1001")]
        public void SG1001_unterminated_quoted_scalar()
        {
            var compilation = Body("title: \"Acme API\n");

            ExpectOnly(compilation, SpecDiagnostics.YamlSyntax, F, H + 1, 8, "quoted scalar");
            Assert.Empty(compilation.Models);
        }

        [Fact]
        [Covers("SG1001")]
        public void SG1001_mapping_value_inside_a_plain_scalar()
        {
            var compilation = Body("title: a: b\n");

            ExpectOnly(compilation, SpecDiagnostics.YamlSyntax, F, H + 1, 9, "mapping");
        }

        [Fact]
        [Covers("SG1001")]
        public void SG1001_bad_indentation()
        {
            var compilation = Body("""
                schemas:
                  S: { fields: {} }
                 bad: 1
                """);

            ExpectOnly(compilation, SpecDiagnostics.YamlSyntax, F, H + 3, 2, "did not find expected key");
        }

        [Fact]
        [Covers("SG1002")]
        public void SG1002_duplicate_top_level_key()
        {
            var compilation = Body("""
                title: One
                title: Two
                """);

            ExpectOnly(compilation, SpecDiagnostics.DuplicateKey, F, H + 2, 1, "'title'");
            Assert.Equal("One", Assert.Single(compilation.Models).Header.Title);
        }

        [Fact]
        [Covers("SG1002")]
        public void SG1002_duplicate_key_in_a_flow_mapping()
        {
            var compilation = Body("""
                schemas:
                  S: { fields: { id: { type: string }, id: { type: int } } }
                """);

            ExpectOnly(compilation, SpecDiagnostics.DuplicateKey, F, H + 2, 40, "'id'");
        }

        [Fact]
        [Covers("SG1003")]
        public void SG1003_anchor()
        {
            var compilation = Body("title: &t Acme\n");

            ExpectOnly(compilation, SpecDiagnostics.UnsupportedYaml, F, H + 1, 8, "'&t'");
        }

        [Fact]
        [Covers("SG1003")]
        public void SG1003_alias()
        {
            var compilation = Body("""
                title: &t Acme
                namespace: *t
                """);

            Assert.Equal(2, compilation.Diagnostics.Count);
            var alias = Assert.Single(compilation.Diagnostics, d => d.Message.Contains("alias"));
            Assert.Equal((SpecDiagnostics.UnsupportedYaml.Id, F, H + 2, 12), (alias.Id, alias.File, alias.Line, alias.Column));
            Assert.Contains("'*t'", alias.Message);
        }

        [Fact]
        [Covers("SG1003")]
        public void SG1003_complex_mapping_key()
        {
            var compilation = Body("""
                ? [a, b]
                : c
                """);

            ExpectOnly(compilation, SpecDiagnostics.UnsupportedYaml, F, H + 1, 3, "sequence used as a mapping key");
        }

        [Fact]
        [Covers("SG1003")]
        public void SG1003_second_document()
        {
            var compilation = Body("""
                ---
                spec: 1
                """);

            ExpectOnly(compilation, SpecDiagnostics.UnsupportedYaml, F, H + 1, 1, "second YAML document");
        }

        [Fact]
        [Covers("SG1004")]
        public void SG1004_nesting_deeper_than_the_limit()
        {
            // The root mapping is depth 0 and 'title:' depth 1, so the 65th '[' is the first node deeper than 64.
            var compilation = Body("title: " + new string('[', 65) + new string(']', 65) + "\n");

            ExpectOnly(compilation, SpecDiagnostics.TooDeep, F, H + 1, 8 + 64, "64");
            Assert.Empty(compilation.Models);
        }

        [Fact]
        public void Nesting_at_the_limit_is_not_too_deep()
        {
            var compilation = Body("title: " + new string('[', 64) + new string(']', 64) + "\n");

            Assert.DoesNotContain(compilation.Diagnostics, d => d.Id == SpecDiagnostics.TooDeep.Id);
        }

        [Theory]
        [Covers("SG1005")]
        [InlineData("")]
        [InlineData("\n\n")]
        [InlineData("# only a comment\n")]
        [InlineData("~\n")]
        [InlineData("---\n...\n")]
        public void SG1005_empty_file(string text)
        {
            var compilation = Compile(("acme/v1/empty.yaml", text));

            ExpectOnly(compilation, SpecDiagnostics.EmptyFile, "acme/v1/empty.yaml", 1, 1, "no content");
            Assert.Empty(compilation.Models);
        }

        // ---------------------------------------------------------------- SG11xx shape of a file

        [Fact]
        [Covers("SG1101")]
        public void SG1101_missing_provider()
        {
            var compilation = CompileOne(Lines("spec: 1", "version: v1", "document: d.txt"));

            ExpectOnly(compilation, SpecDiagnostics.MissingKey, F, 1, 1, "'provider'", "a spec file");
            Assert.Empty(compilation.Models);
        }

        [Fact]
        [Covers("SG1101")]
        public void SG1101_missing_spec_version()
        {
            var compilation = CompileOne(Lines("provider: acme", "version: v1", "document: d.txt"));

            ExpectOnly(compilation, SpecDiagnostics.MissingKey, F, 1, 1, "'spec'");
        }

        [Fact]
        [Covers("SG1101")]
        public void SG1101_operation_without_path()
        {
            var compilation = Body("""
                operations:
                  send:
                    kind: endpoint
                    source: S
                    method: GET
                """);

            ExpectOnly(compilation, SpecDiagnostics.MissingKey, F, H + 3, 5, "'path'", "operation send");
        }

        [Fact]
        [Covers("SG1101")]
        public void SG1101_field_without_type()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      id: { description: The id. }
                """);

            ExpectOnly(compilation, SpecDiagnostics.MissingKey, F, H + 4, 11, "'type'", "S.id");
        }

        [Fact]
        [Covers("SG1101")]
        public void SG1101_rule_without_a_kind()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      id:
                        type: string
                        rules:
                          - note: What rule?
                """);

            ExpectOnly(compilation, SpecDiagnostics.MissingKey, F, H + 7, 13, "a rule kind", "S.id");
        }

        [Fact]
        [Covers("SG1101")]
        public void SG1101_object_level_rule_without_target()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      id: { type: string }
                    rules:
                      - allowed: [a, b]
                """);

            ExpectOnly(compilation, SpecDiagnostics.MissingKey, F, H + 6, 9, "'target'", "allowed rule of schema S");
        }

        [Fact]
        [Covers("SG1101")]
        public void SG1101_condition_without_a_test()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      kind: { type: string }
                      id:
                        type: string
                        rules:
                          - required_when: { field: kind }
                """);

            ExpectOnly(compilation, SpecDiagnostics.MissingKey, F, H + 8, 28, "equals, in, present, count_gt or not");
        }

        [Fact]
        [Covers("SG1101")]
        public void SG1101_fields_auth_without_fields()
        {
            var compilation = Body("""
                auth:
                  scheme: fields
                """);

            ExpectOnly(compilation, SpecDiagnostics.MissingKey, F, H + 2, 3, "'fields'", "auth");
        }

        [Fact]
        [Covers("SG1101")]
        public void SG1101_empty_provider_value()
        {
            var compilation = CompileOne(Lines("spec: 1", "provider:", "version: v1", "document: d.txt"));

            // An empty value is as missing as an absent key; it is reported where the value should be.
            ExpectOnly(compilation, SpecDiagnostics.MissingKey, F, 2, 10, "'provider'", "a spec file");
            Assert.Empty(compilation.Models);
        }

        [Fact]
        [Covers("SG1101")]
        public void SG1101_operation_with_an_empty_path_value()
        {
            var compilation = Body("""
                operations:
                  send:
                    kind: endpoint
                    source: S
                    method: GET
                    path:
                """);

            ExpectOnly(compilation, SpecDiagnostics.MissingKey, F, H + 6, 10, "'path'", "operation send");
        }

        [Fact]
        [Covers("SG1101")]
        public void SG1101_operation_with_empty_kind_and_method_values()
        {
            var compilation = Body("""
                operations:
                  send:
                    kind:
                    source: S
                    method:
                    path: /x
                """);

            Assert.Equal(2, compilation.Diagnostics.Count);
            Assert.All(compilation.Diagnostics, d => Assert.Equal(SpecDiagnostics.MissingKey.Id, d.Id));
            Assert.Equal((H + 3, 10), (compilation.Diagnostics[0].Line, compilation.Diagnostics[0].Column));
            Assert.Contains("'kind'", compilation.Diagnostics[0].Message);
            Assert.Equal((H + 5, 12), (compilation.Diagnostics[1].Line, compilation.Diagnostics[1].Column));
            Assert.Contains("'method'", compilation.Diagnostics[1].Message);
        }

        [Fact]
        [Covers("SG1102")]
        public void SG1102_unknown_top_level_key()
        {
            var compilation = Body("titel: Acme\n");

            var d = ExpectOnly(compilation, SpecDiagnostics.UnknownKey, F, H + 1, 1, "'titel'", "a spec file", "title");
            Assert.False(d.IsError);
            Assert.False(compilation.HasErrors);
            Assert.Single(compilation.Models);
        }

        [Fact]
        [Covers("SG1102")]
        public void SG1102_unknown_parameter_key()
        {
            var compilation = Body("""
                operations:
                  send:
                    kind: endpoint
                    source: S
                    method: POST
                    path: /sms
                    parameters:
                      to:
                        type: phone
                        colour: red
                """);

            ExpectOnly(compilation, SpecDiagnostics.UnknownKey, F, H + 10, 9, "'colour'", "operation send.to");
        }

        [Fact]
        [Covers("SG1103")]
        public void SG1103_operations_as_a_sequence()
        {
            var compilation = Body("operations: [send]\n");

            ExpectOnly(compilation, SpecDiagnostics.WrongNodeKind, F, H + 1, 13, "'operations'", "mapping", "sequence");
        }

        [Fact]
        [Covers("SG1103")]
        public void SG1103_scalar_header_value_given_a_mapping()
        {
            var compilation = Body("""
                title:
                  en: Acme
                """);

            ExpectOnly(compilation, SpecDiagnostics.WrongNodeKind, F, H + 2, 3, "'title'", "scalar", "mapping");
        }

        [Fact]
        [Covers("SG1103")]
        public void SG1103_file_that_is_not_a_mapping()
        {
            var compilation = CompileOne("- spec: 1\n");

            ExpectOnly(compilation, SpecDiagnostics.WrongNodeKind, F, 1, 1, "A spec file", "mapping", "sequence");
        }

        [Fact]
        [Covers("SG1103")]
        public void SG1103_operation_with_an_empty_value()
        {
            var compilation = Body("""
                operations:
                  send:
                """);

            ExpectOnly(compilation, SpecDiagnostics.WrongNodeKind, F, H + 2, 3, "operation send", "mapping");
        }

        [Fact]
        [Covers("SG1103")]
        public void SG1103_operation_given_a_scalar_is_reported_once()
        {
            var compilation = Body("""
                operations:
                  send: hello
                """);

            ExpectOnly(compilation, SpecDiagnostics.WrongNodeKind, F, H + 2, 9, "operation send", "mapping", "scalar");
        }

        [Fact]
        [Covers("SG1103")]
        public void SG1103_schema_with_an_empty_value()
        {
            var compilation = Body("""
                schemas:
                  Empty:
                  Holder: { fields: { e: { type: Empty } } }
                """);

            Expect(compilation, SpecDiagnostics.WrongNodeKind, F, H + 2, 3, "schema Empty", "mapping");
        }

        [Fact]
        [Covers("SG1103")]
        public void SG1103_lookup_row_that_is_a_scalar()
        {
            var compilation = Body("""
                lookups:
                  l:
                    source: S
                    columns: [a]
                    rows:
                      - x
                """);

            ExpectOnly(compilation, SpecDiagnostics.WrongNodeKind, F, H + 6, 9, "A row of lookup l", "sequence", "scalar");
        }

        [Fact]
        [Covers("SG1104")]
        public void SG1104_unknown_method()
        {
            var compilation = Body("""
                operations:
                  send:
                    kind: endpoint
                    source: S
                    method: FETCH
                    path: /x
                """);

            ExpectOnly(compilation, SpecDiagnostics.InvalidValue, F, H + 5, 13, "'FETCH'", "'method' of operation send", "GET");
        }

        [Fact]
        [Covers("SG1104")]
        public void SG1104_bool_that_is_not_true_or_false()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      id: { type: string, required: yes }
                """);

            ExpectOnly(compilation, SpecDiagnostics.InvalidValue, F, H + 4, 37, "'yes'", "'required' of S.id", "true or false");
        }

        [Fact]
        [Covers("SG1104")]
        public void SG1104_http_status_out_of_range()
        {
            var compilation = Body("""
                operations:
                  get:
                    kind: endpoint
                    source: S
                    method: GET
                    path: /x
                    responses:
                      - { outcome: success, status: 999 }
                """);

            ExpectOnly(compilation, SpecDiagnostics.InvalidValue, F, H + 8, 37, "'999'", "HTTP status");
        }

        [Fact]
        [Covers("SG1104")]
        public void SG1104_bad_item_of_a_status_list_is_located_at_the_item()
        {
            var compilation = Body("""
                operations:
                  get:
                    kind: endpoint
                    source: S
                    method: GET
                    path: /x
                    responses:
                      - outcome: error
                        status:
                          - 400
                          - abc
                """);

            ExpectOnly(compilation, SpecDiagnostics.InvalidValue, F, H + 11, 13, "'abc'", "HTTP status");
        }

        [Fact]
        [Covers("SG1104")]
        public void SG1104_rate_limit_requests_not_an_integer_is_reported_once()
        {
            var compilation = Body("rate_limit: { requests: lots, per: minute }\n");

            ExpectOnly(compilation, SpecDiagnostics.InvalidValue, F, H + 1, 25, "'lots'", "'requests' of rate_limit", "an integer");
        }

        [Fact]
        [Covers("SG1104")]
        public void SG1104_unknown_auth_scheme_is_reported_once()
        {
            var compilation = Body("auth: { scheme: oauth }\n");

            ExpectOnly(compilation, SpecDiagnostics.InvalidValue, F, H + 1, 17, "'oauth'", "'scheme' of auth", "fields, bearer, basic");
        }

        [Theory]
        [Covers("SG1105")]
        [InlineData("2", "spec: 2")]
        [InlineData("\"1.0\"", "spec: 1.0")]
        [InlineData("one", "spec: one")]
        public void SG1105_unsupported_language_version(string value, string mention)
        {
            var compilation = CompileOne(Lines("provider: acme", "version: v1", "spec: " + value));

            ExpectOnly(compilation, SpecDiagnostics.UnsupportedLanguageVersion, F, 3, 7, mention);
            Assert.Empty(compilation.Models);
        }

        [Fact]
        [Covers("SG1106")]
        public void SG1106_operation_name_starting_with_a_digit()
        {
            var compilation = Body("""
                operations:
                  9lives: { kind: endpoint, source: S, method: GET, path: /x }
                """);

            ExpectOnly(compilation, SpecDiagnostics.InvalidName, F, H + 2, 3, "'9lives'", "operation name");
            Assert.Empty(Assert.Single(compilation.Models).Operations);
        }

        [Fact]
        [Covers("SG1106")]
        public void SG1106_schema_name_with_a_space()
        {
            var compilation = Body("""
                schemas:
                  My Schema: { fields: { id: { type: string } } }
                """);

            ExpectOnly(compilation, SpecDiagnostics.InvalidName, F, H + 2, 3, "'My Schema'", "schema name");
        }

        [Fact]
        [Covers("SG1106")]
        public void SG1106_invalid_provider_is_reported_at_the_header()
        {
            var compilation = CompileOne(Lines("spec: 1", "provider: Acme Corp", "version: v1", "document: d.txt"));

            ExpectOnly(compilation, SpecDiagnostics.InvalidName, F, 1, 1, "'Acme Corp/v1'", "provider/version");
            Assert.Empty(compilation.Models);
        }

        // ---------------------------------------------------------------- SG12xx merging

        [Fact]
        [Covers("SG1201")]
        public void SG1201_schema_defined_in_two_files()
        {
            var compilation = Compile(
                ("acme/v1/a.yaml", MinimalHeader + "schemas:\n  Result: { fields: { id: { type: string } } }\n"),
                ("acme/v1/b.yaml", Lines("spec: 1", "provider: acme", "version: v1", "schemas:", "  Result: { fields: { id: { type: int } } }")));

            ExpectOnly(compilation, SpecDiagnostics.DuplicateName, "acme/v1/b.yaml", 5, 3, "Schema 'Result'", "acme/v1/a.yaml(7,3)", "acme/v1");
            Assert.Equal("string", Assert.Single(Assert.Single(compilation.Models).Schemas).Fields[0].Type.Name);
        }

        [Fact]
        [Covers("SG1201")]
        public void SG1201_enum_with_the_name_of_a_schema_in_one_file()
        {
            var compilation = Body("""
                schemas:
                  Status: { fields: { id: { type: string } } }
                enums:
                  Status: { values: [A] }
                """);

            ExpectOnly(compilation, SpecDiagnostics.DuplicateName, F, H + 4, 3, "Enum 'Status'", F + "(" + (H + 2) + ",3)");
        }

        [Fact]
        [Covers("SG1201")]
        public void SG1201_operation_defined_in_two_files()
        {
            var compilation = Compile(
                ("acme/v1/a.yaml", MinimalHeader + "operations:\n  get: { kind: endpoint, source: S, method: GET, path: /a }\n"),
                ("acme/v1/b.yaml", Lines("spec: 1", "provider: acme", "version: v1", "operations:", "  get: { kind: endpoint, source: S, method: GET, path: /b }")));

            ExpectOnly(compilation, SpecDiagnostics.DuplicateName, "acme/v1/b.yaml", 5, 3, "Operation 'get'", "acme/v1/a.yaml(7,3)");
        }

        [Fact]
        public void An_operation_and_a_schema_may_share_a_name()
        {
            var compilation = Body("""
                schemas:
                  get: { fields: { id: { type: string } } }
                operations:
                  get: { kind: endpoint, source: S, method: GET, path: /x }
                """);

            Assert.Empty(compilation.Diagnostics);
        }

        [Fact]
        [Covers("SG1202")]
        public void SG1202_title_set_differently_in_two_files()
        {
            var compilation = Compile(
                ("acme/v1/a.yaml", Header(extraLines: new[] { "title: Acme" })),
                ("acme/v1/b.yaml", Lines("spec: 1", "provider: acme", "version: v1", "title: Acme Corp")));

            ExpectOnly(compilation, SpecDiagnostics.ConflictingHeader, "acme/v1/b.yaml", 1, 1, "'title'", "acme/v1", "'Acme Corp'", "'Acme'", "acme/v1/a.yaml");
            Assert.Equal("Acme", Assert.Single(compilation.Models).Header.Title);
        }

        [Fact]
        [Covers("SG1202")]
        public void SG1202_auth_set_differently_in_two_files()
        {
            var compilation = Compile(
                ("acme/v1/a.yaml", Header(extraLines: new[] { "auth: { scheme: basic }" })),
                ("acme/v1/b.yaml", Lines("spec: 1", "provider: acme", "version: v1", "auth: { scheme: bearer, header: Authorization }")));

            ExpectOnly(compilation, SpecDiagnostics.ConflictingHeader, "acme/v1/b.yaml", 1, 1, "'auth'", "acme/v1/a.yaml");
        }

        [Fact]
        public void No_document_in_any_file_is_a_users_own_spec_not_an_error()
        {
            // 'document' is required only of transcriptions (OwnSpecTests); without one, operations need no 'source' either.
            var compilation = Compile(
                ("acme/v1/b.yaml", Header(document: null)),
                ("acme/v1/a.yaml", Header(document: null) + "operations:\n  get: { kind: endpoint, method: GET, path: /x }\n"));

            Valid(compilation);
        }

        [Fact]
        [Covers("SG1203")]
        public void SG1203_endpoint_without_base_url()
        {
            var compilation = CompileOne(Header(baseUrl: null) + "operations:\n  get: { kind: endpoint, source: S, method: GET, path: /x }\n");

            ExpectOnly(compilation, SpecDiagnostics.MissingHeader, F, 1, 1, "acme/v1", "'base_url'");
        }

        // ---------------------------------------------------------------- SG13xx meaning

        [Fact]
        [Covers("SG1301")]
        public void SG1301_unknown_field_type()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      id: { type: string }
                      when: { type: Strnig }
                """);

            ExpectOnly(compilation, SpecDiagnostics.UnknownType, F, H + 5, 7, "'Strnig'", "schema S.when", "acme/v1");
        }

        [Fact]
        [Covers("SG1301")]
        public void SG1301_unknown_array_item_type()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      items: { type: array, items: Mesage }
                """);

            ExpectOnly(compilation, SpecDiagnostics.UnknownType, F, H + 4, 7, "'Mesage'", "schema S.items items");
        }

        [Fact]
        [Covers("SG1301")]
        public void SG1301_unknown_response_body()
        {
            var compilation = Body("""
                operations:
                  get:
                    kind: endpoint
                    source: S
                    method: GET
                    path: /x
                    responses:
                      - outcome: success
                        status: 200
                        body: Reslt
                """);

            ExpectOnly(compilation, SpecDiagnostics.UnknownType, F, H + 8, 9, "'Reslt'", "operation get response");
        }

        [Fact]
        [Covers("SG1301")]
        public void SG1301_unknown_json_body_is_reported_at_the_operation()
        {
            var compilation = Body("""
                operations:
                  send:
                    kind: endpoint
                    source: S
                    method: POST
                    path: /x
                    encoding: json
                    body: SendRequst
                """);

            ExpectOnly(compilation, SpecDiagnostics.UnknownType, F, H + 2, 3, "'SendRequst'", "operation send body");
        }

        [Fact]
        [Covers("SG1301")]
        public void SG1301_unknown_reply_body_is_reported_at_the_operation()
        {
            var compilation = Body("""
                operations:
                  hook:
                    kind: webhook
                    source: S
                    method: POST
                    path: /hook
                    reply: { status: 200, body: Ak }
                """);

            ExpectOnly(compilation, SpecDiagnostics.UnknownType, F, H + 2, 3, "'Ak'", "operation hook reply");
        }

        [Fact]
        [Covers("SG1302")]
        public void SG1302_unknown_code_table_is_reported_at_the_operation()
        {
            var compilation = Body("""
                operations:
                  send:
                    kind: endpoint
                    source: S
                    method: POST
                    path: /x
                    code_table: sms_stauts
                """);

            ExpectOnly(compilation, SpecDiagnostics.UnknownCodeTable, F, H + 2, 3, "'sms_stauts'", "operation send", "acme/v1");
        }

        private const string NestedSchemas = """
            schemas:
              Row: { fields: { id: { type: string } } }
              Section: { fields: { rows: { type: array, items: Row } } }
              Message:
                fields:
                  sections: { type: array, items: Section }
                  title: { type: string }
                  min: { type: int }
                rules:
            """;

        [Fact]
        [Covers("SG1303")]
        public void SG1303_rule_target_with_a_missing_segment()
        {
            var compilation = Body(NestedSchemas + "\n      - unique: sections[].rowz[].id\n");

            ExpectOnly(compilation, SpecDiagnostics.UnknownRuleTarget, F, H + 10, 9, "unique rule", "schema Message", "'sections[].rowz[].id'", "no field 'rowz'");
        }

        [Fact]
        [Covers("SG1303")]
        public void SG1303_rule_target_stepping_into_a_non_array()
        {
            var compilation = Body(NestedSchemas + "\n      - same: title[].x\n");

            ExpectOnly(compilation, SpecDiagnostics.UnknownRuleTarget, F, H + 10, 9, "'title[].x'", "'title' is not an array");
        }

        [Fact]
        [Covers("SG1303")]
        public void SG1303_compare_right_side_missing()
        {
            var compilation = Body(NestedSchemas + "\n      - compare: { left: min, op: le, right: max }\n");

            ExpectOnly(compilation, SpecDiagnostics.UnknownRuleTarget, F, H + 10, 9, "compare rule", "'max'");
        }

        [Fact]
        [Covers("SG1303")]
        public void SG1303_operation_rule_target_missing()
        {
            var compilation = Body("""
                operations:
                  get:
                    kind: endpoint
                    source: S
                    method: GET
                    path: /x
                    parameters:
                      mcc: { type: string }
                    rules:
                      - forbidden: mnc
                        when: { field: mcc, present: false }
                """);

            ExpectOnly(compilation, SpecDiagnostics.UnknownRuleTarget, F, H + 10, 9, "operation get", "'mnc'");
        }

        [Theory]
        [Covers("SG1304")]
        [InlineData("range", "int", "{ min: 10, max: 1 }", "10", "1")]
        [InlineData("length", "string", "{ min: 5, max: 2 }", "5", "2")]
        public void SG1304_min_greater_than_max(string kind, string type, string bounds, string min, string max)
        {
            var compilation = Body(
                "schemas:\n" +
                "  S:\n" +
                "    fields:\n" +
                "      n:\n" +
                "        type: " + type + "\n" +
                "        rules:\n" +
                "          - " + kind + ": " + bounds + "\n");

            ExpectOnly(compilation, SpecDiagnostics.EmptyRange, F, H + 7, 15 + kind.Length, "The " + kind + " rule", "S.n", "min " + min, "max " + max);
        }

        [Fact]
        [Covers("SG1104")]
        public void SG1104_range_bound_not_a_number_is_reported_once()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      n: { type: int, rules: [{ range: { min: abc } }] }
                """);

            ExpectOnly(compilation, SpecDiagnostics.InvalidValue, F, H + 4, 47, "'abc'", "'min' of range rule");
        }

        [Fact]
        [Covers("SG1304")]
        public void SG1304_count_min_greater_than_max()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      tags:
                        type: array
                        items: string
                        rules:
                          - count:
                              min: 3
                              max: 1
                """);

            ExpectOnly(compilation, SpecDiagnostics.EmptyRange, F, H + 9, 15, "count rule", "min 3", "max 1");
        }

        [Fact]
        [Covers("SG1305")]
        public void SG1305_invalid_regular_expression()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      code:
                        type: string
                        rules:
                          - pattern: '^[0-9+$'
                """);

            ExpectOnly(compilation, SpecDiagnostics.BadRegex, F, H + 7, 22, "'^[0-9+$'", "S.code");
        }

        [Fact]
        [Covers("SG1306")]
        public void SG1306_variant_naming_a_missing_schema()
        {
            var compilation = Body("""
                schemas:
                  TextContent: { fields: { type: { type: string } } }
                unions:
                  Content:
                    discriminator: type
                    variants:
                      text: TextContent
                      image: ImageContnet
                """);

            ExpectOnly(compilation, SpecDiagnostics.BadVariant, F, H + 8, 7, "'image'", "union Content", "'ImageContnet'", "is not a schema");
        }

        [Fact]
        [Covers("SG1306")]
        public void SG1306_variant_schema_without_the_discriminator()
        {
            var compilation = Body("""
                schemas:
                  TextContent: { fields: { kind: { type: string } } }
                unions:
                  Content:
                    discriminator: type
                    variants:
                      text: TextContent
                """);

            ExpectOnly(compilation, SpecDiagnostics.BadVariant, F, H + 7, 7, "'text'", "'TextContent'", "no discriminator field 'type'");
        }

        private const string Networks = """
            lookups:
              networks:
                source: Network Code
                columns: [network_code, country, mcc]
                key: network_code
                rows:
            """;

        [Fact]
        [Covers("SG1307")]
        public void SG1307_row_with_too_few_values()
        {
            var compilation = Body(Networks + "\n      - [\"1\", AB, \"289\"]\n      - [\"2\", AB]\n");

            ExpectOnly(compilation, SpecDiagnostics.LookupArity, F, H + 8, 9, "Row 2", "lookup networks", "2 values", "3 columns");
        }

        [Fact]
        [Covers("SG1307")]
        public void SG1307_long_row_with_too_many_values()
        {
            var compilation = Body(Networks + "\n      - { values: [\"1\", AB, \"289\", x], note: extra }\n");

            ExpectOnly(compilation, SpecDiagnostics.LookupArity, F, H + 7, 9, "Row 1", "4 values", "3 columns");
        }

        [Fact]
        [Covers("SG1308")]
        public void SG1308_duplicate_key_value()
        {
            var compilation = Body(Networks + "\n      - [\"1\", AB, \"289\"]\n      - [\"2\", AB, \"289\"]\n      - [\"1\", CD, \"290\"]\n");

            ExpectOnly(compilation, SpecDiagnostics.DuplicateLookupKey, F, H + 9, 9, "'1'", "lookup networks", "row 3");
        }

        [Fact]
        [Covers("SG1309")]
        public void SG1309_unknown_key_column()
        {
            var compilation = Body("""
                lookups:
                  networks:
                    source: S
                    columns: [network_code, mcc]
                    key: network
                """);

            ExpectOnly(compilation, SpecDiagnostics.UnknownColumn, F, H + 2, 3, "'network'", "lookup networks", "network_code, mcc");
        }

        [Fact]
        [Covers("SG1309")]
        public void SG1309_unknown_index_column()
        {
            var compilation = Body("""
                lookups:
                  networks:
                    source: S
                    columns: [network_code, mcc]
                    indexes: [[mcc, mnc]]
                """);

            ExpectOnly(compilation, SpecDiagnostics.UnknownColumn, F, H + 2, 3, "'mnc'", "lookup networks");
        }

        [Fact]
        [Covers("SG1310")]
        public void SG1310_duplicate_int_code_after_normalization()
        {
            var compilation = Body("""
                code_tables:
                  status:
                    source: S
                    codes:
                      - { code: 1, meaning: A }
                      - { code: "01", meaning: B }
                """);

            ExpectOnly(compilation, SpecDiagnostics.DuplicateCode, F, H + 6, 9, "'1'", "code table status");
        }

        [Fact]
        public void Codes_that_differ_only_by_leading_zeros_are_distinct_string_keys()
        {
            var compilation = Body("""
                code_tables:
                  status:
                    source: S
                    key: string
                    codes:
                      - { code: "1" }
                      - { code: "01" }
                """);

            Assert.Empty(compilation.Diagnostics);
        }

        [Fact]
        [Covers("SG1310")]
        public void SG1310_duplicate_enum_value()
        {
            var compilation = Body("""
                enums:
                  Format:
                    values:
                      - JSON
                      - { value: XML }
                      - JSON
                """);

            ExpectOnly(compilation, SpecDiagnostics.DuplicateCode, F, H + 6, 9, "'JSON'", "enum Format");
        }

        [Fact]
        [Covers("SG1311")]
        public void SG1311_path_placeholder_without_a_parameter()
        {
            var compilation = Body("""
                operations:
                  get:
                    kind: endpoint
                    source: S
                    method: GET
                    path: /items/{item_id}
                """);

            ExpectOnly(compilation, SpecDiagnostics.PathParameter, F, H + 2, 3, "operation get", "{item_id}", "in: path");
        }

        [Fact]
        [Covers("SG1311")]
        public void SG1311_path_parameter_missing_from_the_path()
        {
            var compilation = Body("""
                operations:
                  get:
                    kind: endpoint
                    source: S
                    method: GET
                    path: /items
                    parameters:
                      item_id: { type: string, in: path }
                """);

            ExpectOnly(compilation, SpecDiagnostics.PathParameter, F, H + 8, 7, "'item_id'", "operation get", "'/items'");
        }

        [Fact]
        [Covers("SG1312")]
        public void SG1312_range_on_a_string()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      name:
                        type: string
                        rules:
                          - range: { max: 10 }
                """);

            ExpectOnly(compilation, SpecDiagnostics.RuleNotApplicable, F, H + 7, 13, "range rule", "schema S.name", "string", "'length'");
        }

        [Fact]
        [Covers("SG1312")]
        public void SG1312_length_on_an_int()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      n: { type: int, rules: [{ length: { max: 3 } }] }
                """);

            ExpectOnly(compilation, SpecDiagnostics.RuleNotApplicable, F, H + 4, 31, "length rule", "S.n", "int");
        }

        [Fact]
        [Covers("SG1312")]
        public void SG1312_count_on_a_single_value()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      n: { type: string, rules: [{ count: { max: 3 } }] }
                """);

            ExpectOnly(compilation, SpecDiagnostics.RuleNotApplicable, F, H + 4, 34, "count rule", "S.n", "arrays and delimited lists");
        }

        [Fact]
        [Covers("SG1312")]
        public void SG1312_object_rule_written_on_a_field()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      ids:
                        type: array
                        items: string
                        rules:
                          - unique: ids
                """);

            ExpectOnly(compilation, SpecDiagnostics.RuleNotApplicable, F, H + 8, 13, "unique rule", "S.ids", "rules of the schema or operation");
        }

        [Fact]
        [Covers("SG1312")]
        public void SG1312_allowed_variants_on_a_non_union()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      kind: { type: string, rules: [{ allowed_variants: [a] }] }
                """);

            ExpectOnly(compilation, SpecDiagnostics.RuleNotApplicable, F, H + 4, 37, "allowed_variants rule", "S.kind", "union");
        }

        [Fact]
        [Covers("SG1313")]
        public void SG1313_default_not_of_the_type()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      n: { type: int, default: four }
                """);

            ExpectOnly(compilation, SpecDiagnostics.ValueNotOfType, F, H + 4, 7, "'four'", "schema S.n default", "int");
        }

        [Fact]
        [Covers("SG1313")]
        public void SG1313_allowed_value_not_of_the_type()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      flag:
                        type: bool
                        rules:
                          - allowed: [true, maybe]
                """);

            ExpectOnly(compilation, SpecDiagnostics.ValueNotOfType, F, H + 7, 13, "'maybe'", "schema S.flag", "bool");
        }

        [Fact]
        [Covers("SG1313")]
        public void SG1313_text_code_in_an_int_code_table()
        {
            var compilation = Body("""
                code_tables:
                  status:
                    source: S
                    codes:
                      - { code: 0 }
                      - { code: E1 }
                """);

            ExpectOnly(compilation, SpecDiagnostics.ValueNotOfType, F, H + 6, 9, "'E1'", "code table status", "key: string");
        }

        [Fact]
        [Covers("SG1314")]
        public void SG1314_condition_on_a_missing_field_is_reported()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      kind: { type: string }
                      text:
                        type: string
                        rules:
                          - required_when: { field: knd, equals: text }
                """);

            var d = Assert.Single(compilation.Diagnostics);
            Assert.Equal(SpecDiagnostics.UnknownConditionField.Id, d.Id);
            Assert.Equal(F, d.File);
            Assert.True(d.IsError);
            Assert.Contains("schema S.text", d.Message);
            Assert.Contains("'knd'", d.Message);
            Assert.Contains("no field 'knd'", d.Message);
        }

        [Fact]
        [Covers("SG1314")]
        public void SG1314_condition_on_a_missing_field_is_located_at_its_rule()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      kind: { type: string }
                      text:
                        type: string
                        rules:
                          - required_when: { field: knd, equals: text }
                """);

            ExpectOnly(compilation, SpecDiagnostics.UnknownConditionField, F, H + 8, 13, "schema S.text", "'knd'");
        }

        [Fact]
        [Covers("SG1314")]
        public void SG1314_schema_rule_condition_on_a_missing_field_is_located_at_its_rule()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      kind: { type: string }
                      text: { type: string }
                    rules:
                      - required: text
                        when: { not: { field: knd, equals: text } }
                """);

            ExpectOnly(compilation, SpecDiagnostics.UnknownConditionField, F, H + 7, 9, "schema S", "'knd'");
        }

        [Fact]
        [Covers("SG1314")]
        public void SG1314_condition_of_a_field_value_rule_is_checked()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      kind: { type: string }
                      text:
                        type: string
                        rules:
                          - allowed: [a, b]
                            when: { field: knd, equals: x }
                """);

            ExpectOnly(compilation, SpecDiagnostics.UnknownConditionField, F, H + 8, 13, "schema S.text", "'knd'");
        }

        [Fact]
        [Covers("SG1315")]
        public void SG1315_operation_without_source()
        {
            var compilation = Body("""
                operations:
                  get:
                    kind: endpoint
                    method: GET
                    path: /x
                """);

            ExpectOnly(compilation, SpecDiagnostics.MissingSource, F, H + 2, 3, "Operation get");
        }

        [Fact]
        [Covers("SG1315")]
        public void SG1315_blank_source()
        {
            var compilation = Body("""
                operations:
                  hook: { kind: webhook, source: " ", method: POST, path: /hook }
                """);

            ExpectOnly(compilation, SpecDiagnostics.MissingSource, F, H + 2, 3, "Operation hook");
        }

        [Fact]
        [Covers("SG1316")]
        public void SG1316_json_body_and_parameters()
        {
            var compilation = Body("""
                schemas:
                  SendRequest: { fields: { to: { type: phone } } }
                operations:
                  send:
                    kind: endpoint
                    source: S
                    method: POST
                    path: /send
                    encoding: json
                    body: SendRequest
                    parameters:
                      to: { type: phone }
                """);

            ExpectOnly(compilation, SpecDiagnostics.BodyAndParameters, F, H + 4, 3, "Operation send", "'body'", "'parameters'");
        }

        [Fact]
        [Covers("SG1317")]
        public void SG1317_array_without_items()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      tags:
                        type: array
                        description: The tags.
                """);

            ExpectOnly(compilation, SpecDiagnostics.ArrayWithoutItems, F, H + 5, 9, "S.tags");
        }

        [Fact]
        [Covers("SG1317")]
        public void SG1317_one_or_many_without_items()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      file: { type: one_or_many }
                """);

            ExpectOnly(compilation, SpecDiagnostics.ArrayWithoutItems, F, H + 4, 13, "S.file");
        }

        [Fact]
        [Covers("SG1317")]
        public void SG1317_array_parameter_without_items_in_a_flow_mapping()
        {
            var compilation = Body("""
                operations:
                  get:
                    kind: endpoint
                    source: S
                    method: GET
                    path: /x
                    parameters:
                      ids: { type: array }
                """);

            ExpectOnly(compilation, SpecDiagnostics.ArrayWithoutItems, F, H + 8, 12, "operation get.ids");
        }

        private const string ContentUnion = """
            schemas:
              Text: { fields: { type: { type: string } } }
              Media: { fields: { type: { type: string } } }
              Message:
                fields:
                  content:
                    type: Content
                    rules:
                      - allowed_variants: [image, audio]
            unions:
              Content:
                discriminator: type
                variants: { text: Text, image: Media }
            """;

        [Fact]
        [Covers("SG1318")]
        public void SG1318_allowed_variant_not_in_the_union()
        {
            var compilation = Body(ContentUnion);

            ExpectOnly(compilation, SpecDiagnostics.UnknownVariant, F, H + 9, 13, "'audio'", "schema Message.content", "union Content", "text, image");
        }

        [Fact]
        [Covers("SG1319")]
        public void SG1319_unknown_format()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      colour:
                        type: string
                        rules:
                          - format: rgb
                """);

            ExpectOnly(compilation, SpecDiagnostics.UnknownFormat, F, H + 7, 21, "'rgb'", "S.colour", "phone, url, datetime, date, hex, emoji");
        }

        [Fact]
        [Covers("SG1320")]
        public void SG1320_empty_allowed_list()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      kind:
                        type: string
                        rules:
                          - allowed: []
                """);

            ExpectOnly(compilation, SpecDiagnostics.EmptyAllowed, F, H + 7, 22, "allowed rule", "S.kind");
        }

        [Fact]
        [Covers("SG1320")]
        public void SG1320_empty_allowed_variants_list()
        {
            var compilation = Body(ContentUnion.Replace("[image, audio]", "[]"));

            ExpectOnly(compilation, SpecDiagnostics.EmptyAllowed, F, H + 9, 31, "allowed_variants rule", "Message.content");
        }

        [Fact]
        [Covers("SG1321")]
        public void SG1321_default_outside_the_range()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      mask:
                        type: int
                        default: 9
                        rules:
                          - range: { min: 1, max: 5 }
                """);

            ExpectOnly(compilation, SpecDiagnostics.DefaultViolatesRule, F, H + 4, 7, "'9'", "schema S.mask", "range rule");
        }

        [Fact]
        [Covers("SG1321")]
        public void SG1321_default_not_allowed()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      format: { type: string, default: html, rules: [{ allowed: [json, xml] }] }
                """);

            ExpectOnly(compilation, SpecDiagnostics.DefaultViolatesRule, F, H + 4, 7, "'html'", "schema S.format", "allowed rule");
        }

        [Fact]
        [Covers("SG1322")]
        public void SG1322_auth_field_declared_as_a_parameter()
        {
            var compilation = Body("""
                auth:
                  scheme: fields
                  fields:
                    acme-api-key: { description: The key. }
                operations:
                  get:
                    kind: endpoint
                    source: S
                    method: GET
                    path: /balance
                    parameters:
                      acme-api-key: { type: string, required: true }
                """);

            var d = ExpectOnly(compilation, SpecDiagnostics.UnusedAuthField, F, H + 12, 7, "'acme-api-key'", "operation get", "acme/v1");
            Assert.False(d.IsError);
        }
    
        // ---------------------------------------------------------------- issue 9 constructs

        private const string StatusSchemas = """
                schemas:
                  Result:
                    fields:
                      messages: { type: array, items: Item }
                      status: { type: int }
                  Item:
                    fields:
                      status: { type: int }
                      msgid: { type: string }
                      err_msg: { type: string }
                """;

        [Fact]
        [Covers("SG1323")]
        public void SG1323_body_status_names_a_missing_field()
        {
            var compilation = Body(StatusSchemas + "\n" + """
                  Error:
                    body_status:
                      code: code
                      message: text
                    fields:
                      status: { type: int }
                      text: { type: string }
                """);

            ExpectOnly(compilation, SpecDiagnostics.BodyStatusPath, F, H + 13, 7, "'code'", "schema Error", "no field 'code'");
        }

        [Fact]
        [Covers("SG1324")]
        public void SG1324_body_status_code_that_is_an_array()
        {
            var compilation = Body(StatusSchemas.Replace("  Result:\n    fields:", "  Result:\n    body_status: { code: messages }\n    fields:"));

            ExpectOnly(compilation, SpecDiagnostics.BadBodyStatus, F, H + 3, 18, "schema Result", "'messages'", "one number or text");
        }

        [Fact]
        [Covers("SG1324")]
        public void SG1324_requires_outside_the_items_of_a_per_item_code()
        {
            var compilation = Body(StatusSchemas.Replace("  Result:\n    fields:", "  Result:\n    body_status: { code: \"messages[].status\", requires: [status] }\n    fields:"));

            ExpectOnly(compilation, SpecDiagnostics.BadBodyStatus, F, H + 3, 18, "requires 'status'", "per item of 'messages'");
        }

        [Fact]
        [Covers("SG1324")]
        public void SG1324_body_status_on_a_response_without_a_body()
        {
            var compilation = Body("""
                operations:
                  get:
                    kind: endpoint
                    source: S
                    method: GET
                    path: /x
                    responses:
                      - outcome: error
                        status: 400
                        body_status: { code: status }
                """);

            ExpectOnly(compilation, SpecDiagnostics.BadBodyStatus, F, H + 10, 22, "operation get", "has no body");
        }

        [Fact]
        [Covers("SG1325")]
        public void SG1325_success_code_not_in_the_table()
        {
            var compilation = Body("""
                code_tables:
                  status:
                    source: Status
                    success: [0, 9]
                    codes:
                      - { code: 0, meaning: OK }
                      - { code: 1, meaning: Failed }
                """);

            ExpectOnly(compilation, SpecDiagnostics.UnknownSuccessCode, F, H + 2, 3, "'9'", "code table status");
        }

        [Fact]
        [Covers("SG1326")]
        public void SG1326_time_zone_on_a_string()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      at: { type: string, time_zone: "+08:00" }
                """);

            ExpectOnly(compilation, SpecDiagnostics.TimeZoneNotDateTime, F, H + 4, 7, "schema S.at", "string");
        }

        [Fact]
        [Covers("SG1104")]
        public void SG1104_time_zone_that_is_not_an_offset()
        {
            var compilation = Body("""
                schemas:
                  S:
                    fields:
                      at: { type: datetime, time_zone: Asia/Kuala_Lumpur }
                """);

            ExpectOnly(compilation, SpecDiagnostics.InvalidValue, F, H + 4, 40, "'Asia/Kuala_Lumpur'", "time_zone", "+08:00");
        }

        [Fact]
        [Covers("SG1327")]
        public void SG1327_response_with_body_and_items()
        {
            var compilation = Body(StatusSchemas + "\n" + """
                operations:
                  list:
                    kind: endpoint
                    source: S
                    method: GET
                    path: /x
                    responses:
                      - { outcome: success, status: 200, body: Item, items: Item }
                """);

            ExpectOnly(compilation, SpecDiagnostics.BodyAndItems, F, H + 18, 61, "a response of operation list", "items:");
        }

        // ---------------------------------------------------------------- SG14xx the locked surface

        [Fact]
        [Covers("SG1410")]
        public void SG1410_locked_field_became_required()
        {
            const string before = "spec: 1\nprovider: acme\nversion: v1\ndocument: d\nbase_url: https://x\nschemas:\n  S:\n    fields:\n      a: { type: string }\n";
            var locked = SpecGen.Spec.Locking.LockFile.Write(SpecCompiler.Compile(new[] { new KeyValuePair<string, string>("a.yaml", before) }).Models);
            var after = SpecCompiler.Compile(new[] { new KeyValuePair<string, string>("a.yaml", before.Replace("{ type: string }", "{ type: string, required: true }")) });
            var d = Assert.Single(SpecGen.Spec.Locking.LockFile.Check(locked, after.Models));
            Assert.Equal(("SG1410", "a.yaml", 9, 7), (d.Id, d.File, d.Line, d.Column));
            Assert.False(d.IsError);
            Assert.Contains("schemas.S.fields.a.required", d.Message);
            Assert.Contains("specgen lock", d.Message);
        }
    }
}
