using System;
using System.Collections.Generic;
using System.Linq;
using SpecGen.Spec;
using SpecGen.Spec.Diagnostics;
using SpecGen.Spec.Model;
using Xunit;

namespace SpecGen.Spec.Tests
{
    /// <summary>Small helpers to compile spec text in tests.</summary>
    internal static class TestSpecs
    {
        /// <summary>The file name used when a test compiles a single file.</summary>
        public const string DefaultPath = "acme/v1/api.yaml";

        /// <summary>The number of lines <see cref="MinimalHeader"/> takes; a body appended to it starts on line <c>HeaderLines + 1</c>.</summary>
        public const int HeaderLines = 5;

        /// <summary>A minimal valid header: every key a spec needs and nothing else.</summary>
        public static readonly string MinimalHeader = Header();

        /// <summary>
        /// A header of <c>spec</c>, <c>provider</c>, <c>version</c>, then the optional <c>document</c> and
        /// <c>base_url</c> (pass null to leave one out), then any extra lines.
        /// </summary>
        public static string Header(
            string provider = "acme",
            string version = "v1",
            string? document = "acme.txt",
            string? baseUrl = "https://api.acme.test/v1",
            params string[] extraLines)
        {
            var lines = new List<string> { "spec: 1", "provider: " + provider, "version: " + version };
            if (document is not null) lines.Add("document: " + document);
            if (baseUrl is not null) lines.Add("base_url: " + baseUrl);
            lines.AddRange(extraLines);
            return Lines(lines.ToArray());
        }

        /// <summary>Joins lines with '\n' and ends the text with a newline.</summary>
        public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

        /// <summary>The minimal header followed by <paramref name="body"/> (whose first line becomes line <c>HeaderLines + 1</c>).</summary>
        public static string WithHeader(string body) => MinimalHeader + Normalize(body);

        /// <summary>Compiles files given as (path, text) pairs.</summary>
        public static SpecCompilation Compile(params (string path, string yaml)[] files) =>
            SpecCompiler.Compile(files.Select(f => new KeyValuePair<string, string>(f.path, Normalize(f.yaml))));

        /// <summary>Compiles one file at <see cref="DefaultPath"/>.</summary>
        public static SpecCompilation CompileOne(string yaml) => Compile((DefaultPath, yaml));

        /// <summary>Compiles the minimal header plus <paramref name="body"/>, asserts there is no diagnostic at all and returns the one model.</summary>
        public static SpecModel CompileValid(string body) => Valid(CompileOne(WithHeader(body)));

        /// <summary>Asserts a compilation has no diagnostic and exactly one model, and returns it.</summary>
        public static SpecModel Valid(SpecCompilation compilation)
        {
            Assert.True(compilation.Diagnostics.Count == 0, "unexpected diagnostics:\n" + Describe(compilation.Diagnostics));
            return Assert.Single(compilation.Models);
        }

        /// <summary>One diagnostic per line, for assertion messages.</summary>
        public static string Describe(IEnumerable<SpecDiagnostic> diagnostics)
        {
            var text = string.Join("\n", diagnostics.Select(d => "  " + d));
            return text.Length == 0 ? "  (none)" : text;
        }

        /// <summary>Line endings as '\n' (raw string literals follow the source file's endings).</summary>
        public static string Normalize(string text) => text.Replace("\r\n", "\n");

        /// <summary>The schema of that name (fails the test when absent).</summary>
        public static SchemaSpec Schema(this SpecModel model, string name) => Assert.Single(model.Schemas, s => s.Name == name);

        /// <summary>The operation of that name.</summary>
        public static OperationSpec Operation(this SpecModel model, string name) => Assert.Single(model.Operations, o => o.Name == name);

        /// <summary>The field or parameter of that wire name.</summary>
        public static FieldSpec Field(this IEnumerable<FieldSpec> fields, string wireName) => Assert.Single(fields, f => f.WireName == wireName);

        /// <summary>An <see cref="EquatableArray{T}"/> of strings, for comparisons.</summary>
        public static EquatableArray<string> Strings(params string[] values) => new EquatableArray<string>(values);
    }
}
