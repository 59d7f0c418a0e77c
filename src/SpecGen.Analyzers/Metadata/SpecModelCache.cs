using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecGen.Shared.Metadata;
using SpecGen.Spec.Model;

namespace SpecGen.Analyzers.Metadata
{
    /// <summary>
    /// What the generated code says about itself, read from its metadata attributes only ([SpecField],
    /// [SpecRule], [SpecValue], [SpecValueSet], [SpecUnion], [SpecVariant], [SpecOperation]) into the spec's
    /// own rule model, so types compiled into a referenced assembly are judged exactly like types in the
    /// same compilation. Read once per compilation and cached for it (no state outlives it).
    /// </summary>
    public sealed class SpecModelCache
    {
        private const string GeneratedCodeName = "System.CodeDom.Compiler.GeneratedCodeAttribute";
        private const string Tool = "SpecGen";

        private static readonly object Missing = new object();

        private readonly ConcurrentDictionary<ITypeSymbol, object> _classes = new ConcurrentDictionary<ITypeSymbol, object>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, object> _valueSets = new ConcurrentDictionary<ITypeSymbol, object>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, object> _unions = new ConcurrentDictionary<ITypeSymbol, object>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, bool> _outbound = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IAssemblySymbol, HashSet<ITypeSymbol>> _outboundTypes = new ConcurrentDictionary<IAssemblySymbol, HashSet<ITypeSymbol>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IAssemblySymbol, Dictionary<ITypeSymbol, List<InheritedRule>>> _inherited = new ConcurrentDictionary<IAssemblySymbol, Dictionary<ITypeSymbol, List<InheritedRule>>>(SymbolEqualityComparer.Default);

        private SpecModelCache(Compilation compilation, INamedTypeSymbol? rule, INamedTypeSymbol? valueSet)
        {
            Compilation = compilation;
            RuleAttribute = rule;
            ValueSetAttribute = valueSet;
            FieldAttribute = compilation.GetTypeByMetadataName(MetadataNames.Field);
            ValueAttribute = compilation.GetTypeByMetadataName(MetadataNames.Value);
            UnionAttribute = compilation.GetTypeByMetadataName(MetadataNames.Union);
            VariantAttribute = compilation.GetTypeByMetadataName(MetadataNames.Variant);
            OperationAttribute = compilation.GetTypeByMetadataName(MetadataNames.Operation);
            SequenceAttribute = compilation.GetTypeByMetadataName(MetadataNames.Sequence);
            GeneratedCodeAttribute = compilation.GetTypeByMetadataName(GeneratedCodeName);
            UriType = compilation.GetTypeByMetadataName("System.Uri");
            DateTimeOffsetType = compilation.GetTypeByMetadataName("System.DateTimeOffset");
            OneOrManyType = compilation.GetTypeByMetadataName(MetadataNames.OneOrManyType);
        }

        public Compilation Compilation { get; }
        public INamedTypeSymbol? RuleAttribute { get; }
        public INamedTypeSymbol? ValueSetAttribute { get; }
        public INamedTypeSymbol? FieldAttribute { get; }
        public INamedTypeSymbol? ValueAttribute { get; }
        public INamedTypeSymbol? UnionAttribute { get; }
        public INamedTypeSymbol? VariantAttribute { get; }
        public INamedTypeSymbol? OperationAttribute { get; }
        public INamedTypeSymbol? SequenceAttribute { get; }
        public INamedTypeSymbol? GeneratedCodeAttribute { get; }
        public INamedTypeSymbol? UriType { get; }
        public INamedTypeSymbol? DateTimeOffsetType { get; }
        public INamedTypeSymbol? OneOrManyType { get; }

        /// <summary>A cache for the compilation, or null when it does not reference SpecGen.Runtime (nothing to check).</summary>
        public static SpecModelCache? Create(Compilation compilation)
        {
            var rule = compilation.GetTypeByMetadataName(MetadataNames.Rule);
            var valueSet = compilation.GetTypeByMetadataName(MetadataNames.ValueSet);
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
            if (type is not INamedTypeSymbol named || named.TypeKind != TypeKind.Interface || UnionAttribute is null) return null;
            var result = _unions.GetOrAdd(named, t => (object?)BuildUnion((INamedTypeSymbol)t) ?? Missing);
            return result as UnionModel;
        }

        /// <summary>True for types a client sends: reachable from a generated request's properties.</summary>
        public bool IsOutbound(ITypeSymbol type) =>
            _outbound.GetOrAdd(type, t => t.ContainingAssembly is { } assembly && _outboundTypes.GetOrAdd(assembly, ComputeOutbound).Contains(t));

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
                var oneOrMany = OneOrManyType is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, OneOrManyType);
                return new Shape(KindOf(inner), true, inner, oneOrMany);
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
            foreach (var a in type.GetAttributes())
            {
                if (Is(a, VariantAttribute) && Text(a) is { } value) model.VariantValues.Add(value);
                if (Is(a, OperationAttribute) && Text(a) == OperationKinds.Endpoint) model.IsRequest = true;
            }
            foreach (var member in type.GetMembers())
            {
                if (member is not IPropertySymbol p || p.IsStatic || p.IsIndexer || p.DeclaredAccessibility != Accessibility.Public) continue;
                if (Property(p) is { } property) model.Properties.Add(property);
            }
            foreach (var i in type.Interfaces)
            {
                if (UnionDiscriminator(i) is { } discriminator)
                {
                    model.Discriminator = model.FindWire(discriminator);
                    break;
                }
            }
            return model;
        }

        private PropertyModel? Property(IPropertySymbol p)
        {
            foreach (var a in p.GetAttributes())
            {
                if (!Is(a, FieldAttribute) || Text(a) is not { } wire) continue;
                var aliases = Array.Empty<string>();
                string? fixedValue = null;
                foreach (var named in a.NamedArguments)
                {
                    if (named.Key == MetadataNames.Aliases) aliases = Strings(named.Value);
                    else if (named.Key == MetadataNames.Fixed) fixedValue = named.Value.Value as string;
                }
                return new PropertyModel(p, wire, aliases, fixedValue, p.IsRequired, ShapeOf(p.Type), Rules(p));
            }
            return null;
        }

        private ValueSetModel? BuildValueSet(INamedTypeSymbol type)
        {
            bool? open = null;
            foreach (var a in type.GetAttributes())
            {
                if (Is(a, ValueSetAttribute) && a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is bool b) open = b;
            }
            if (open is null) return null;
            var intKeyed = type.GetMembers("Value").OfType<IPropertySymbol>().Any(p => p.Type.SpecialType != SpecialType.System_String);
            var members = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var member in type.GetMembers())
            {
                if (member is not IPropertySymbol { IsStatic: true } p || !SymbolEqualityComparer.Default.Equals(p.Type, type)) continue;
                foreach (var a in p.GetAttributes())
                {
                    if (Is(a, ValueAttribute) && Text(a) is { } raw) members[p.Name] = raw;
                }
            }
            return new ValueSetModel(type, open.Value, intKeyed, members);
        }

        /// <summary>The discriminator wire name of a generated union interface, or null when the type is not one.</summary>
        private string? UnionDiscriminator(INamedTypeSymbol type)
        {
            foreach (var a in type.GetAttributes())
            {
                if (!Is(a, UnionAttribute)) continue;
                foreach (var named in a.NamedArguments)
                {
                    if (named.Key == MetadataNames.Discriminator && named.Value.Value is string d) return d;
                }
            }
            return null;
        }

        private UnionModel? BuildUnion(INamedTypeSymbol type)
        {
            string? discriminator = null;
            var values = Array.Empty<string>();
            INamedTypeSymbol? sequence = null;
            foreach (var a in type.GetAttributes())
            {
                if (!Is(a, UnionAttribute)) continue;
                foreach (var named in a.NamedArguments)
                {
                    if (named.Key == MetadataNames.Discriminator) discriminator = named.Value.Value as string;
                    else if (named.Key == MetadataNames.Values) values = Strings(named.Value);
                    else if (named.Key == MetadataNames.SequenceType) sequence = named.Value.Value as INamedTypeSymbol;
                }
            }
            if (discriminator is null) return null;
            var variants = new List<ClassModel>();
            foreach (var candidate in type.ContainingNamespace.GetTypeMembers())
            {
                if (candidate.TypeKind != TypeKind.Class || !candidate.Interfaces.Contains(type, SymbolEqualityComparer.Default)) continue;
                if (Class(candidate) is { VariantValues.Count: > 0 } model) variants.Add(model);
            }
            return new UnionModel(type, discriminator, values, variants) { Sequence = sequence };
        }

        /// <summary>The union whose values a generated sequence type holds (<c>[SpecSequence]</c>), or null.</summary>
        public UnionModel? SequenceItem(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class } named) return null;
            foreach (var a in named.GetAttributes())
            {
                if (Is(a, SequenceAttribute) && a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is ITypeSymbol item) return Union(item);
            }
            return null;
        }

        private static bool Is(AttributeData a, INamedTypeSymbol? attribute) =>
            attribute is not null && SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute);

        /// <summary>The first constructor argument as text.</summary>
        private static string? Text(AttributeData a) => a.ConstructorArguments.Length == 1 ? a.ConstructorArguments[0].Value as string : null;

        private static string[] Strings(TypedConstant value) =>
            value.Kind == TypedConstantKind.Array && !value.IsNull ? value.Values.Select(v => v.Value as string ?? string.Empty).ToArray() : Array.Empty<string>();

        private static decimal? Number(TypedConstant value)
        {
            if (value.Value is not double d || double.IsNaN(d) || double.IsInfinity(d) || Math.Abs(d) > 7.9e27) return null;
            return (decimal)d;
        }

        /// <summary>The <c>[SpecRule]</c> attributes of a symbol, as the spec's own <see cref="RuleSpec"/>.</summary>
        private List<RuleSpec> Rules(ISymbol symbol)
        {
            var list = new List<RuleSpec>();
            if (RuleAttribute is null) return list;
            foreach (var a in symbol.GetAttributes())
            {
                if (!Is(a, RuleAttribute) || Text(a) is not { } kind) continue;
                string? target = null, format = null, pattern = null, right = null, op = null, message = null, when = null, whenField = null;
                string[] values = Array.Empty<string>(), whenValues = Array.Empty<string>();
                decimal? min = null, max = null, whenCount = null;
                bool ignoreCase = false, whenPresent = false, whenNegated = false;
                foreach (var named in a.NamedArguments)
                {
                    var v = named.Value;
                    switch (named.Key)
                    {
                        case MetadataNames.Target: target = v.Value as string; break;
                        case MetadataNames.Values: values = Strings(v); break;
                        case MetadataNames.IgnoreCase: ignoreCase = v.Value is true; break;
                        case MetadataNames.Min: min = Number(v); break;
                        case MetadataNames.Max: max = Number(v); break;
                        case MetadataNames.Format: format = v.Value as string; break;
                        case MetadataNames.Pattern: pattern = v.Value as string; break;
                        case MetadataNames.Right: right = v.Value as string; break;
                        case MetadataNames.Operator: op = v.Value as string; break;
                        case MetadataNames.Message: message = v.Value as string; break;
                        case MetadataNames.When: when = v.Value as string; break;
                        case MetadataNames.WhenField: whenField = v.Value as string; break;
                        case MetadataNames.WhenValues: whenValues = Strings(v); break;
                        case MetadataNames.WhenPresent: whenPresent = v.Value is true; break;
                        case MetadataNames.WhenCount: whenCount = Number(v); break;
                        case MetadataNames.WhenNegated: whenNegated = v.Value is true; break;
                    }
                }
                ConditionSpec? condition = null;
                if (when is not null)
                {
                    condition = new ConditionSpec(when, whenField, EquatableArray.From(whenValues), whenPresent, whenCount, null);
                    if (whenNegated) condition = new ConditionSpec(ConditionKinds.Not, null, EquatableArray<string>.Empty, false, null, condition);
                }
                list.Add(new RuleSpec(kind, target, EquatableArray.From(values), min, max, format, pattern, right, op, condition, message, null, default, ignoreCase));
            }
            return list;
        }

        /// <summary>
        /// The rules of enclosing types that hold for <paramref name="type"/> on its own: unconditional
        /// <c>unique</c>/<c>same</c> rules whose path passes through it and still steps into an array after it
        /// (values unique across all sections are unique within each section).
        /// </summary>
        public IReadOnlyList<InheritedRule> InheritedRules(ITypeSymbol type)
        {
            if (type.ContainingAssembly is not { } assembly) return Array.Empty<InheritedRule>();
            var map = _inherited.GetOrAdd(assembly, ComputeInherited);
            return map.TryGetValue(type, out var list) ? list : (IReadOnlyList<InheritedRule>)Array.Empty<InheritedRule>();
        }

        private Dictionary<ITypeSymbol, List<InheritedRule>> ComputeInherited(IAssemblySymbol assembly)
        {
            var result = new Dictionary<ITypeSymbol, List<InheritedRule>>(SymbolEqualityComparer.Default);
            foreach (var type in GeneratedTypes(assembly.GlobalNamespace))
            {
                if (Class(type) is not { } owner) continue;
                foreach (var rule in owner.Rules)
                {
                    if (rule.Target is null || rule.When is not null || (rule.Kind != RuleKinds.Unique && rule.Kind != RuleKinds.Same)) continue;
                    var segments = rule.Target.Split('.');
                    var current = owner;
                    for (var i = 0; i < segments.Length - 1; i++)
                    {
                        var name = segments[i].EndsWith("[]", StringComparison.Ordinal) ? segments[i].Substring(0, segments[i].Length - 2) : segments[i];
                        if (current.FindWire(name) is not { Shape.Kind: ValueKind.Object } property || Class(property.Shape.Element) is not { } next) break;
                        var rest = string.Join(".", segments, i + 1, segments.Length - i - 1);
                        // A path with no array step left reaches one value: unique/same hold trivially there.
                        if (rest.IndexOf("[]", StringComparison.Ordinal) < 0) break;
                        if (!result.TryGetValue(next.Symbol, out var list)) result[next.Symbol] = list = new List<InheritedRule>();
                        list.Add(new InheritedRule(rule, rest, type));
                        current = next;
                    }
                }
            }
            return result;
        }

        private HashSet<ITypeSymbol> ComputeOutbound(IAssemblySymbol assembly)
        {
            var result = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            var queue = new Queue<ITypeSymbol>();
            foreach (var type in GeneratedTypes(assembly.GlobalNamespace))
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
