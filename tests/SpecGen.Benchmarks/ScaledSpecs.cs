using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace SpecGen.Benchmarks;

/// <summary>
/// Synthetic specs for the growth benchmarks, built from the real ones so that their shape is realistic:
/// the network table repeated N times, and a spec with N endpoints.
/// </summary>
internal static class ScaledSpecs
{
    private const string Header = "spec: 1\nprovider: scaled\nversion: v1\ntitle: Scaled API\ndocument: scaled.txt\nbase_url: https://api.scaled.test/v1\n"
        + "auth:\n  scheme: fields\n  fields:\n    key: { description: API key }\n    secret: { description: API secret, secret: true }\n";

    /// <summary>
    /// The Mocean network table (1,347 rows) repeated <paramref name="factor"/> times as one spec file. Copy i &gt; 0 gets
    /// network code + i × 10,000,000, MCC + two digits of i, and " i" after the country code and names, so keys stay
    /// unique and MCC/MNC groups keep their real sizes.
    /// </summary>
    public static string Networks(int factor)
    {
        var path = Path.Combine(RepoFiles.Root, "spec", "mocean", "v2", "networks.yaml");
        var (file, _) = SpecGen.Spec.SpecCompiler.ReadFile(path, File.ReadAllText(path));
        var rows = file!.Content.Lookups.Single().Rows.Select(r => r.Values.ToArray()).ToList();
        var text = new StringBuilder(Header);
        text.Append("lookups:\n  networks:\n    description: Scaled network table.\n    source: Network Code\n")
            .Append("    columns: [network_code, country_code, country_name, operator, mcc, mnc]\n    key: network_code\n    indexes: [[mcc, mnc], [country_code]]\n    rows:\n");
        for (var i = 0; i < factor; i++)
        {
            foreach (var r in rows)
            {
                var suffix = i == 0 ? string.Empty : " " + i.ToString(CultureInfo.InvariantCulture);
                var code = (long.Parse(r[0], CultureInfo.InvariantCulture) + i * 10_000_000L).ToString(CultureInfo.InvariantCulture);
                var mcc = i == 0 || r[4].Length == 0 ? r[4] : r[4] + i.ToString("D2", CultureInfo.InvariantCulture);
                text.Append("      - [\"").Append(code).Append("\", \"").Append(r[1]).Append(suffix).Append("\", \"").Append(r[2].Replace("\"", "\\\"")).Append(suffix)
                    .Append("\", \"").Append(r[3].Replace("\"", "\\\"")).Append(suffix).Append("\", \"").Append(mcc).Append("\", \"").Append(r[5]).Append("\"]\n");
            }
        }
        return text.ToString();
    }

    /// <summary>A spec with <paramref name="count"/> form endpoints (three parameters, a JSON result) and one result schema.</summary>
    public static string Operations(int count)
    {
        var text = new StringBuilder(Header);
        text.Append("operations:\n");
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString("D4", CultureInfo.InvariantCulture);
            text.Append("  op_").Append(n).Append(":\n")
                .Append("    kind: endpoint\n    summary: Operation ").Append(n).Append("\n    source: Ops > ").Append(n).Append('\n')
                .Append("    method: POST\n    path: /ops/").Append(n).Append("\n    encoding: form\n")
                .Append("    parameters:\n")
                .Append("      to: { type: string, required: true, rules: [{ length: { min: 1, max: 20 } }] }\n")
                .Append("      text: { type: string }\n")
                .Append("      count: { type: int, rules: [{ range: { min: 1, max: 10 } }] }\n")
                .Append("    responses:\n      - outcome: success\n        status: 200\n        body: Result\n        formats: [json]\n");
        }
        text.Append("schemas:\n  Result:\n    fields:\n      status: { type: int }\n      id: { type: string }\n");
        return text.ToString();
    }
}
