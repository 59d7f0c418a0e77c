using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecGen.Analyzers;

namespace SpecGen.CodeFixes
{
    /// <summary>
    /// Rewrites a literal the analyzers flagged when the right value is clear: the allowed value that
    /// differs only in casing (<c>en-gb</c> → <c>en-GB</c>), the trimmed text of a value that must be
    /// trimmed, the nearest allowed number or range bound.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SpecValueCodeFixProvider)), Shared]
    public sealed class SpecValueCodeFixProvider : CodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(Descriptors.NotAllowed.Id, Descriptors.OutOfRange.Id, Descriptors.NotTrimmed.Id);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(Descriptors.ReplacementKey, out var replacement) || replacement is null) continue;
                diagnostic.Properties.TryGetValue(Descriptors.ReplacementKindKey, out var kind);
                diagnostic.Properties.TryGetValue(Descriptors.ReplacementReasonKey, out var reason);
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (!IsLiteral(node)) continue;
                var newLiteral = kind == "number" ? NumberLiteral(replacement) : SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(replacement));
                if (newLiteral is null) continue;
                var title = reason switch
                {
                    "trim" => "Trim to \"" + replacement + "\"",
                    "nearest" => "Use the nearest allowed value " + replacement,
                    _ => "Use \"" + replacement + "\"",
                };
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => Replace(context.Document, node, newLiteral, ct), equivalenceKey: "SpecGen." + (reason ?? "value")),
                    diagnostic);
            }
        }

        private static bool IsLiteral(SyntaxNode node) =>
            node is LiteralExpressionSyntax
            || node is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax };

        private static ExpressionSyntax? NumberLiteral(string text)
        {
            if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return null;
            var negative = value < 0;
            var magnitude = negative ? -value : value;
            ExpressionSyntax literal;
            if (magnitude == decimal.Truncate(magnitude) && magnitude <= int.MaxValue) literal = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal((int)magnitude));
            else if (magnitude == decimal.Truncate(magnitude) && magnitude <= long.MaxValue) literal = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal((long)magnitude));
            else literal = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(magnitude));
            return negative ? SyntaxFactory.PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, literal) : literal;
        }

        private static async Task<Document> Replace(Document document, SyntaxNode node, ExpressionSyntax replacement, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null) return document;
            var newRoot = root.ReplaceNode(node, replacement.WithTriviaFrom(node));
            return document.WithSyntaxRoot(newRoot);
        }
    }
}
