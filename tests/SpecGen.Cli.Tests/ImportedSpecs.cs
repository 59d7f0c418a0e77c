using System.Collections.Generic;
using System.IO;
using SpecGen.Cli.OpenApi;
using Xunit;

namespace SpecGen.Cli.Tests;

/// <summary>The three Vonage documents imported once per test run (in memory).</summary>
internal static class ImportedSpecs
{
    private static readonly Dictionary<string, ImportResult> Cache = new();

    public static readonly string[] Names = { "sms", "verify", "number-insight" };

    public static string Provider(string name) => "vonage-" + name;

    public static ImportResult Get(string name)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(name, out var known)) return known;
            var (doc, errors) = OpenApiLoader.Load(Repo.Vonage(name));
            Assert.Empty(errors);
            var result = OpenApiImporter.Import(doc!, Provider(name), "v1", name + ".yml");
            Cache[name] = result;
            return result;
        }
    }

    public static (string Path, string Text) File(string name) => ("imported/" + Provider(name) + "/v1/api.yaml", Get(name).Yaml);
}
