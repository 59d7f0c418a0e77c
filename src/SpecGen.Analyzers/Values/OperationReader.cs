using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SpecGen.Analyzers.Metadata;

namespace SpecGen.Analyzers.Values
{
    /// <summary>Reads what the compiler knows of a C# expression into a <see cref="Val"/> graph.</summary>
    public sealed class OperationReader
    {
        private const int MaxDepth = 32;
        private readonly SpecModelCache _cache;

        public OperationReader(SpecModelCache cache)
        {
            _cache = cache;
        }

        /// <summary>Reads a generated-object construction (object creation or <c>with</c>), or null when it is not one.</summary>
        public ObjVal? ReadRoot(IOperation operation) => Read(operation, 0) as ObjVal;

        public Val Read(IOperation? operation, int depth)
        {
            if (operation is null) return new UnknownVal(Location.None);
            if (depth > MaxDepth) return new UnknownVal(operation.Syntax.GetLocation());

            var op = Unwrap(operation);
            if (op.ConstantValue.HasValue)
            {
                var constant = Constant(op.ConstantValue.Value, op.Syntax.GetLocation());
                if (constant is not null)
                {
                    if (IsLiteral(op.Syntax)) constant.Literal = op.Syntax;
                    return constant;
                }
            }

            switch (op)
            {
                case IObjectCreationOperation creation:
                    return ReadCreation(creation, depth);
                case IWithOperation with:
                    return ReadWith(with, depth);
                case IArrayCreationOperation array:
                    return ReadArray(array, depth);
                case IPropertyReferenceOperation { Property.IsStatic: true } member when _cache.ValueSet(member.Type) is { } set:
                    set.Members.TryGetValue(member.Property.Name, out var raw);
                    return new ScalarVal(op.Syntax.GetLocation(), raw is null ? null : set.IntKeyed ? ParseNumber(raw) : raw, member.Property.Name);
            }

            if (op.Syntax is CollectionExpressionSyntax collection) return ReadCollectionExpression(collection, op, depth);
            return new UnknownVal(op.Syntax.GetLocation());
        }

        private static object? ParseNumber(string raw) =>
            decimal.TryParse(raw, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : (object?)raw;

        private static bool IsLiteral(SyntaxNode syntax) =>
            syntax is LiteralExpressionSyntax
            || syntax is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax };

        /// <summary>Strips conversions (implicit value-set wrapping, nullable, numeric) and parentheses.</summary>
        private static IOperation Unwrap(IOperation op)
        {
            while (true)
            {
                if (op is IConversionOperation conversion && !op.ConstantValue.HasValue) op = conversion.Operand;
                else if (op is IParenthesizedOperation parenthesized) op = parenthesized.Operand;
                else return op;
            }
        }

        private static Val? Constant(object? value, Location location)
        {
            switch (value)
            {
                case null: return new NullVal(location);
                case string s: return new ScalarVal(location, s);
                case bool b: return new ScalarVal(location, b);
                case char c: return new ScalarVal(location, c.ToString());
                case int i: return new ScalarVal(location, (decimal)i);
                case long l: return new ScalarVal(location, (decimal)l);
                case short sh: return new ScalarVal(location, (decimal)sh);
                case byte by: return new ScalarVal(location, (decimal)by);
                case sbyte sb: return new ScalarVal(location, (decimal)sb);
                case ushort us: return new ScalarVal(location, (decimal)us);
                case uint ui: return new ScalarVal(location, (decimal)ui);
                case ulong ul: return new ScalarVal(location, (decimal)ul);
                case decimal d: return new ScalarVal(location, d);
                case double db when !double.IsNaN(db) && !double.IsInfinity(db) && Math.Abs(db) < 7.9e27: return new ScalarVal(location, (decimal)db);
                case float f when !float.IsNaN(f) && !float.IsInfinity(f) && Math.Abs(f) < 7.9e27f: return new ScalarVal(location, (decimal)f);
            }
            return null;
        }

        private Val ReadCreation(IObjectCreationOperation creation, int depth)
        {
            var type = creation.Type;
            var location = CreationLocation(creation.Syntax);

            if (_cache.ValueSet(type) is { } set)
            {
                // new SayLanguage("en-GB")
                if (creation.Arguments.Length == 1 && Unwrap(creation.Arguments[0].Value) is { ConstantValue.HasValue: true } arg && Constant(arg.ConstantValue.Value, arg.Syntax.GetLocation()) is ScalarVal s)
                {
                    var value = set.IntKeyed ? (object?)s.Number : s.Text;
                    return new ScalarVal(arg.Syntax.GetLocation(), value) { Literal = IsLiteral(arg.Syntax) ? arg.Syntax : null };
                }
                return new UnknownVal(creation.Syntax.GetLocation());
            }

            if (_cache.UriType is not null && SymbolEqualityComparer.Default.Equals(type, _cache.UriType))
            {
                // new Uri("https://...") — a relative or malformed constant fails the url format.
                if (creation.Arguments.Length >= 1 && Unwrap(creation.Arguments[0].Value) is { ConstantValue.Value: string text } arg)
                {
                    return new ScalarVal(arg.Syntax.GetLocation(), text) { Literal = IsLiteral(arg.Syntax) ? arg.Syntax : null };
                }
                return new UnknownVal(creation.Syntax.GetLocation());
            }

            if (_cache.Class(type) is { } model)
            {
                // Generated classes have no constructor parameters: an argument means a user-written partial constructor.
                var obj = new ObjVal(location, model, closed: creation.Arguments.Length == 0) { Extent = creation.Syntax.GetLocation() };
                if (creation.Initializer is { } initializer) ReadMembers(obj, initializer, depth);
                return obj;
            }

            if (type is not null && SpecModelCache.ListElement(type) is not null)
            {
                // new List<T> { a, b }; new List<T>() is known to be empty
                if (creation.Arguments.Length > 0) return new UnknownVal(creation.Syntax.GetLocation());
                var list = new ListVal(creation.Syntax.GetLocation(), complete: true);
                if (creation.Initializer is null) return list;
                foreach (var init in creation.Initializer.Initializers)
                {
                    if (init is IInvocationOperation { Arguments.Length: 1 } add) list.Items.Add(Read(add.Arguments[0].Value, depth + 1));
                    else list.Complete = false;
                }
                return list;
            }

            return new UnknownVal(creation.Syntax.GetLocation());
        }

        private static ListVal OneItem(Val item)
        {
            var list = new ListVal(item.Location, complete: true);
            list.Items.Add(item);
            return list;
        }

        private Val ReadWith(IWithOperation with, int depth)
        {
            if (_cache.Class(with.Type) is not { } model) return new UnknownVal(with.Syntax.GetLocation());
            // The copied object is known when it is itself built inline; usually it is a variable (unknown members).
            var source = Read(with.Operand, depth + 1) as ObjVal;
            var obj = new ObjVal(with.Syntax.GetLocation(), model, closed: source?.Closed ?? false);
            if (source is not null)
            {
                foreach (var pair in source.Members) obj.Members[pair.Key] = pair.Value;
            }
            if (with.Initializer is { } initializer) ReadMembers(obj, initializer, depth);
            return obj;
        }

        private void ReadMembers(ObjVal obj, IObjectOrCollectionInitializerOperation initializer, int depth)
        {
            foreach (var init in initializer.Initializers)
            {
                if (init is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    && obj.Type.Find(target.Property) is { } property)
                {
                    var value = Read(assignment.Value, depth + 1);
                    // File = "a.wav" on a one_or_many property is a one-item list (the implicit conversion the C# compiler applied).
                    if (property.Shape.OneOrMany && (value is ScalarVal || value is ObjVal)) value = OneItem(value);
                    obj.Members[property] = new Member(value, assignment.Syntax.GetLocation());
                }
                else if (init is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation nested } && obj.Type.Find(nested.Property) is { } nestedProperty)
                {
                    obj.Members[nestedProperty] = new Member(new UnknownVal(init.Syntax.GetLocation()), init.Syntax.GetLocation());
                }
            }
        }

        private Val ReadArray(IArrayCreationOperation array, int depth)
        {
            if (array.Initializer is null) return new UnknownVal(array.Syntax.GetLocation());
            var list = new ListVal(array.Syntax.GetLocation(), complete: true);
            foreach (var element in array.Initializer.ElementValues) list.Items.Add(Read(element, depth + 1));
            return list;
        }

        private Val ReadCollectionExpression(CollectionExpressionSyntax syntax, IOperation op, int depth)
        {
            // Roslyn 4.8 has no ICollectionExpressionOperation: match the element syntax with the child
            // operations newer compilers give (cheap), else ask the semantic model (the 4.8 path).
            Dictionary<SyntaxNode, IOperation>? children = null;
            foreach (var child in op.ChildOperations)
            {
                children ??= new Dictionary<SyntaxNode, IOperation>();
                if (!children.ContainsKey(child.Syntax)) children[child.Syntax] = child;
            }
            var model = op.SemanticModel;
            var list = new ListVal(syntax.GetLocation(), complete: true);
            foreach (var element in syntax.Elements)
            {
                if (element is ExpressionElementSyntax expression)
                {
                    IOperation? item = null;
                    if (children is null || !children.TryGetValue(expression.Expression, out item)) item = model?.GetOperation(expression.Expression);
                    list.Items.Add(Read(item, depth + 1));
                }
                else
                {
                    list.Complete = false;
                }
            }
            return list;
        }

        /// <summary>The squiggle of a missing member: <c>new TypeName</c> (or <c>new()</c>), not the whole initializer.</summary>
        public static Location CreationLocation(SyntaxNode syntax)
        {
            switch (syntax)
            {
                case ObjectCreationExpressionSyntax explicitNew:
                    return Location.Create(syntax.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(explicitNew.NewKeyword.SpanStart, explicitNew.Type.Span.End));
                case ImplicitObjectCreationExpressionSyntax implicitNew:
                    return Location.Create(syntax.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(implicitNew.NewKeyword.SpanStart, implicitNew.ArgumentList.Span.End));
            }
            return syntax.GetLocation();
        }
    }
}
