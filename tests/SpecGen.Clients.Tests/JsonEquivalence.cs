using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpecGen.Clients.Tests;

/// <summary>Compares two JSON documents by meaning: member order ignored, numbers by value, a number equals its text.</summary>
internal static class JsonEquivalence
{
    public static List<string> Differences(string expected, string actual)
    {
        var diffs = new List<string>();
        Compare(JsonNode.Parse(expected), JsonNode.Parse(actual), "$", diffs);
        return diffs;
    }

    private static void Compare(JsonNode? e, JsonNode? a, string path, List<string> diffs)
    {
        switch (e)
        {
            case null:
                if (a is not null) diffs.Add(path + ": expected null, got " + a.ToJsonString());
                return;
            case JsonObject eo:
                if (a is not JsonObject ao)
                {
                    diffs.Add(path + ": expected an object, got " + a?.ToJsonString());
                    return;
                }
                foreach (var (key, value) in eo) Compare(value, ao[key], path + "." + key, diffs);
                foreach (var (key, value) in ao)
                {
                    if (!eo.ContainsKey(key)) diffs.Add(path + "." + key + ": unexpected " + value?.ToJsonString());
                }
                return;
            case JsonArray ea:
                if (a is not JsonArray aa || aa.Count != ea.Count)
                {
                    diffs.Add(path + ": expected " + ea.ToJsonString() + ", got " + a?.ToJsonString());
                    return;
                }
                for (var i = 0; i < ea.Count; i++) Compare(ea[i], aa[i], path + "[" + i + "]", diffs);
                return;
            default:
                if (a is null || a is JsonObject || a is JsonArray || Scalar(e) != Scalar(a)) diffs.Add(path + ": expected " + e.ToJsonString() + ", got " + a?.ToJsonString());
                return;
        }
    }

    private static string Scalar(JsonNode node)
    {
        var value = node.AsValue();
        switch (value.GetValueKind())
        {
            case JsonValueKind.Number:
                return decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture).ToString("0.############################", CultureInfo.InvariantCulture);
            case JsonValueKind.String:
                var s = value.GetValue<string>();
                return decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !s.Contains(' ') ? d.ToString("0.############################", CultureInfo.InvariantCulture) : s;
            default:
                return value.ToJsonString();
        }
    }
}
