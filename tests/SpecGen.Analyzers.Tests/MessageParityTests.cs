using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SpecGen.Analyzers.Metadata;
using SpecGen.Shared.Rules;
using SpecGen.Spec;
using SpecGen.Spec.Model;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>
/// One rule, one wording: for every rule of the bundled specs the run-time validator's violation message and
/// the analyzer's SG2xxx message say the same thing (the analyzer adds what it found where).
/// </summary>
public sealed class MessageParityTests
{
    /// <summary>Every rule of the bundled specs, worded from the YAML model: (where, rule text).</summary>
    private static List<(string Where, RuleSpec Rule, string Text)> SpecRules()
    {
        var compilation = SpecCompiler.Compile(RepoFiles.SpecFiles().Select(f => new KeyValuePair<string, string>(f.Path, f.Text)));
        var rules = new List<(string, RuleSpec, string)>();
        void Field(string owner, FieldSpec f)
        {
            foreach (var r in f.Rules) rules.Add((owner + "." + f.WireName, r, RuleText.For(r, f.WireName)));
        }
        void Object(string owner, RuleSpec r)
        {
            if (r.Target is not null) rules.Add((owner, r, RuleText.For(r, r.Target)));
        }
        foreach (var model in compilation.Models)
        {
            foreach (var s in model.Schemas)
            {
                foreach (var f in s.Fields) Field(model.Id + " " + s.Name, f);
                foreach (var r in s.Rules) Object(model.Id + " " + s.Name, r);
            }
            foreach (var op in model.Operations)
            {
                foreach (var f in op.Parameters) Field(model.Id + " " + op.Name, f);
                foreach (var r in op.Rules) Object(model.Id + " " + op.Name, r);
            }
        }
        return rules;
    }

    /// <summary>Every [SpecRule] of the compiled bindings as the analyzers read it (from metadata only), worded by the analyzers' rule.</summary>
    private static List<(string Where, RuleSpec Rule, string Text, bool Fixed)> MetadataRules()
    {
        var compilation = AnalyzerHarness.Compilation("class Empty { }", referenced: true);
        var cache = SpecModelCache.Create(compilation)!;
        var assembly = (IAssemblySymbol)compilation.GetAssemblyOrModuleSymbol(AnalyzerHarness.GeneratedAssembly)!;
        var rules = new List<(string, RuleSpec, string, bool)>();
        foreach (var type in Types(assembly.GlobalNamespace))
        {
            if (cache.Class(type) is not { } model) continue;
            foreach (var p in model.Properties)
            {
                foreach (var r in p.Rules) rules.Add((type.Name + "." + p.Name, r, RuleText.For(r, p.Wire), p.Fixed is not null));
            }
            foreach (var r in model.Rules)
            {
                if (r.Target is not null) rules.Add((type.Name, r, RuleText.For(r, r.Target), false));
            }
        }
        return rules;
    }

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns) =>
        ns.GetTypeMembers().Concat(ns.GetNamespaceMembers().SelectMany(Types));

    private static string Literal(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    [Fact]
    public void Every_rule_of_the_bundled_specs_reads_back_from_metadata_with_the_same_wording()
    {
        var spec = SpecRules().Select(r => r.Text).ToHashSet(StringComparer.Ordinal);
        var metadata = MetadataRules().Select(r => r.Text).ToHashSet(StringComparer.Ordinal);
        Assert.True(spec.Count > 60, "the bundled specs word " + spec.Count + " distinct rules");
        Assert.Empty(spec.Except(metadata));
        Assert.Empty(metadata.Except(spec));
    }

    [Fact]
    public void The_validator_words_every_rule_it_checks_as_the_analyzers_do()
    {
        var source = string.Concat(AnalyzerHarness.Generated.Select(t => t.ToString()));
        var rules = MetadataRules().Where(r => !r.Fixed).ToList();
        // A rule the C# type already guarantees (a range on an enum, a format on a Uri's text) has no run-time check.
        var missing = rules.Where(r => !source.Contains(", " + Literal(r.Text) + ")", StringComparison.Ordinal)).ToList();
        var checkedCount = rules.Count - missing.Count;
        Assert.True(checkedCount > 60, checkedCount + " rules checked at run time");
        Assert.True(missing.Count <= rules.Count / 10, "rules without a run-time message:\n" + string.Join("\n", missing.Select(m => m.Where + ": " + m.Text)));
    }

    /// <summary>The compiled bindings loaded into this process, to run their validators.</summary>
    private static readonly Lazy<Assembly> Bindings = new(() => new AssemblyLoadContext("bindings", isCollectible: false).LoadFromStream(new System.IO.MemoryStream(AnalyzerHarness.GeneratedImage)));

    private static object Make(string type, params (string Property, object? Value)[] values)
    {
        var t = Bindings.Value.GetType(type, throwOnError: true)!;
        var o = Activator.CreateInstance(t)!;
        foreach (var (property, value) in values) t.GetProperty(property)!.SetValue(o, value);
        return o;
    }

    private static object Value(string type, object raw) => Activator.CreateInstance(Bindings.Value.GetType(type, throwOnError: true)!, raw)!;

    private static List<string> Violations(object o)
    {
        var result = o.GetType().GetMethod("Validate")!.Invoke(o, null)!;
        var list = (System.Collections.IEnumerable)result.GetType().GetProperty("Violations")!.GetValue(result)!;
        return list.Cast<object>().Select(v => (string)v.GetType().GetProperty("Message")!.GetValue(v)!).ToList();
    }

    public static IEnumerable<object[]> Cases()
    {
        yield return new object[] { "range", "new SleepAction { Duration = -1 }" };
        yield return new object[] { "allowed", "new SayAction { Language = \"en-gb\", Text = \"Hi\" }" };
        yield return new object[] { "compare", "new CollectAction { EventUrl = new System.Uri(\"https://example.com/c\"), Min = 5, Max = 2, Timeout = 0 }" };
        yield return new object[] { "required_when", "new SendSmsRequest { From = \"A\", To = [\"60123456789\"], Text = \"x\", DlrMask = 1 }" };
        yield return new object[] { "required_when_present", "new PricingRequest { Mcc = \"502\" }" };
        yield return new object[] { "format", "new VerifyRequest { To = \"12345\", Brand = \"B\" }" };
        yield return new object[] { "pattern", "new PricingRequest { Mcc = \"50a\", Mnc = \"01\" }" };
        yield return new object[] { "trimmed", "new WhatsappInteractiveButton { Id = \"yes \", Title = \"Yes\" }" };
    }

    private static object Build(string kind) => kind switch
    {
        "range" => Make("Mocean.V2.SleepAction", ("Duration", -1)),
        "allowed" => Make("Mocean.V2.SayAction", ("Language", Value("Mocean.V2.SayLanguage", "en-gb")), ("Text", "Hi")),
        "compare" => Make("Mocean.V2.CollectAction", ("EventUrl", new Uri("https://example.com/c")), ("Min", 5), ("Max", 2), ("Timeout", 0)),
        "required_when" => Make("Mocean.V2.SendSmsRequest", ("From", "A"), ("To", new[] { "60123456789" }), ("Text", "x"), ("DlrMask", 1)),
        "required_when_present" => Make("Mocean.V2.PricingRequest", ("Mcc", "502")),
        "format" => Make("Mocean.V2.VerifyRequest", ("To", "12345"), ("Brand", "B")),
        "pattern" => Make("Mocean.V2.PricingRequest", ("Mcc", "50a"), ("Mnc", "01")),
        "trimmed" => Make("Mocean.V2.WhatsappInteractiveButton", ("Id", "yes "), ("Title", "Yes")),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_runtime_violation_and_the_compile_time_diagnostic_say_the_same(string kind, string expression)
    {
        var violations = Violations(Build(kind));
        var violation = Assert.Single(violations);
        var diagnostics = await AnalyzerHarness.Diagnose("using Mocean.V2; class C { static object M() => " + expression + "; }", referenced: true);
        var diagnostic = Assert.Single(diagnostics);
        Assert.StartsWith(violation, diagnostic.GetMessage(), StringComparison.Ordinal);
        var rest = diagnostic.GetMessage().Substring(violation.Length);
        Assert.True(rest.StartsWith("; ", StringComparison.Ordinal) || rest.StartsWith(" ", StringComparison.Ordinal), rest);
    }
}
