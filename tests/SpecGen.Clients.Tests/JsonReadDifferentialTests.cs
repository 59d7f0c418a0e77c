using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SpecGen.Runtime.Http;
using SpecGen.Runtime.Wire;
using Xunit;
using Xunit.Abstractions;

namespace SpecGen.Clients.Tests;

/// <summary>
/// The generated JSON readers against what they did before they streamed (JsonDocument + per-field lookups): every
/// generated <c>FromJson</c> (schemas, unions, sequences, webhook events) and three client calls (the strict response
/// check, with its MalformedBody reason and path) over a corpus of real bodies (the peer SDK fixtures, the benchmark
/// bodies) and seeded mutations of them: type drift, numbers as strings, out-of-range numbers, missing and duplicated
/// fields, unknown variants, nulls, and broken bytes. Each result is written as a canonical text (every property, by
/// reflection) and its hash compared with the hash recorded from the JsonDocument readers
/// (<c>JsonReadDifferential.golden.txt</c>, rewritten with SPECGEN_ACCEPT=1 after a reviewed, intended change).
/// No input may throw.
/// </summary>
public sealed class JsonReadDifferentialTests
{
    private const int MutationsPerSeed = 16;
    private const int FixtureSeeds = 16;
    private static readonly string GoldenPath = Path.Combine(RepoFiles.Root, "tests", "SpecGen.Clients.Tests", "JsonReadDifferential.golden.txt");

    private readonly ITestOutputHelper _output;

    private static readonly Dictionary<string, string> Dumps = new(StringComparer.Ordinal);

    private static bool Accepting => Environment.GetEnvironmentVariable("SPECGEN_ACCEPT") == "1";

    public JsonReadDifferentialTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Streaming_readers_read_every_body_as_the_document_readers_did()
    {
        var actual = new List<(string Name, List<string> Bodies, List<string> Hashes)>();
        foreach (var (name, read) in Targets())
        {
            var bodies = Bodies(name, KeysOf(name), MutationsPerSeed).ToList();
            var hashes = new List<string>();
            foreach (var body in bodies)
            {
                try
                {
                    var dump = read(body);
                    // The document readers threw on a few bodies (recorded as THROW); those must now be typed errors.
                    hashes.Add((dump.StartsWith("error ", StringComparison.Ordinal) ? "E" : "V") + Hash(dump));
                }
                catch (Exception e) when (Accepting)
                {
                    _output.WriteLine("THROW " + name + " " + body + ": " + e.InnerException?.Message);
                    hashes.Add("THROW");
                }
                catch (Exception e)
                {
                    throw new Xunit.Sdk.XunitException(name + " threw on " + body + ": " + e);
                }
            }
            actual.Add((name, bodies, hashes));
        }
        foreach (var (name, call) in Calls())
        {
            var bodies = Bodies(name, null, MutationsPerSeed / 2).ToList();
            var hashes = new List<string>();
            foreach (var body in bodies)
            {
                var dump = await call(body);
                // The document check threw on a string escape that is no text ("\ud800"), which the transport then
                // reported as a transport failure; it is now what it is, a malformed answer. Recorded hashes are of before.
                Dumps[name + "|" + body] = dump;
                hashes.Add(dump.StartsWith("error MalformedResponse", StringComparison.Ordinal) && body.Contains("\\ud800", StringComparison.Ordinal) ? "NOTTEXT" : Hash(dump));
            }
            actual.Add((name, bodies, hashes));
        }
        if (Accepting)
        {
            File.WriteAllLines(GoldenPath, actual.Select(a => a.Name + "\t" + string.Join(" ", a.Hashes)));
            return;
        }
        var golden = File.ReadAllLines(GoldenPath).Select(l => l.Split('\t')).ToDictionary(p => p[0], p => p[1].Split(' '), StringComparer.Ordinal);
        var cases = actual.Sum(a => a.Hashes.Count);
        Assert.True(cases > 20000, "too few cases: " + cases);
        var differences = new List<string>();
        foreach (var (name, bodies, hashes) in actual)
        {
            if (!golden.TryGetValue(name, out var want))
            {
                differences.Add("new target " + name);
                continue;
            }
            Assert.Equal(want.Length, hashes.Count);
            for (var i = 0; i < hashes.Count; i++)
            {
                if (want[i] == "THROW" ? hashes[i].StartsWith('E') : want[i] == hashes[i]) continue;
                if (hashes[i] == "NOTTEXT" && bodies[i].Contains("\\ud800", StringComparison.Ordinal)) continue;
                differences.Add(name + " #" + i.ToString(CultureInfo.InvariantCulture) + " " + bodies[i] + (Dumps.TryGetValue(name + "|" + bodies[i], out var now) ? " => " + now : string.Empty));
            }
        }
        foreach (var d in differences.Take(40)) _output.WriteLine(d);
        Assert.True(differences.Count == 0, differences.Count + " of " + cases + " results differ; first: " + string.Join("; ", differences.Take(5)));
    }

    /// <summary>Every generated type with <c>static ParseResult&lt;T&gt; FromJson(string)</c>, by full name.</summary>
    private static IEnumerable<(string Name, Func<string, string> Read)> Targets()
    {
        var assembly = typeof(Mocean.V2.MoceanV2Client).Assembly;
        foreach (var type in assembly.GetTypes().Where(t => t.Namespace is { } ns && (ns.StartsWith("Mocean", StringComparison.Ordinal) || ns.StartsWith("Oca", StringComparison.Ordinal) || ns.StartsWith("Mobtexting", StringComparison.Ordinal))).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var method = type.GetMethod("FromJson", BindingFlags.Public | BindingFlags.Static, new[] { typeof(string) });
            if (method is null || !method.ReturnType.IsGenericType || method.ReturnType.GetGenericTypeDefinition() != typeof(ParseResult<>)) continue;
            yield return (type.FullName!, body => DumpResult(method.Invoke(null, new object?[] { body })!));
        }
    }

    /// <summary>Client calls whose answers go through the strict response check.</summary>
    private static IEnumerable<(string Name, Func<string, Task<string>> Call)> Calls()
    {
        yield return ("call SendSms", body => Call(body, 202, c => c.SendSmsAsync(new Mocean.V2.SendSmsRequest { From = "SPECGEN", To = new[] { "60123456789" }, Text = "Hi" })));
        yield return ("call Balance", body => Call(body, 200, c => c.BalanceAsync(new Mocean.V2.BalanceRequest())));
        yield return ("call NumberLookup", body => Call(body, 200, c => c.NumberLookupAsync(new Mocean.V2.NumberLookupRequest { To = "60123456789" })));
    }

    private static async Task<string> Call<T>(string body, int status, Func<Mocean.V2.MoceanV2Client, Task<ApiResult<T>>> send) where T : class
    {
        using var http = new HttpClient(new Answer(body, status)) { BaseAddress = new Uri("https://rest.moceanapi.com/rest/2/") };
        var client = new Mocean.V2.MoceanV2Client(http, new GatewayClientOptions { Credentials = Mocean.V2.MoceanV2Client.CreateCredentials("key", "secret") });
        using var result = await send(client);
        if (result.IsSuccess) return "ok " + Dump(result.Value, 0);
        var e = result.Error!;
        return "error " + e.Kind + " " + e.Message + " | " + (e.Body is MalformedBody m ? "malformed " + m.Reason + " @" + m.Path : Dump(e.Body, 0));
    }

    private sealed class Answer : HttpMessageHandler
    {
        private readonly byte[] _body;
        private readonly int _status;

        public Answer(string body, int status)
        {
            _body = Encoding.UTF8.GetBytes(body);
            _status = status;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(_body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage((HttpStatusCode)_status) { Content = content, RequestMessage = request });
        }
    }

    /// <summary>The seeds a target reads (fixtures whose keys it knows, plus the shared ones), then their mutations.</summary>
    private static IEnumerable<string> Bodies(string target, HashSet<string>? keys, int mutations)
    {
        var seeds = Seeds.Value;
        var rng = new Random(StableHash(target));
        var chosen = seeds.Take(SharedSeeds).ToList();
        // The fixtures that share the most keys with the target (a few, so the recorded hashes stay small).
        chosen.AddRange(seeds.Skip(SharedSeeds)
            .Select((seed, i) => (seed, i, score: keys is null ? 1 : keys.Count(k => seed.Contains("\"" + k + "\"", StringComparison.Ordinal))))
            .Where(x => x.score > 0)
            .OrderByDescending(x => x.score).ThenBy(x => x.i)
            .Take(keys is null ? int.MaxValue : FixtureSeeds)
            .Select(x => x.seed));
        foreach (var seed in chosen)
        {
            yield return seed;
            for (var i = 0; i < mutations; i++) yield return Mutate(seed, rng);
        }
    }

    /// <summary>The wire names a generated type reads (a union's or sequence's: those of its variants).</summary>
    private static HashSet<string> KeysOf(string typeName)
    {
        var assembly = typeof(Mocean.V2.MoceanV2Client).Assembly;
        var type = assembly.GetType(typeName)!;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<Type> { type };
        var item = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))?.GetGenericArguments()[0];
        var union = type.IsInterface ? type : item;
        if (union is not null) sources.AddRange(assembly.GetTypes().Where(t => t != union && union.IsAssignableFrom(t)));
        foreach (var t in sources)
        {
            foreach (var p in t.GetProperties())
            {
                if (p.GetCustomAttribute<SpecGen.Runtime.Validation.SpecFieldAttribute>() is { } f)
                {
                    keys.Add(f.WireName);
                    foreach (var a in f.Aliases ?? Array.Empty<string>()) keys.Add(a);
                }
            }
        }
        return keys;
    }

    private const int SharedSeeds = 9;

    private static readonly Lazy<List<string>> Seeds = new(() =>
    {
        var list = new List<string>
        {
            "{\"message_id\":\"ABGG\",\"event_type\":\"message\",\"event_data\":{\"channel_type\":\"whatsapp\",\"from\":\"60123456789\",\"from_name\":\"Ali\",\"to\":\"60198765432\",\"forwarded\":false,\"frequently_forwarded\":false,\"timestamp\":1700000000,\"content\":{\"type\":\"text\",\"text\":\"Hello\"}}}",
            "{\"message_id\":\"m2\",\"event_data\":{\"content\":{\"type\":\"image\",\"url\":\"https://x.example/a.png\",\"caption\":\"c\"},\"reply_to_msg_id\":\"r\"}}",
            "{\"event_data\":{\"content\":{\"text\":\"no type\",\"type\":\"location\",\"latitude\":\"3.1\",\"longitude\":101.6}}}",
            "{\"messages\":[{\"status\":0,\"receiver\":\"60123456789\",\"msgid\":\"C1\"},{\"status\":\"1\",\"receiver\":\"60198765432\",\"err_msg\":\"Authorization failed\"}]}",
            "{\"mocean-from\":\"MOCEAN\",\"mocean-to\":\"60123456789\",\"mocean-dlr-status\":1,\"mocean-msgid\":\"C1\",\"mocean-error-code\":0}",
            "{\"status\":0,\"value\":\"12.5\"}",
            "{\"status\":0,\"msgid\":\"m\",\"to\":\"60123456789\",\"current_carrier\":{\"country\":\"MY\",\"name\":\"Maxis\",\"network_code\":\"50212\",\"mcc\":\"502\",\"mnc\":\"12\"},\"ported\":\"not_ported\",\"reachable\":\"reachable\"}",
            "[{\"action\":\"say\",\"language\":\"en-US\",\"text\":\"Hi\"},{\"action\":\"play\",\"file\":[\"https://x.example/a.mp3\"]},{\"action\":\"dance\",\"style\":\"waltz\"}]",
            "{\"action\":\"collect\",\"event-url\":\"https://x.example/e\",\"min\":1,\"max\":\"4\",\"terminators\":\"#\",\"timeout\":5000}",
        };
        var fixtures = Path.Combine(RepoFiles.Root, "tests", "SpecGen.Generator.Tests", "Fixtures");
        foreach (var file in Directory.GetFiles(fixtures, "*.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            list.Add(File.ReadAllText(file));
        }
        return list;
    });

    private static readonly string[] Replacements =
    {
        "null", "0", "-1", "\"0\"", "\" 42 \"", "1.5", "1e400", "99999999999", "-99999999999999999999", "\"abc\"", "\"\"", "true", "\"true\"", "{}", "[]",
        "[1,\"a\",null]", "{\"type\":\"zzz\"}", "\"2024-01-02 03:04:05\"", "\"https://x.example/p\"", "\"\\ud800\"", "\"\\u0041\\n\"", "[{}]", "[null]", "\"1,2 ,3\"",
    };

    /// <summary>One seeded change: a value replaced, a member removed or duplicated, a key renamed, or a byte-level edit.</summary>
    private static string Mutate(string seed, Random rng)
    {
        try
        {
            return MutateNodes(seed, rng);
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate cannot be written by JsonNode: put it in as text, into the first member.
            var colon = seed.IndexOf("\":", StringComparison.Ordinal);
            return colon < 0 ? seed : seed.Insert(colon + 2, "\"\\ud800\",\"_x\":");
        }
    }

    private static string MutateNodes(string seed, Random rng)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(seed, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException)
        {
            root = null;
        }
        var kind = rng.Next(10);
        if (root is null || kind >= 8) return ByteEdit(seed, rng);
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var objects = nodes.OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        switch (kind)
        {
            case 0:
            case 1:
            case 2:
            case 3:
                {
                    // Replace a value (type drift, nulls, out-of-range numbers, unknown variants).
                    var values = nodes.Where(n => n.Parent is not null).ToList();
                    if (values.Count == 0) return ByteEdit(seed, rng);
                    var target = values[rng.Next(values.Count)];
                    var replacement = JsonNode.Parse(Replacements[rng.Next(Replacements.Length)]);
                    Replace(target, replacement);
                    break;
                }
            case 4:
                {
                    if (objects.Count == 0) return ByteEdit(seed, rng);
                    var o = objects[rng.Next(objects.Count)];
                    o.Remove(o.ElementAt(rng.Next(o.Count)).Key);
                    break;
                }
            case 5:
                {
                    // Rename a key (an alias, an unknown member, a case change).
                    if (objects.Count == 0) return ByteEdit(seed, rng);
                    var o = objects[rng.Next(objects.Count)];
                    var (key, value) = o.ElementAt(rng.Next(o.Count));
                    o.Remove(key);
                    o[rng.Next(2) == 0 ? key.ToUpperInvariant() : key + "_x"] = value;
                    break;
                }
            case 6:
                {
                    // A duplicated member, the copy last (JsonDocument's lookup sees the last one).
                    if (objects.Count == 0) return ByteEdit(seed, rng);
                    var o = objects[rng.Next(objects.Count)];
                    var (key, value) = o.ElementAt(rng.Next(o.Count));
                    var text = root.ToJsonString();
                    var copy = "\"" + key + "\":" + (value?.ToJsonString() ?? "null");
                    var replacement = Replacements[rng.Next(Replacements.Length)];
                    if (replacement == "null") replacement = "\"dup\"";
                    var at = text.IndexOf(copy, StringComparison.Ordinal);
                    return at < 0 ? text : text.Insert(at + copy.Length, ",\"" + key + "\":" + replacement);
                }
            default:
                {
                    // Wrap the whole body (an array of it, an object around it) or send one member's value alone.
                    var choice = rng.Next(3);
                    if (choice == 0) return "[" + root.ToJsonString() + "]";
                    if (choice == 1) return "{\"data\":" + root.ToJsonString() + "}";
                    var inner = nodes.Where(n => n.Parent is not null).ToList();
                    return inner.Count == 0 ? root.ToJsonString() : inner[rng.Next(inner.Count)].ToJsonString();
                }
        }
        return root.ToJsonString();
    }

    private static void Replace(JsonNode target, JsonNode? replacement)
    {
        switch (target.Parent)
        {
            case JsonObject o:
                o[target.GetPropertyName()] = replacement;
                break;
            case JsonArray a:
                a[target.GetElementIndex()] = replacement;
                break;
        }
    }

    private static string ByteEdit(string seed, Random rng)
    {
        if (seed.Length == 0) return "{";
        var at = rng.Next(seed.Length);
        return rng.Next(4) switch
        {
            0 => seed.Remove(at, 1),
            1 => seed.Insert(at, "\"{}[],:1a\\ "[rng.Next(11)].ToString()),
            2 => seed.Substring(0, at),
            _ => seed + (rng.Next(2) == 0 ? " // c" : " x"),
        };
    }

    private static void Collect(JsonNode? node, List<JsonNode> into)
    {
        if (node is null) return;
        into.Add(node);
        if (node is JsonObject o) foreach (var (_, v) in o) Collect(v, into);
        if (node is JsonArray a) foreach (var v in a) Collect(v, into);
    }

    private static string DumpResult(object result)
    {
        var type = result.GetType();
        var value = type.GetProperty("Value")!.GetValue(result);
        var error = (WireError?)type.GetProperty("Error")!.GetValue(result);
        return value is not null ? "ok " + Dump(value, 0) : "error " + error!.Message + " @" + error.Path;
    }

    /// <summary>A canonical text of a value: every public property, recursively, sorted by name.</summary>
    private static string Dump(object? value, int depth)
    {
        if (value is null) return "~";
        if (depth > 30) return "...";
        switch (value)
        {
            case string s: return JsonSerializer.Serialize(s);
            case bool b: return b ? "true" : "false";
            case IFormattable f and (int or long or decimal or double): return f.ToString(null, CultureInfo.InvariantCulture);
            case DateTime d: return d.ToString("o", CultureInfo.InvariantCulture);
            case Uri u: return "<" + u.OriginalString + ">";
            case JsonElement e: return "raw " + e.GetRawText();
            case byte[] bytes: return Convert.ToBase64String(bytes);
            case IEnumerable items: return "[" + string.Join(",", items.Cast<object?>().Select(i => Dump(i, depth + 1))) + "]";
        }
        var type = value.GetType();
        if (type.IsValueType) return type.Name + "(" + value + ")";
        var props = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .OrderBy(p => p.Name, StringComparer.Ordinal);
        return type.Name + "{" + string.Join(",", props.Select(p => p.Name + "=" + Dump(p.GetValue(value), depth + 1))) + "}";
    }

    private static string Hash(string text)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexString(bytes, 0, 4);
    }

    private static int StableHash(string s)
    {
        unchecked
        {
            var h = (int)2166136261;
            foreach (var c in s) h = (h ^ c) * 16777619;
            return h;
        }
    }
}
