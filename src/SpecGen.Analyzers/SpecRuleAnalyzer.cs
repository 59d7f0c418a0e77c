using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SpecGen.Analyzers.Checking;
using SpecGen.Analyzers.Metadata;
using SpecGen.Analyzers.Values;

namespace SpecGen.Analyzers
{
    /// <summary>
    /// SG2001–SG2016: constant values, inline object graphs and JSON literals checked against the spec
    /// rules that the generator attached to the generated types (<c>[SpecRule]</c>). Knows no gateway.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SpecRuleAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.RuleDescriptors;

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                // Resolved once per compilation; nothing is kept beyond it.
                var cache = SpecModelCache.Create(start.Compilation);
                if (cache is null) return;
                start.RegisterOperationAction(c => AnalyzeConstruction(c, cache), OperationKind.ObjectCreation, OperationKind.With);
                start.RegisterOperationAction(c => AnalyzeInvocation(c, cache), OperationKind.Invocation);
            });
        }

        private static void AnalyzeConstruction(OperationAnalysisContext context, SpecModelCache cache)
        {
            var operation = context.Operation;
            if (cache.Class(operation.Type) is null || IsNested(operation, cache)) return;
            var reader = new OperationReader(cache);
            var root = reader.ReadRoot(operation);
            if (root is null) return;
            new RuleEvaluator(cache, context.ReportDiagnostic).CheckRoot(root);
        }

        /// <summary>True when the construction is a part of an enclosing generated object (checked from there).</summary>
        private static bool IsNested(IOperation operation, SpecModelCache cache)
        {
            var current = operation.Parent;
            var syntax = operation.Syntax;
            while (current is not null)
            {
                switch (current)
                {
                    case IObjectCreationOperation creation:
                        if (cache.Class(creation.Type) is not null) return true;
                        if (creation.Initializer is null) return false;
                        break;
                    case IWithOperation with:
                        if (cache.Class(with.Type) is not null) return true;
                        break;
                    case IConversionOperation:
                    case IParenthesizedOperation:
                    case ISimpleAssignmentOperation:
                    case IObjectOrCollectionInitializerOperation:
                    case IMemberInitializerOperation:
                    case IArrayInitializerOperation:
                    case IArrayCreationOperation:
                    case IArgumentOperation:
                        break;
                    case IInvocationOperation invocation when invocation.IsImplicit:
                        break;
                    default:
                        // Collection expressions (no dedicated IOperation in Roslyn 4.8) pass through.
                        if (current.Syntax is CollectionExpressionSyntax || current.Syntax is ExpressionElementSyntax) break;
                        return false;
                }
                current = current.Parent;
            }
            return false;
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, SpecModelCache cache)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (method.Name != "FromJson" || !method.IsStatic || invocation.Arguments.Length != 1) return;
            var type = method.ContainingType;
            if (type is null || !cache.IsGenerated(type)) return;
            var items = cache.SequenceItem(type);
            if (cache.Class(type) is null && cache.Union(type) is null && items is null) return;
            // Parsers of what a server sends (responses, webhooks) take whatever arrives; only what a client sends is judged.
            if (!cache.IsOutbound(items?.Symbol ?? type)) return;

            var argument = invocation.Arguments[0].Value;
            while (argument is IConversionOperation conversion) argument = conversion.Operand;
            if (argument.ConstantValue.Value is not string json) return;

            Location Locate(int start, int end) => argument.Syntax.GetLocation();
            System.Func<int, int, Location> locate = Locate;
            if (argument.Syntax is LiteralExpressionSyntax literal && StringLiteralMap.Create(literal.Token) is { } map && map.Value == json)
            {
                locate = map.Locate;
            }

            var node = JsonReader.Read(json, out var error);
            if (node is null)
            {
                var at = error is null ? argument.Syntax.GetLocation() : locate(error.Offset, System.Math.Min(json.Length, error.Offset + 1));
                if (error is not null && error.Offset >= json.Length) at = locate(System.Math.Max(0, json.Length - 1), json.Length);
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidJson, at, "The JSON for " + type.Name + " is not valid: " + (error?.Message ?? "unreadable")));
                return;
            }
            var binder = new JsonBinder(cache, locate, context.ReportDiagnostic);
            var root = binder.BindRoot(node, type);
            if (root is not null) new RuleEvaluator(cache, context.ReportDiagnostic).CheckRoot(root);
        }
    }
}
