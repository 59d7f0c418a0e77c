using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using SpecGen.Spec.Model;
using Xunit;

namespace SpecGen.Spec.Tests;

/// <summary>
/// Re-reads the tables of the source documents in spec/sources and checks the spec against them, so
/// the transcription stays honest when either side changes.
/// </summary>
public class SourceConsistencyTests
{
    private static SpecModel Spec(string provider, string version) =>
        RealSpecs.Compiled.Models.Single(m => m.Header.Provider == provider && m.Header.Version == version);

    [Fact]
    public void Bundled_specs_compile_without_errors_or_warnings()
    {
        Assert.Empty(RealSpecs.Compiled.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(new[] { "mobtexting/v2", "mocean/v1", "mocean/v2", "oca/v1" }, RealSpecs.Compiled.Models.Select(m => m.Id).ToArray());
    }

    [Fact]
    public void Network_rows_match_the_document_line_for_line()
    {
        var source = RepoFiles.Source("001").Split('\n').Select(l => l.Trim()).ToList();
        var start = source.IndexOf("Network Code Country Code Country Name Operator MCC MNC");
        var end = source.IndexOf("MC Object");
        Assert.True(start > 0 && end > start);
        var lines = source.Skip(start + 1).Take(end - start - 1).Where(l => l.Length > 0).ToList();
        var lookup = Spec("mocean", "v2").Lookups.Single(l => l.Name == "networks");

        Assert.Equal(1347, lines.Count);
        Assert.Equal(lines.Count, lookup.Rows.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var joined = string.Join(" ", lookup.Rows[i].Values.Where(v => v.Length > 0));
            Assert.True(lines[i] == joined, $"row {i + 1}: document '{lines[i]}' vs spec '{joined}'");
        }
        var codes = lookup.Rows.Select(r => r.Values[0]).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        // Every ISO code maps to one country name.
        Assert.All(lookup.Rows.GroupBy(r => r.Values[1]), g => Assert.Single(g.Select(r => r.Values[2]).Distinct()));
    }

    /// <summary>Code blocks of the v2 document: a header line, then "code text" lines until a blank line.</summary>
    private static List<(int Line, HashSet<int> Codes)> V2CodeBlocks()
    {
        var lines = RepoFiles.Source("001").Split('\n');
        var header = new Regex(@"^\s*(Code Descriptions?|Error Status Code Error Description|Parameter Description|Status Code Meaning)\s*$");
        var code = new Regex(@"^\s*(\d{1,3}) \S");
        var blocks = new List<(int, HashSet<int>)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!header.IsMatch(lines[i])) continue;
            var codes = new HashSet<int>();
            for (var j = i + 1; j < lines.Length && lines[j].Trim().Length > 0 && !header.IsMatch(lines[j]); j++)
            {
                var m = code.Match(lines[j]);
                if (m.Success) codes.Add(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            }
            if (codes.Count > 0) blocks.Add((i + 1, codes));
        }
        return blocks;
    }

    private static HashSet<int> Codes(CodeTableSpec t) =>
        t.Codes.Select(c => int.TryParse(c.Code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1).ToHashSet();

    [Fact]
    public void Every_v2_code_block_of_the_document_is_a_code_table_of_the_spec()
    {
        var tables = Spec("mocean", "v2").CodeTables.Select(t => (t.Name, Codes: Codes(t))).ToList();
        var missing = V2CodeBlocks().Where(b => !tables.Any(t => t.Codes.SetEquals(b.Codes))).Select(b => $"line {b.Line}: {{{string.Join(",", b.Codes.OrderBy(x => x))}}}").ToList();
        Assert.True(missing.Count == 0, "document code blocks with no equal spec table:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void V1_code_tables_match_the_documents_pipe_tables()
    {
        var lines = RepoFiles.Source("000").Split('\n');
        var row = new Regex(@"^(\d{1,3}) \| (.+) \|$");
        var blocks = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            var m = row.Match(line.Trim());
            if (m.Success) (current ??= new List<string>()).Add(m.Groups[1].Value);
            else if (current is not null) { blocks.Add(current); current = null; }
        }
        if (current is not null) blocks.Add(current);
        var spec = Spec("mocean", "v1");
        foreach (var block in blocks)
        {
            var matched = spec.CodeTables.Any(t => t.Codes.Select(c => c.Code).ToHashSet().SetEquals(block)
                || Codes(t).SetEquals(block.Select(c => int.Parse(c, CultureInfo.InvariantCulture))));
            Assert.True(matched, "no v1 code table equals the document table starting with code " + block[0] + " (" + block.Count + " codes)");
        }
        Assert.Equal(4, blocks.Count);
        // The DLR error table keeps its leading zeros.
        Assert.Contains(spec.CodeTables.Single(t => t.Name == "dlr_error").Codes, c => c.Code == "000");
    }

    [Theory]
    [InlineData("oca", "v1", "error_code", new[] { "13", "17", "19", "39", "41", "51", "55" })]
    [InlineData("oca", "v1", "http_status", new[] { "200", "401", "404", "406", "500" })]
    [InlineData("mobtexting", "v2", "http_status", new[] { "200", "202", "400", "401", "403", "404", "409", "422", "429", "5xx" })]
    [InlineData("mobtexting", "v2", "product", new[] { "T", "P", "S", "G", "VOC", "WAP", "RCS", "L", "MIP" })]
    public void Small_document_tables_are_transcribed_whole(string provider, string version, string table, string[] codes)
    {
        var document = RepoFiles.Source(provider == "oca" ? "003" : "002");
        var lines = document.Split('\n').Select(l => l.Trim()).ToHashSet();
        var spec = Spec(provider, version).CodeTables.Single(t => t.Name == table);
        Assert.Equal(codes.OrderBy(c => c, StringComparer.Ordinal), spec.Codes.Select(c => c.Code).OrderBy(c => c, StringComparer.Ordinal));
        // Each code is in the document as written (its own line in OCA, the start of a row in Mobtexting).
        foreach (var code in codes) Assert.Contains(lines, l => l == code || l.StartsWith(code + " ", StringComparison.Ordinal));
    }

    /// <summary>
    /// Parameters documented under each endpoint of the v2 document ("name" / "required|optional"
    /// line pairs after the endpoint's URL line) are exactly the spec's parameters plus the auth fields.
    /// </summary>
    [Theory]
    [InlineData("POST", "/sms", "send_sms")]
    [InlineData("POST", "/conversion", "conversion")]
    [InlineData("POST", "/voice/dial", "voice_dial")]
    [InlineData("POST", "/voice/hangup", "voice_hangup")]
    [InlineData("GET", "/voice/rec", "voice_recording")]
    [InlineData("POST", "/verify/req", "verify_request")]
    [InlineData("POST", "/verify/req/sms", "verify_request_sms")]
    [InlineData("POST", "/verify/resend/sms", "verify_resend_sms")]
    [InlineData("POST", "/verify/req/telegram", "verify_request_telegram")]
    [InlineData("POST", "/verify/check", "verify_check")]
    [InlineData("POST", "/nl", "number_lookup")]
    [InlineData("GET", "/account/balance", "balance")]
    [InlineData("GET", "/account/pricing", "pricing")]
    [InlineData("GET", "/report/message", "message_status")]
    public void V2_endpoint_parameters_match_the_document(string method, string path, string operation)
    {
        var lines = RepoFiles.Source("001").Split('\n').Select(l => l.Trim()).ToList();
        var url = method + " https://rest.moceanapi.com/rest/2" + path;
        var at = lines.IndexOf(url);
        Assert.True(at > 0, "endpoint line not found: " + url);
        var documented = new List<string>();
        for (var i = at + 1; i < lines.Count - 1; i++)
        {
            if (lines[i].StartsWith("POST https://", StringComparison.Ordinal) || lines[i].StartsWith("GET https://", StringComparison.Ordinal) || lines[i].StartsWith("PUT https://", StringComparison.Ordinal)) break;
            if (Regex.IsMatch(lines[i], "^(Code Descriptions?|Error Status Code Error Description)$")) break;
            if (Regex.IsMatch(lines[i], "^[a-z][a-z_-]*$") && (lines[i + 1] == "required" || lines[i + 1] == "optional")) documented.Add(lines[i]);
        }
        var spec = Spec("mocean", "v2");
        var op = spec.Operations.Single(o => o.Name == operation);
        Assert.Equal(method, op.Method);
        Assert.Equal(path, op.Path);
        var declared = op.Parameters.Select(p => p.WireName).Concat(spec.Header.Auth!.Fields.Select(f => f.Name)).ToHashSet();
        Assert.Equal(documented.Distinct().OrderBy(x => x, StringComparer.Ordinal), declared.OrderBy(x => x, StringComparer.Ordinal));
        // Required flags as documented.
        foreach (var p in op.Parameters)
        {
            var index = lines.IndexOf(p.WireName, at);
            Assert.Equal(lines[index + 1] == "required", p.Required);
        }
    }
}
