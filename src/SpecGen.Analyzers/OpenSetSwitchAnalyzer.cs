using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SpecGen.Analyzers.Metadata;

namespace SpecGen.Analyzers
{
    /// <summary>
    /// SG3001: a <c>switch</c> over an open generated enumeration or code table (the struct or its
    /// <c>.Value</c>) without a default arm. Servers add codes; the switch must handle them.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class OpenSetSwitchAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.SwitchWithoutDefault);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var cache = SpecModelCache.Create(start.Compilation);
                if (cache?.ValueSetAttribute is null) return;
                start.RegisterOperationAction(c => AnalyzeSwitch(c, cache), OperationKind.Switch);
                start.RegisterOperationAction(c => AnalyzeSwitchExpression(c, cache), OperationKind.SwitchExpression);
            });
        }

        private static void AnalyzeSwitch(OperationAnalysisContext context, SpecModelCache cache)
        {
            var op = (ISwitchOperation)context.Operation;
            var set = OpenSet(op.Value, cache);
            if (set is null) return;
            foreach (var section in op.Cases)
            {
                foreach (var clause in section.Clauses)
                {
                    if (clause is IDefaultCaseClauseOperation) return;
                    if (clause is IPatternCaseClauseOperation pattern && pattern.Guard is null && CatchesAll(pattern.Pattern)) return;
                }
            }
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SwitchWithoutDefault, KeywordLocation(op.Syntax), set.Symbol.Name));
        }

        private static void AnalyzeSwitchExpression(OperationAnalysisContext context, SpecModelCache cache)
        {
            var op = (ISwitchExpressionOperation)context.Operation;
            var set = OpenSet(op.Value, cache);
            if (set is null) return;
            foreach (var arm in op.Arms)
            {
                if (arm.Guard is null && CatchesAll(arm.Pattern)) return;
            }
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SwitchWithoutDefault, KeywordLocation(op.Syntax), set.Symbol.Name));
        }

        /// <summary>The <c>switch</c> keyword (or the whole statement when it cannot be found).</summary>
        private static Location KeywordLocation(SyntaxNode syntax)
        {
            foreach (var token in syntax.ChildTokens())
            {
                if (token.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SwitchKeyword)) return token.GetLocation();
            }
            return syntax.GetLocation();
        }

        private static bool CatchesAll(IPatternOperation pattern) => pattern switch
        {
            IDiscardPatternOperation => true,
            IDeclarationPatternOperation { MatchesNull: true } => true,
            IDeclarationPatternOperation declaration => declaration.MatchedType is { IsValueType: true } matched
                && SymbolEqualityComparer.Default.Equals(matched, declaration.InputType),
            _ => false,
        };

        /// <summary>The open value set switched over: the struct itself, its nullable, or its <c>.Value</c>.</summary>
        private static ValueSetModel? OpenSet(IOperation value, SpecModelCache cache)
        {
            while (value is IConversionOperation conversion) value = conversion.Operand;
            if (cache.ValueSet(value.Type) is { Open: true } direct) return direct;
            if (value is IPropertyReferenceOperation { Property.Name: "Value" } property && property.Instance is { } instance)
            {
                var receiver = instance;
                while (receiver is IConversionOperation c) receiver = c.Operand;
                if (cache.ValueSet(receiver.Type) is { Open: true } viaValue) return viaValue;
            }
            if (value is IConditionalAccessOperation conditional && conditional.WhenNotNull is IPropertyReferenceOperation { Property.Name: "Value" } && cache.ValueSet(conditional.Operation.Type) is { Open: true } viaConditional)
            {
                return viaConditional;
            }
            return null;
        }
    }
}
