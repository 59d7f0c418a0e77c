using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecGen.Cli.OpenApi;
using SpecGen.Spec;
using SpecGen.Spec.Model;
using Xunit;
using Xunit.Abstractions;

namespace SpecGen.Cli.Tests;

/// <summary>import(export(spec)) and export(import(openapi)) keep what both languages can say; counted.</summary>
public class RoundTripTests(ITestOutputHelper output)
{
    private static readonly string[] Portable = { RuleKinds.Allowed, RuleKinds.Range, RuleKinds.Length, RuleKinds.Pattern, RuleKinds.Count };

    /// <summary>Facts both languages can say: operations, parameters, schema fields, enum values and unconditional value rules.</summary>
    internal static Dictionary<string, HashSet<string>> Facts(SpecModel model)
    {
        var facts = new Dictionary<string, HashSet<string>>
        {
            ["operations"] = new(), ["parameters"] = new(), ["fields"] = new(), ["values"] = new(), ["rules"] = new(),
        };
        void Rules(string owner, FieldSpec f)
        {
            foreach (var r in f.Rules.Where(r => r.When is null && Array.IndexOf(Portable, r.Kind) >= 0 && f.List is null))
            {
                var payload = r.Kind switch
                {
                    RuleKinds.Allowed => string.Join("|", r.Values),
                    RuleKinds.Pattern => r.Pattern,
                    _ => N(r.Min) + ".." + N(r.Max),
                };
                facts["rules"].Add(owner + "." + f.WireName + ":" + r.Kind + ":" + payload);
            }
        }
        foreach (var op in model.Operations)
        {
            facts["operations"].Add(op.Name + ":" + op.Kind + ":" + op.Method);
            foreach (var p in op.Parameters)
            {
                facts["parameters"].Add(op.Name + "." + p.WireName + (p.Required ? "!" : string.Empty));
                Rules(op.Name, p);
            }
        }
        foreach (var s in model.Schemas)
        {
            foreach (var f in s.Fields)
            {
                facts["fields"].Add(Key(s.Name) + "." + f.WireName + (f.Required ? "!" : string.Empty));
                Rules(Key(s.Name), f);
            }
        }
        foreach (var e in model.Enums)
        {
            foreach (var v in e.Values) facts["values"].Add(Key(e.Name) + ":" + v.Value);
        }
        return facts;
    }

    private static string Key(string name) => name.Replace("_", string.Empty).Replace("-", string.Empty).ToLowerInvariant();

    private static string N(decimal? d) => d?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static SpecModel Reimport(SpecModel model, out int warnings)
    {
        var (doc, errors) = OpenApiLoader.Parse(OpenApiExporter.ExportJson(model), "json");
        Assert.Empty(errors);
        var result = OpenApiImporter.Import(doc!, model.Header.Provider, model.Header.Version, "exported.json");
        warnings = result.Warnings.Count;
        var compilation = SpecCompiler.Compile(new[] { new KeyValuePair<string, string>("reimported.yaml", result.Yaml) });
        Assert.True(!compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return compilation.Models.Single();
    }

    [Fact]
    public void Import_of_export_keeps_every_operation_parameter_field_value_and_portable_rule_of_the_bundled_specs()
    {
        var totals = new Dictionary<string, (int Before, int After)>();
        var missing = new List<string>();
        foreach (var model in ExportTests.Bundled())
        {
            var before = Facts(model);
            var after = Facts(Reimport(model, out _));
            foreach (var kind in before.Keys)
            {
                var kept = before[kind].Count(after[kind].Contains);
                var t = totals.GetValueOrDefault(kind);
                totals[kind] = (t.Before + before[kind].Count, t.After + kept);
                missing.AddRange(before[kind].Where(f => !after[kind].Contains(f)).Select(f => model.Id + " " + kind + " " + f));
            }
        }
        foreach (var t in totals) output.WriteLine(t.Key + ": " + t.Value.After + "/" + t.Value.Before);
        Assert.True(missing.Count == 0, string.Join("\n", missing.Take(40)));
        Assert.True(totals["operations"].Before > 30 && totals["rules"].Before > 50);
    }

    [Fact]
    public void Export_of_import_keeps_the_vonage_operations_and_constraints()
    {
        foreach (var name in ImportedSpecs.Names)
        {
            var first = SpecCompiler.Compile(new[] { new KeyValuePair<string, string>(ImportedSpecs.File(name).Path, ImportedSpecs.File(name).Text) }).Models.Single();
            var before = Facts(first);
            var after = Facts(Reimport(first, out _));
            foreach (var kind in new[] { "operations", "parameters", "rules" })
            {
                var lost = before[kind].Where(f => !after[kind].Contains(f)).ToList();
                output.WriteLine(name + " " + kind + ": " + (before[kind].Count - lost.Count) + "/" + before[kind].Count);
                Assert.True(lost.Count == 0, name + " lost " + kind + ":\n" + string.Join("\n", lost));
            }
        }
    }
}
