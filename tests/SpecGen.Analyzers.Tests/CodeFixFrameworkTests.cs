using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SpecGen.CodeFixes;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>
/// The packaged code-fix provider under the standard Roslyn code-fix test framework: each test checks the
/// diagnostics before, the single fix, and FixAll in document, project and solution scope (the framework runs
/// all of them), plus that the fixed code has no diagnostics left. The bindings come in as a compiled
/// assembly, as a client project referencing a bindings library sees them.
/// </summary>
public sealed class CodeFixFrameworkTests
{
    private sealed class Test : CSharpCodeFixTest<SpecRuleAnalyzer, SpecValueCodeFixProvider, DefaultVerifier>
    {
        public Test()
        {
            // No reference-assembly download (no internet here): the host's own assemblies, the runtime and the
            // compiled bindings, exactly the set the analyzer harness uses.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(AnalyzerHarness.References);
            TestState.AdditionalReferences.Add(AnalyzerHarness.GeneratedAssembly);
            SolutionTransforms.Add((solution, projectId) =>
            {
                var project = solution.GetProject(projectId)!;
                return solution
                    .WithProjectCompilationOptions(projectId, AnalyzerHarness.CompilationOptions.WithOutputKind(OutputKind.DynamicallyLinkedLibrary))
                    .WithProjectParseOptions(projectId, ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.Latest));
            });
        }
    }

    private static Task Run(string before, string after, int iterations = 1) =>
        new Test
        {
            TestCode = before,
            FixedCode = after,
            NumberOfFixAllIterations = iterations,
            NumberOfFixAllInDocumentIterations = iterations,
            NumberOfFixAllInProjectIterations = iterations,
        }.RunAsync(CancellationToken.None);

    [Fact]
    public Task A_miscased_allowed_value_is_fixed_and_FixAll_fixes_every_one()
    {
        const string before = """
            using Mocean.V2;
            class C
            {
                static object[] M() => new object[]
                {
                    new SayAction { Language = {|SG2001:"en-gb"|}, Text = "Hi" },
                    new SayAction { Language = {|SG2001:"EN-US"|}, Text = "Hello" },
                };
            }
            """;
        const string after = """
            using Mocean.V2;
            class C
            {
                static object[] M() => new object[]
                {
                    new SayAction { Language = "en-GB", Text = "Hi" },
                    new SayAction { Language = "en-US", Text = "Hello" },
                };
            }
            """;
        return Run(before, after);
    }

    [Fact]
    public Task Numbers_are_moved_to_the_nearest_allowed_value_across_kinds_of_rule()
    {
        const string before = """
            using Mocean.V2;
            class C
            {
                static object[] M() => new object[]
                {
                    new SleepAction { Duration = {|SG2002:-1|} },
                    new SendSmsRequest { From = "A", To = ["60123456789"], Text = "x", Coding = {|SG2002:4|} },
                };
            }
            """;
        const string after = """
            using Mocean.V2;
            class C
            {
                static object[] M() => new object[]
                {
                    new SleepAction { Duration = 0 },
                    new SendSmsRequest { From = "A", To = ["60123456789"], Text = "x", Coding = 3 },
                };
            }
            """;
        return Run(before, after);
    }

    [Fact]
    public Task A_value_that_must_be_trimmed_is_trimmed()
    {
        const string before = """
            using Mocean.V2;
            class C
            {
                static object M() => new WhatsappInteractiveButton { Id = {|SG2006:" yes "|}, Title = "Yes" };
            }
            """;
        const string after = """
            using Mocean.V2;
            class C
            {
                static object M() => new WhatsappInteractiveButton { Id = "yes", Title = "Yes" };
            }
            """;
        return Run(before, after);
    }

    [Fact]
    public Task No_fix_is_offered_when_the_right_value_is_not_clear()
    {
        // The diagnostic stays and the code is unchanged: the framework fails if any fix were registered.
        const string code = """
            using Mocean.V2;
            class C
            {
                static object M() => new SayAction { Language = {|SG2001:"fr-FR"|}, Text = "Salut" };
            }
            """;
        return new Test { TestCode = code, FixedCode = code }.RunAsync(CancellationToken.None);
    }
}
