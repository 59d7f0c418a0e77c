using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SpecGen.Analyzers.Values;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>
/// The analyzers' own JSON reader (System.Text.Json cannot be loaded by analyzers on every host) against
/// <see cref="JsonDocument"/> with the runtime's options, over a corpus: the peer SDK fixtures, the JSON examples of
/// the source documents, edge cases, and seeded mutations of all of them. Both must accept the same texts, and on
/// accepted texts read the same tree with the same raw text at every node (the analyzers report at those offsets).
/// </summary>
public sealed class JsonReaderDifferentialTests
{
    private const int MutationsPerText = 40;

    private static readonly JsonDocumentOptions RuntimeOptions = SpecGen.Runtime.Wire.JsonValues.Options;

    private static readonly string[] EdgeCases =
    {
        "", " ", "{}", "[]", "null", "true", "false", "0", "-0", "1e5", "1E+5", "-1.5e-3", "01", "1.", ".5", "+1", "-", "1e", "NaN", "Infinity",
        "123456789012345678901234567890", "\"\"", "\"a\\u00e9\\n\\t\\\"\\\\\\/\"", "\"\\ud83d\\ude00\"", "\"\\ud800\"", "\"\\x41\"", "\"\\u12\"", "\"tab\there\"", "\"line\nbreak\"",
        "{\"a\":1,}", "[1,2,]", "[,]", "{,}", "[1,,2]", "{\"a\" 1}", "{\"a\":}", "{a:1}", "{'a':1}", "[1 2]", "{\"a\":1}{}", "{\"a\":1} // trailing comment", "/* lead */ [1]",
        "[1 /* inner */, 2]", "{\"a\":1 // c\n}", "/* open", "// only a comment", "{\"a\":1,\"a\":2}", "\uFEFF{}", "{\"k\":[{\"x\":[null,true,false,\"s\",1.25]}]}", "nul", "tru", "[\"unterminated]",
        new string('[', 64) + new string(']', 64), new string('[', 65) + new string(']', 65), new string('[', 63) + "{\"a\":1}" + new string(']', 63), new string('[', 64) + "{\"a\":1}" + new string(']', 64),
    };

    public static IEnumerable<object[]> Corpus() => Texts().Select(t => new object[] { t.Name });

    private static readonly Lazy<Dictionary<string, string>> All = new(() => Texts().ToDictionary(t => t.Name, t => t.Text, StringComparer.Ordinal));

    /// <summary>Every corpus text by a stable name (the seed texts; mutations are made inside the test).</summary>
    private static IEnumerable<(string Name, string Text)> Texts()
    {
        var fixtures = Path.Combine(RepoFiles.Root, "tests", "SpecGen.Generator.Tests", "Fixtures");
        foreach (var file in Directory.GetFiles(fixtures, "*.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            yield return ("fixture " + Path.GetRelativePath(fixtures, file).Replace('\\', '/'), File.ReadAllText(file));
        }
        foreach (var file in Directory.GetFiles(Path.Combine(RepoFiles.SpecDir, "sources"), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var i = 0;
            foreach (var example in JsonExamples(File.ReadAllText(file))) yield return ("example " + Path.GetFileName(file) + " #" + i++, example);
        }
        for (var i = 0; i < EdgeCases.Length; i++) yield return ("edge #" + i, EdgeCases[i]);
    }

    /// <summary>The documents' JSON examples: from a line starting with '{' or '[' to its closing bracket (strings respected).</summary>
    private static IEnumerable<string> JsonExamples(string document)
    {
        var pos = 0;
        while (pos < document.Length)
        {
            var lineStart = pos;
            while (pos < document.Length && (document[pos] == ' ' || document[pos] == '\t')) pos++;
            if (pos < document.Length && (document[pos] == '{' || document[pos] == '['))
            {
                var end = ClosingBracket(document, pos);
                if (end > pos)
                {
                    yield return document.Substring(pos, end - pos);
                    pos = end;
                    continue;
                }
            }
            var next = document.IndexOf('\n', lineStart);
            pos = next < 0 ? document.Length : next + 1;
        }
    }

    private static int ClosingBracket(string text, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            else if (c == '{' || c == '[') depth++;
            else if (c == '}' || c == ']')
            {
                depth--;
                if (depth == 0) return i + 1;
            }
        }
        return -1;
    }

    [Fact]
    public void The_corpus_is_large_enough_to_mean_something()
    {
        var texts = Texts().ToList();
        Assert.True(texts.Count(t => t.Name.StartsWith("fixture", StringComparison.Ordinal)) >= 50, "fixtures: " + texts.Count(t => t.Name.StartsWith("fixture", StringComparison.Ordinal)));
        Assert.True(texts.Count(t => t.Name.StartsWith("example", StringComparison.Ordinal)) >= 20, "examples: " + texts.Count(t => t.Name.StartsWith("example", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Reader_and_JsonDocument_agree_on_a_text_and_its_mutations(string name)
    {
        var seed = All.Value[name];
        var random = new Random(StableHash(name));
        var mismatches = new List<string>();
        Compare(name, seed, mismatches);
        for (var i = 0; i < MutationsPerText && mismatches.Count < 5; i++)
        {
            var mutated = Mutate(seed, random);
            Compare(name + " mutation " + i, mutated, mismatches);
        }
        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches));
    }

    private static void Compare(string name, string text, List<string> mismatches)
    {
        var node = JsonReader.Read(text, out var error);
        JsonDocument? document = null;
        string? documentError = null;
        try
        {
            document = JsonDocument.Parse(text, RuntimeOptions);
            // A lone surrogate ("\ud800") parses, but no string can be read from it: the runtime fails such a body.
            Readable(document.RootElement);
        }
        catch (Exception e) when (e is JsonException || e is ArgumentException || e is InvalidOperationException)
        {
            document?.Dispose();
            document = null;
            documentError = e.Message;
        }
        using (document)
        {
            if ((node is null) != (document is null))
            {
                mismatches.Add($"{name}: JsonReader {(node is null ? "rejects (" + error?.Message + ")" : "accepts")}, JsonDocument {(document is null ? "rejects (" + documentError + ")" : "accepts")}\n--- text ---\n{Shorten(text)}");
                return;
            }
            if (node is null || document is null) return;
            var difference = Difference(text, node, document.RootElement, "$");
            if (difference is not null) mismatches.Add($"{name}: {difference}\n--- text ---\n{Shorten(text)}");
        }
    }

    private static void Readable(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String: e.GetString(); break;
            case JsonValueKind.Array: foreach (var item in e.EnumerateArray()) Readable(item); break;
            case JsonValueKind.Object: foreach (var member in e.EnumerateObject()) { _ = member.Name; Readable(member.Value); } break;
        }
    }

    /// <summary>The first difference between the two trees, or null.</summary>
    private static string? Difference(string text, JsonNode node, JsonElement element, string path)
    {
        var raw = text.Substring(node.Start, node.End - node.Start);
        if (raw != element.GetRawText()) return $"{path}: raw text '{Shorten(raw)}' vs '{Shorten(element.GetRawText())}'";
        var expected = element.ValueKind switch
        {
            JsonValueKind.Object => JsonKind.Object,
            JsonValueKind.Array => JsonKind.Array,
            JsonValueKind.String => JsonKind.String,
            JsonValueKind.Number => JsonKind.Number,
            JsonValueKind.True => JsonKind.True,
            JsonValueKind.False => JsonKind.False,
            _ => JsonKind.Null,
        };
        if (node.Kind != expected) return $"{path}: kind {node.Kind} vs {expected}";
        switch (node.Kind)
        {
            case JsonKind.String:
                return node.Text == element.GetString() ? null : $"{path}: string '{node.Text}' vs '{element.GetString()}'";
            case JsonKind.Number:
                return node.Text == element.GetRawText() ? null : $"{path}: number '{node.Text}' vs '{element.GetRawText()}'";
            case JsonKind.Array:
                var items = element.EnumerateArray().ToList();
                if (items.Count != node.Items.Count) return $"{path}: {node.Items.Count} items vs {items.Count}";
                for (var i = 0; i < items.Count; i++)
                {
                    if (Difference(text, node.Items[i], items[i], path + "[" + i + "]") is { } d) return d;
                }
                return null;
            case JsonKind.Object:
                var members = element.EnumerateObject().ToList();
                if (members.Count != node.Members.Count) return $"{path}: {node.Members.Count} members vs {members.Count}";
                for (var i = 0; i < members.Count; i++)
                {
                    if (node.Members[i].Key != members[i].Name) return $"{path}: key '{node.Members[i].Key}' vs '{members[i].Name}'";
                    if (Difference(text, node.Members[i].Value, members[i].Value, path + "." + members[i].Name) is { } d) return d;
                }
                // A repeated key: both read the last one.
                foreach (var key in members.Select(m => m.Name).Distinct(StringComparer.Ordinal))
                {
                    var ours = node.Member(key)!.Value;
                    element.TryGetProperty(key, out var theirs);
                    if (text.Substring(ours.Start, ours.End - ours.Start) != theirs.GetRawText()) return $"{path}.{key}: a repeated key reads a different occurrence";
                }
                return null;
            default:
                return null;
        }
    }

    /// <summary>One small random edit: what a hand-written JSON literal goes wrong with.</summary>
    private static string Mutate(string text, Random random)
    {
        if (text.Length == 0) return random.Next(2) == 0 ? "{" : "\"";
        var at = random.Next(text.Length);
        string[] inserts = { "{", "}", "[", "]", ",", ":", "\"", "\\", "/", "*", "//x\n", "/* c */", " ", "\n", "0", "-", ".", "e", "null", "tru", "\\u00", "\\ud800", "\u00e9", "\uFEFF" };
        switch (random.Next(8))
        {
            case 0: return text.Remove(at, 1);
            case 1: return text.Insert(at, inserts[random.Next(inserts.Length)]);
            case 2: return text.Substring(0, at);
            case 3:
                var length = Math.Min(random.Next(1, 12), text.Length - at);
                return text.Insert(at, text.Substring(at, length));
            case 4: return at + 1 < text.Length ? text.Substring(0, at) + text[at + 1] + text[at] + text.Substring(at + 2) : text + ",";
            case 5:
                var close = text.IndexOfAny(new[] { '}', ']' }, at);
                return close < 0 ? text + "]" : text.Insert(close, ",");
            case 6: return text.Substring(0, at) + (char)random.Next(0x20, 0x7F) + text.Substring(at + 1);
            default: return char.IsDigit(text[at]) ? text.Insert(at, "0") : text.Insert(at, "\t");
        }
    }

    private static int StableHash(string s)
    {
        unchecked
        {
            var h = 17;
            foreach (var c in s) h = h * 31 + c;
            return h & 0x7FFFFFFF;
        }
    }

    private static string Shorten(string s) => s.Length <= 400 ? s : s.Substring(0, 400) + "…";
}
