using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecGen.Analyzers.Metadata
{
    /// <summary>
    /// What the generated code says about itself, read once per compilation and cached for it: rule
    /// attributes, value sets, unions and their variants. Created in a compilation-start action and
    /// dropped with the compilation (no state outlives it).
    /// </summary>
    public sealed class SpecModelCache
    {
        private const string RuleAttributeName = "SpecGen.Runtime.Validation.SpecRuleAttribute";
        private const string ValueSetAttributeName = "SpecGen.Runtime.Validation.SpecValueSetAttribute";
        private const string GeneratedCodeName = "System.CodeDom.Compiler.GeneratedCodeAttribute";
        private const string Tool = "SpecGen";

        private static readonly Regex WireNamePattern = new Regex(@"Wire name (?:&lt;c&gt;|<c>)(.+?)(?:&lt;/c&gt;|</c>)", RegexOptions.CultureInvariant);
        private static readonly object Missing = new object();

        private readonly ConcurrentDictionary<ITypeSymbol, object> _classes = new ConcurrentDictionary<ITypeSymbol, object>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, object> _valueSets = new ConcurrentDictionary<ITypeSymbol, object>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, object> _unions = new ConcurrentDictionary<ITypeSymbol, object>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, bool> _outbound = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly Lazy<HashSet<ITypeSymbol>> _outboundTypes;

        private SpecModelCache(Compilation compilation, INamedTypeSymbol? rule, INamedTypeSymbol? valueSet)
        {
            Compilation = compilation;
            RuleAttribute = rule;
            ValueSetAttribute = valueSet;
            GeneratedCodeAttribute = compilation.GetTypeByMetadataName(GeneratedCodeName);
            UriType = compilation.GetTypeByMetadataName("System.Uri");
            DateTimeOffsetType = compilation.GetTypeByMetadataName("System.DateTimeOffset");
            _outboundTypes = new Lazy<HashSet<ITypeSymbol>>(ComputeOutbound);
        }

        public Compilation Compilation { get; }
        public INamedTypeSymbol? RuleAttribute { get; }
        public INamedTypeSymbol? ValueSetAttribute { get; }
        public INamedTypeSymbol? GeneratedCodeAttribute { get; }
        public INamedTypeSymbol? UriType { get; }
        public INamedTypeSymbol? DateTimeOffsetType { get; }

        /// <summary>A cache for the compilation, or null when it does not reference SpecGen.Runtime (nothing to check).</summary>
        public static SpecModelCache? Create(Compilation compilation)
        {
            var rule = compilation.GetTypeByMetadataName(RuleAttributeName);
            var valueSet = compilation.GetTypeByMetadataName(ValueSetAttributeName);
            return rule is null && valueSet is null ? null : new SpecModelCache(compilation, rule, valueSet);
        }

        /// <summary>True for a type the SpecGen generator wrote.</summary>
        public bool IsGenerated(ITypeSymbol type)
        {
            foreach (var a in type.GetAttributes())
            {
                var c = a.AttributeClass;
                if (c is null) continue;
                if (GeneratedCodeAttribute is not null && SymbolEqualityComparer.Default.Equals(c, GeneratedCodeAttribute)
                    && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value is string tool && tool == Tool) return true;
                if (RuleAttribute is not null && SymbolEqualityComparer.Default.Equals(c, RuleAttribute)) return true;
                if (ValueSetAttribute is not null && SymbolEqualityComparer.Default.Equals(c, ValueSetAttribute)) return true;
            }
            return false;
        }

        /// <summary>The model of a generated class, or null.</summary>
        public ClassModel? Class(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol named || named.TypeKind != TypeKind.Class) return null;
            var result = _classes.GetOrAdd(named, t => (object?)BuildClass((INamedTypeSymbol)t) ?? Missing);
            return result as ClassModel;
        }

        /// <summary>The model of a generated value set (enum or code table struct), or null.</summary>
        public ValueSetModel? ValueSet(ITypeSymbol? type)
        {
            type = UnwrapNullable(type);
            if (type is not INamedTypeSymbol named || named.TypeKind != TypeKind.Struct || ValueSetAttribute is null) return null;
            var result = _valueSets.GetOrAdd(named, t => (object?)BuildValueSet((INamedTypeSymbol)t) ?? Missing);
            return result as ValueSetModel;
        }

        /// <summary>The model of a generated union interface, or null.</summary>
        public UnionModel? Union(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol named || named.TypeKind != TypeKind.Interface) return null;
            var result = _unions.GetOrAdd(named, t => (object?)BuildUnion((INamedTypeSymbol)t) ?? Missing);
            return result as UnionModel;
        }

        /// <summary>True for types a client sends: reachable from a generated request's properties.</summary>
        public bool IsOutbound(ITypeSymbol type) => _outbound.GetOrAdd(type, t => _outboundTypes.Value.Contains(t));

        public static ITypeSymbol? UnwrapNullable(ITypeSymbol? type) =>
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n ? n.TypeArguments[0] : type;

        /// <summary>The shape of a value of <paramref name="type"/>.</summary>
        public Shape ShapeOf(ITypeSymbol type)
        {
            type = UnwrapNullable(type)!;
            var element = ListElement(type);
            if (element is not null)
            {
                var inner = UnwrapNullable(element)!;
                return new Shape(KindOf(inner), true, inner);
            }
            return new Shape(KindOf(type), false, type);
        }

        private ValueKind KindOf(ITypeSymbol type)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                case SpecialType.System_Char:
                    return ValueKind.Text;
                case SpecialType.System_Int16:
                case SpecialType.System_Int32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt16:
                case SpecialType.System_UInt32:
                case SpecialType.System_UInt64:
                case SpecialType.System_Byte:
                case SpecialType.System_SByte:
                case SpecialType.System_Decimal:
                case SpecialType.System_Double:
                case SpecialType.System_Single:
                    return ValueKind.Number;
                case SpecialType.System_Boolean:
                    return ValueKind.Bool;
                case SpecialType.System_DateTime:
                    return ValueKind.DateTime;
            }
            if (UriType is not null && SymbolEqualityComparer.Default.Equals(type, UriType)) return ValueKind.Url;
            if (DateTimeOffsetType is not null && SymbolEqualityComparer.Default.Equals(type, DateTimeOffsetType)) return ValueKind.DateTime;
            if (ValueSet(type) is not null) return ValueKind.ValueSet;
            if (Union(type) is not null) return ValueKind.Union;
            if (Class(type) is not null) return ValueKind.Object;
            return ValueKind.Other;
        }

        /// <summary>The item type of an array or generic collection (not string), else null.</summary>
        public static ITypeSymbol? ListElement(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array) return array.ElementType;
            if (type.SpecialType == SpecialType.System_String) return null;
            if (type is INamedTypeSymbol named && named.IsGenericType && named.TypeArguments.Length == 1)
            {
                var def = named.OriginalDefinition;
                if (def.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
                    || def.SpecialType == SpecialType.System_Collections_Generic_IReadOnlyList_T
                    || def.SpecialType == SpecialType.System_Collections_Generic_IReadOnlyCollection_T
                    || def.SpecialType == SpecialType.System_Collections_Generic_IList_T
                    || def.SpecialType == SpecialType.System_Collections_Generic_ICollection_T
                    || def.AllInterfaces.Any(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T))
                {
                    return named.TypeArguments[0];
                }
            }
            return null;
        }

        private ClassModel? BuildClass(INamedTypeSymbol type)
        {
            if (!IsGenerated(type)) return null;
            var model = new ClassModel(type);
            model.Rules.AddRange(Rules(type));
            foreach (var member in type.GetMembers())
            {
                if (member is not IPropertySymbol p || p.IsStatic || p.IsIndexer || p.DeclaredAccessibility != Accessibility.Public) continue;
                if (p.SetMethod is null) continue; // Discriminator and other computed members
                model.Properties.Add(new PropertyModel(p, WireName(p), p.IsRequired, ShapeOf(p.Type), Rules(p)));
            }
            foreach (var m in type.GetMembers("BuildPath"))
            {
                if (m is IMethodSymbol { IsStatic: false }) model.IsRequest = true;
            }
            foreach (var i in type.Interfaces)
            {
                if (IsGenerated(i) && i.GetMembers("Discriminator").Length > 0) model.Unions.Add(i);
            }
            if (model.Unions.Count > 0) model.Discriminator = DiscriminatorOf(model);
            return model;
        }

        private ValueSetModel? BuildValueSet(INamedTypeSymbol type)
        {
            bool? open = null;
            foreach (var a in type.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(a.AttributeClass, ValueSetAttribute) && a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is bool b) open = b;
            }
            if (open is null) return null;
            var intKeyed = type.GetMembers("Value").OfType<IPropertySymbol>().Any(p => p.Type.SpecialType != SpecialType.System_String);
            var members = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var member in type.GetMembers())
            {
                if (member is not IPropertySymbol { IsStatic: true } p || !SymbolEqualityComparer.Default.Equals(p.Type, type)) continue;
                var raw = ValueOfMember(p);
                if (raw is not null) members[p.Name] = raw;
            }
            return new ValueSetModel(type, open.Value, intKeyed, members);
        }

        private UnionModel? BuildUnion(INamedTypeSymbol type)
        {
            if (!IsGenerated(type) || type.GetMembers("Discriminator").Length == 0) return null;
            var variants = new List<ClassModel>();
            foreach (var candidate in type.ContainingNamespace.GetTypeMembers())
            {
                if (candidate.TypeKind != TypeKind.Class || !candidate.Interfaces.Contains(type, SymbolEqualityComparer.Default)) continue;
                if (Class(candidate) is { } model) variants.Add(model);
            }
            return new UnionModel(type, variants);
        }

        /// <summary>The raw value a static value-set member stands for, read from the generated source (<c>=&gt; new T("en-GB")</c>).</summary>
        private static string? ValueOfMember(IPropertySymbol p)
        {
            foreach (var reference in p.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not PropertyDeclarationSyntax declaration) continue;
                var expression = declaration.ExpressionBody?.Expression;
                if (expression is ObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } args }
                    && args[0].Expression is LiteralExpressionSyntax literal)
                {
                    return literal.Token.Value switch
                    {
                        string s => s,
                        int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        _ => null,
                    };
                }
                if (expression is ObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } negArgs }
                    && negArgs[0].Expression is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax neg })
                {
                    return "-" + neg.Token.ValueText;
                }
            }
            return null;
        }

        /// <summary>The property a variant's <c>Discriminator</c> reads (from its generated body), else the first property with an allowed rule.</summary>
        private static PropertyModel? DiscriminatorOf(ClassModel model)
        {
            foreach (var member in model.Symbol.GetMembers("Discriminator"))
            {
                foreach (var reference in member.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax() is not PropertyDeclarationSyntax declaration) continue;
                    SyntaxNode? body = (SyntaxNode?)declaration.ExpressionBody ?? declaration.AccessorList;
                    if (body is null) continue;
                    foreach (var id in body.DescendantNodes().OfType<IdentifierNameSyntax>())
                    {
                        foreach (var p in model.Properties)
                        {
                            if (p.Name == id.Identifier.ValueText) return p;
                        }
                    }
                }
            }
            foreach (var p in model.Properties)
            {
                if (p.Rules.Any(r => r.Kind == "allowed")) return p;
            }
            return null;
        }

        private string WireName(IPropertySymbol p)
        {
            foreach (var reference in p.DeclaringSyntaxReferences)
            {
                var node = reference.GetSyntax();
                foreach (var trivia in node.GetLeadingTrivia())
                {
                    if (!trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) && !trivia.IsKind(SyntaxKind.SingleLineCommentTrivia)) continue;
                    var match = WireNamePattern.Match(trivia.ToFullString());
                    if (match.Success) return match.Groups[1].Value;
                }
                // DocumentationMode.None parses '///' as plain comments, one trivia per line.
                var text = node.GetLeadingTrivia().ToFullString();
                var any = WireNamePattern.Match(text);
                if (any.Success) return any.Groups[1].Value;
            }
            var xml = p.GetDocumentationCommentXml();
            if (!string.IsNullOrEmpty(xml))
            {
                var match = WireNamePattern.Match(xml);
                if (match.Success) return match.Groups[1].Value;
            }
            return p.Name;
        }

        private List<RuleModel> Rules(ISymbol symbol)
        {
            var list = new List<RuleModel>();
            if (RuleAttribute is null) return list;
            foreach (var a in symbol.GetAttributes())
            {
                if (!SymbolEqualityComparer.Default.Equals(a.AttributeClass, RuleAttribute)) continue;
                if (a.ConstructorArguments.Length != 1 || a.ConstructorArguments[0].Value is not string kind) continue;
                var rule = new RuleModel(kind);
                foreach (var named in a.NamedArguments)
                {
                    var value = named.Value;
                    switch (named.Key)
                    {
                        case "Target": rule.Target = value.Value as string; break;
                        case "Values":
                            if (value.Kind == TypedConstantKind.Array) rule.Values = value.Values.Select(v => v.Value as string ?? string.Empty).ToArray();
                            break;
                        case "Min": rule.Min = RuleModel.ParseDecimal(value.Value as string); break;
                        case "Max": rule.Max = RuleModel.ParseDecimal(value.Value as string); break;
                        case "Format": rule.Format = value.Value as string; break;
                        case "Pattern": rule.Pattern = value.Value as string; break;
                        case "Right": rule.Right = value.Value as string; break;
                        case "Operator": rule.Operator = value.Value as string; break;
                        case "When":
                            rule.WhenText = value.Value as string;
                            rule.When = Condition.Parse(rule.WhenText);
                            break;
                    }
                }
                // A condition this version cannot read is never judged (no false positive).
                if (rule.WhenText is not null && rule.When is null) continue;
                list.Add(rule);
            }
            return list;
        }

        private HashSet<ITypeSymbol> ComputeOutbound()
        {
            var result = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            var queue = new Queue<ITypeSymbol>();
            foreach (var type in GeneratedTypes(Compilation.Assembly.GlobalNamespace))
            {
                if (Class(type) is { IsRequest: true }) queue.Enqueue(type);
            }
            while (queue.Count > 0)
            {
                var t = queue.Dequeue();
                if (!result.Add(t)) continue;
                if (Union(t) is { } union)
                {
                    foreach (var v in union.Variants) queue.Enqueue(v.Symbol);
                    continue;
                }
                if (Class(t) is not { } model) continue;
                foreach (var p in model.Properties)
                {
                    if (p.Shape.Element is { } e && (p.Shape.Kind == ValueKind.Object || p.Shape.Kind == ValueKind.Union)) queue.Enqueue(e);
                }
            }
            return result;
        }

        private IEnumerable<INamedTypeSymbol> GeneratedTypes(INamespaceSymbol ns)
        {
            foreach (var t in ns.GetTypeMembers())
            {
                if (t.TypeKind == TypeKind.Class && IsGenerated(t)) yield return t;
            }
            foreach (var child in ns.GetNamespaceMembers())
            {
                foreach (var t in GeneratedTypes(child)) yield return t;
            }
        }
    }
}
