using System.Linq;
using SpecGen.Spec.Diagnostics;
using Xunit;
using static SpecGen.Spec.Tests.TestSpecs;

namespace SpecGen.Spec.Tests
{
    /// <summary>
    /// Writing your own spec: document/source are required only of transcriptions, and a spec that extends a bundled
    /// one reuses its shared blocks (base URL, auth, response format, enums and code tables).
    /// </summary>
    public class OwnSpecTests
    {
        private static SpecCompilation WithBundled(params (string Path, string Yaml)[] own) =>
            SpecCompiler.Compile(RepoFiles.SpecFiles().Where(f => f.Path.Replace(System.IO.Path.DirectorySeparatorChar, (char)47).Contains("spec/mocean/v2/", System.StringComparison.Ordinal)).Select(f => new System.Collections.Generic.KeyValuePair<string, string>(f.Path, f.Text))
                .Concat(own.Select(o => new System.Collections.Generic.KeyValuePair<string, string>(o.Path, o.Yaml))));

        [Fact]
        public void Every_bundled_spec_is_a_transcription_naming_its_document_and_every_operation_its_source()
        {
            var compiled = RealSpecs.Compiled;
            Assert.NotEmpty(compiled.Models);
            foreach (var model in compiled.Models)
            {
                Assert.False(string.IsNullOrWhiteSpace(model.Header.Document), model.Id + " names no document");
                Assert.All(model.Operations, o => Assert.False(string.IsNullOrWhiteSpace(o.Source), model.Id + " " + o.Name + " names no source"));
            }
        }

        [Fact]
        public void A_transcription_still_needs_a_source_per_operation()
        {
            var compilation = CompileOne(Header() + "operations:\n  get: { kind: endpoint, method: GET, path: /x }\n");
            Assert.Equal("SG1315", Assert.Single(compilation.Diagnostics).Id);
        }

        [Fact]
        public void An_own_spec_extending_a_bundled_one_inherits_its_shared_blocks()
        {
            var compilation = WithBundled(("own/relay.yaml", Lines(
                "spec: 1",
                "provider: relay",
                "version: v1",
                "extends: mocean/v2",
                "base_url: https://sms.relay.example/rest/2",
                "operations:",
                "  send_sms:",
                "    kind: endpoint",
                "    method: POST",
                "    path: /sms",
                "    code_table: sms_status",
                "    parameters:",
                "      mocean-to: { type: phone, required: true }",
                "      mocean-text: { type: string, required: true }",
                "      mocean-charset: { type: Charset }")));

            Assert.True(compilation.Diagnostics.Count == 0, Describe(compilation.Diagnostics));
            var relay = compilation.Models.Single(m => m.Id == "relay/v1");
            var mocean = compilation.Models.Single(m => m.Id == "mocean/v2");
            Assert.Equal(mocean.Header.Auth, relay.Header.Auth);
            Assert.Equal(mocean.Header.ResponseFormat, relay.Header.ResponseFormat);
            Assert.Equal("mocean-", relay.Header.StripPrefix);
            Assert.Equal("https://sms.relay.example/rest/2", relay.Header.BaseUrl);   // its own value wins
            Assert.Null(relay.Header.Namespace);                                     // Relay.V1, not Mocean.V2
            Assert.Contains(relay.Enums, e => e.Name == "Charset");
            Assert.Contains(relay.CodeTables, t => t.Name == "sms_status");
            Assert.DoesNotContain(relay.Schemas, s => s.Name == "SmsSendResult");  // operations and schemas are its own
            Assert.Empty(relay.Lookups);
        }

        [Fact]
        public void Extending_a_spec_that_is_not_compiled_is_reported_at_the_header()
        {
            var compilation = WithBundled(("own/relay.yaml", Lines("spec: 1", "provider: relay", "version: v1", "extends: mocean/v9")));
            var diagnostic = Assert.Single(compilation.Diagnostics);
            Assert.Equal(SpecDiagnostics.InvalidValue.Id, diagnostic.Id);
            Assert.Equal(("own/relay.yaml", 1), (diagnostic.File, diagnostic.Line));
            Assert.Contains("mocean/v9", diagnostic.Message);
            Assert.Contains("mocean/v2", diagnostic.Message);
        }
    }
}
