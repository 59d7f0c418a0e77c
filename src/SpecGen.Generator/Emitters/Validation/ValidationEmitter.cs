using System.Globalization;
using SpecGen.Shared.Rules;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// Emits <c>ValidateInto</c>: every spec rule of an object as a run-time check. A rule that this
    /// emitter cannot express is written as a comment naming it, never silently dropped.
    /// </summary>
    internal sealed class ValidationEmitter
    {
        private readonly TypeMap _map;
        private readonly IReadOnlyList<Plan.PropertyBinding> _properties;
        private IReadOnlyList<FieldSpec> _fields = System.Array.Empty<FieldSpec>();
        private readonly string? _schema;
        private int _counter;

        /// <param name="map">The spec's names and type rules.</param>
        /// <param name="properties">The plan's properties of the class validated, aligned with the fields <see cref="Emit"/> gets: their shapes decide what can be null and what is fixed.</param>
        /// <param name="schema">The schema the class is, or null for an operation's class.</param>
        public ValidationEmitter(TypeMap map, IReadOnlyList<Plan.PropertyBinding> properties, string? schema = null)
        {
            _map = map;
            _properties = properties;
            _schema = schema;
        }

        /// <summary>
        /// The plan's shape of a field: as a property of the class validated, or (a field reached through a path) of its
        /// own schema's type.
        /// </summary>
        private Plan.PropertyShape Shape(FieldSpec f)
        {
            for (var i = 0; i < _fields.Count; i++)
            {
                if (ReferenceEquals(_fields[i], f)) return _properties[i].Shape;
            }
            return _map.Names.SchemaShape(f) ?? throw new System.InvalidOperationException("The binding plan has no property for field '" + f.WireName + "'.");
        }

        /// <summary>True when the property can hold null (required value-type properties cannot).</summary>
        private bool CanBeNull(FieldSpec f) => Shape(f) is var shape && (!shape.IsValueType || shape.Nullable);

        private string Next(string prefix) => prefix + (_counter++).ToString(CultureInfo.InvariantCulture);

        public void Emit(SourceWriter w, IReadOnlyList<FieldSpec> fields, IReadOnlyList<RuleSpec> objectRules)
        {
            _fields = fields;
            // Rules of enclosing types that hold for this object on its own are checked by Validate() (this object
            // is the root), not by ValidateInto (inside its parent, the parent checks them: reported once).
            var enclosing = _schema is null ? new List<RuleSpec>() : EnclosingRules.For(_map, _schema);
            w.Line("/// <summary>Checks every rule of the spec; collects all violations.</summary>");
            w.Open("public global::SpecGen.Runtime.Validation.ValidationResult Validate()");
            w.Line("var collector = new global::SpecGen.Runtime.Validation.ViolationCollector();");
            w.Line("ValidateInto(ref collector, string.Empty);");
            if (enclosing.Count > 0) w.Line("ValidateEnclosingRules(ref collector, string.Empty);");
            w.Line("return collector.ToResult();");
            w.Close();
            w.Lines($$"""

                /// <summary>Throws one <see cref="global::SpecGen.Runtime.Validation.ValidationException"/> listing every violation.</summary>
                public void EnsureValid() => Validate().ThrowIfInvalid(GetType().Name);

                /// <summary>Adds this object's violations, prefixing paths with <paramref name="path"/>.</summary>
                {{Generated.Hidden}}
                """);
            w.Open("public void ValidateInto(ref global::SpecGen.Runtime.Validation.ViolationCollector c, string path)");
            foreach (var field in fields)
            {
                // A value the type sets (a variant's discriminator, a field fixed to one value) holds by construction.
                if (Shape(field).Fixed is not null) continue;
                EmitField(w, field, fields);
            }
            foreach (var rule in objectRules) EmitObjectRule(w, rule, fields);
            w.Close();
            if (enclosing.Count > 0)
            {
                w.Line();
                w.Line("/// <summary>Rules of the types this one sits in that hold for it on its own (e.g. ids unique across all items).</summary>");
                w.Open("private void ValidateEnclosingRules(ref global::SpecGen.Runtime.Validation.ViolationCollector c, string path)");
                foreach (var rule in enclosing) EmitObjectRule(w, rule, fields);
                w.Close();
            }
        }

        private void EmitField(SourceWriter w, FieldSpec field, IReadOnlyList<FieldSpec> siblings)
        {
            var prop = _map.PropertyName(field);
            var name = CSharp.Literal(field.WireName);
            var v = Next("v");
            if (field.Required && CanBeNull(field))
            {
                w.Line("if (" + prop + " is null) c.Add(path + " + name + ", \"required\", " + CSharp.Literal(RuleText.Required(field.WireName)) + ");");
            }
            foreach (var rule in field.Rules.Where(r => r.Kind == RuleKinds.Required || r.Kind == RuleKinds.Forbidden))
            {
                var condition = rule.When is null ? "true" : Condition(rule.When, "this", siblings);
                if (condition is null) { w.Line("// not checked at run time: " + rule.Kind + " of " + field.WireName + " (condition path not supported)"); continue; }
                if (!CanBeNull(field)) continue;
                var test = rule.Kind == RuleKinds.Required ? " is null" : " is not null";
                w.Line("if ((" + condition + ") && " + prop + test + ") c.Add(path + " + name + ", " + CSharp.Literal(rule.Kind) + ", " + CSharp.Literal(Message(rule, field.WireName)) + ");");
            }
            var valueRules = field.Rules.Where(r => r.Kind != RuleKinds.Required && r.Kind != RuleKinds.Forbidden).ToList();
            // A closed enumeration admits only its listed values: the same check as an 'allowed' rule.
            if (_map.Scope.Enum(_map.ElementKind(field)) is { Open: false } closed && !valueRules.Any(r => r.Kind == RuleKinds.Allowed))
            {
                valueRules.Add(new RuleSpec(RuleKinds.Allowed, null, EquatableArray.From(closed.Values.Select(x => x.Value)), null, null, null, null, null, null, null, null, null, field.Span));
            }
            var nested = IsNested(field);
            if (valueRules.Count == 0 && !nested) return;
            w.Open("if (" + prop + " is { } " + v + ")");
            EmitValueRules(w, field, valueRules, v, "path + " + name);
            if (nested) EmitNested(w, field, v, "path + " + name);
            w.Close();
        }

        private bool IsNested(FieldSpec field)
        {
            var kind = _map.ElementKind(field);
            return _map.Scope.Schema(kind) is not null || _map.Scope.Union(kind) is not null;
        }

        private void EmitNested(SourceWriter w, FieldSpec field, string v, string pathExpr)
        {
            if (_map.IsCollection(field))
            {
                var i = Next("i");
                w.Open("for (var " + i + " = 0; " + i + " < " + v + ".Count; " + i + "++)");
                // Nested objects validate into their own collector: the path prefix is built only for a violation.
                w.Line("var n" + i + " = new global::SpecGen.Runtime.Validation.ViolationCollector();");
                w.Line(v + "[" + i + "]?.ValidateInto(ref n" + i + ", string.Empty);");
                w.Line("if (!n" + i + ".IsEmpty) c.AddNested(in n" + i + ", " + pathExpr + " + \"[\" + " + i + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"].\");");
                w.Close();
            }
            else
            {
                var n = Next("n");
                w.Line("var " + n + " = new global::SpecGen.Runtime.Validation.ViolationCollector();");
                w.Line(v + ".ValidateInto(ref " + n + ", string.Empty);");
                w.Line("if (!" + n + ".IsEmpty) c.AddNested(in " + n + ", " + pathExpr + " + \".\");");
            }
        }

        /// <summary>Rules on a present value <paramref name="v"/> of <paramref name="field"/> (count on the collection, the rest per item).</summary>
        private void EmitValueRules(SourceWriter w, FieldSpec field, IReadOnlyList<RuleSpec> rules, string v, string pathExpr, string? subject = null)
        {
            subject ??= field.WireName;
            var collection = _map.IsCollection(field);
            foreach (var rule in rules.Where(r => r.Kind == RuleKinds.Count))
            {
                if (!collection) continue;
                var test = Bounds(v + ".Count", rule);
                if (test is not null) w.Line("if (" + test + ") c.Add(" + pathExpr + ", \"count\", " + CSharp.Literal(Message(rule, subject)) + ");");
            }
            var itemRules = rules.Where(r => r.Kind != RuleKinds.Count).ToList();
            if (itemRules.Count == 0) return;
            if (collection)
            {
                var i = Next("i");
                var item = Next("e");
                w.Open("for (var " + i + " = 0; " + i + " < " + v + ".Count; " + i + "++)");
                w.Line("var " + item + " = " + v + "[" + i + "];");
                if (!_map.IsValueElement(field)) w.Line("if (" + item + " is null) continue;");
                foreach (var rule in itemRules) EmitItemRule(w, field, rule, item, pathExpr + " + \"[\" + " + i + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"]\"", subject);
                w.Close();
            }
            else
            {
                foreach (var rule in itemRules) EmitItemRule(w, field, rule, v, pathExpr, subject);
            }
        }

        private void EmitItemRule(SourceWriter w, FieldSpec field, RuleSpec rule, string v, string pathExpr, string subject)
        {
            var failed = ItemFails(field, rule, v);
            if (failed is null)
            {
                w.Line("// " + rule.Kind + " on " + field.WireName + ": holds by construction of the C# type");
                return;
            }
            w.Line("if (" + failed + ") c.Add(" + pathExpr + ", " + CSharp.Literal(rule.Kind) + ", " + CSharp.Literal(Message(rule, subject)) + ");");
        }

        /// <summary>An expression that is true when the item breaks the rule; null when the type makes it impossible.</summary>
        private string? ItemFails(FieldSpec field, RuleSpec rule, string v)
        {
            var kind = _map.ElementKind(field);
            var isEnum = _map.Scope.Enum(kind) is not null;
            var table = _map.Scope.CodeTable(kind);
            var raw = isEnum || table is not null ? v + ".Value" : v;
            var numeric = PrimitiveTypes.IsNumeric(kind) || (table is not null && table.Key == "int");
            var textual = PrimitiveTypes.IsTextual(kind) && kind != PrimitiveTypes.DateTime && kind != PrimitiveTypes.Date;
            switch (rule.Kind)
            {
                case RuleKinds.Allowed:
                    if (rule.IgnoreCase && (textual || isEnum)) return "!global::SpecGen.Runtime.Validation.RuleChecks.IsOneOf(" + raw + ", new string[] { " + string.Join(", ", rule.Values.Select(CSharp.Literal)) + " }, true)";
                    var literals = rule.Values.Select(x => numeric ? NumberLiteral(x, kind) : CSharp.Literal(x)).Distinct();
                    if (kind == PrimitiveTypes.Bool) return "!(" + string.Join(" || ", rule.Values.Select(x => raw + " == " + x)) + ")";
                    return "!(" + raw + " is " + string.Join(" or ", literals) + ")";
                case RuleKinds.Range:
                    return numeric ? Bounds(raw, rule) : null;
                case RuleKinds.Length:
                    return textual ? Bounds(raw + ".Length", rule) : null;
                case RuleKinds.Trimmed:
                    return textual ? "!global::SpecGen.Runtime.Validation.RuleChecks.IsTrimmed(" + raw + ")" : null;
                case RuleKinds.Pattern:
                    return textual && rule.Pattern is not null ? "!global::SpecGen.Runtime.Validation.RuleChecks.MatchesPattern(" + raw + ", " + CSharp.Literal(rule.Pattern) + ")" : null;
                case RuleKinds.Format:
                    switch (rule.Format)
                    {
                        case "phone": return textual ? "!global::SpecGen.Runtime.Validation.RuleChecks.IsPhone(" + raw + ")" : null;
                        case "url": return kind == PrimitiveTypes.Url || textual ? "!global::SpecGen.Runtime.Validation.RuleChecks.IsAbsoluteUrl(" + raw + ")" : null;
                        case "hex": return textual ? "!global::SpecGen.Runtime.Validation.RuleChecks.IsHex(" + raw + ")" : null;
                        case "emoji": return textual ? "!global::SpecGen.Runtime.Validation.RuleChecks.IsEmoji(" + raw + ")" : null;
                        case "datetime":
                        case "date":
                            return textual ? "!global::SpecGen.Runtime.Validation.RuleChecks.IsDateTime(" + raw + ", " + CSharp.Literal(rule.Pattern ?? _map.DateTimePattern(field)) + ")" : null;
                    }
                    return null;
                case RuleKinds.AllowedVariants:
                    // A discriminator value that selects no variant at all is the variant's own error (its type rule), reported once.
                    // When every variant is allowed there is nothing left to check.
                    return _map.Scope.Union(kind) is { } union && !union.Variants.All(x => rule.Values.Contains(x.Value))
                        ? "!(" + v + ".Discriminator is " + string.Join(" or ", rule.Values.Select(CSharp.Literal)) + ") && " + v + ".Discriminator is " + string.Join(" or ", union.Variants.Select(x => CSharp.Literal(x.Value)))
                        : null;
            }
            return null;
        }

        private static string NumberLiteral(string value, string kind) =>
            kind == PrimitiveTypes.Decimal ? value + "m" : kind == PrimitiveTypes.Long ? value + "L" : value;

        private static string? Bounds(string expr, RuleSpec rule)
        {
            var parts = new List<string>();
            if (rule.Min is { } min) parts.Add(expr + " < " + CSharp.Decimal(min));
            if (rule.Max is { } max) parts.Add(expr + " > " + CSharp.Decimal(max));
            return parts.Count == 0 ? null : string.Join(" || ", parts);
        }

        /// <summary>The violation message: the shared rule prose (the analyzers word the same rule the same way).</summary>
        private static string Message(RuleSpec rule, string subject) => RuleText.For(rule, subject);

        /// <summary>A C# boolean expression for a condition evaluated on <paramref name="root"/>; null when unsupported.</summary>
        private string? Condition(ConditionSpec c, string root, IReadOnlyList<FieldSpec> fields)
        {
            if (c.Kind == ConditionKinds.Not)
            {
                var inner = c.Inner is null ? null : Condition(c.Inner, root, fields);
                return inner is null ? null : "!(" + inner + ")";
            }
            if (c.Field is null || c.Field.Contains("[]")) return null;
            var access = Access(root, c.Field, fields, out var field);
            if (access is null || field is null) return null;
            switch (c.Kind)
            {
                case ConditionKinds.Present:
                    if (!access.Contains("?.") && !CanBeNull(field)) return c.Present ? "true" : "false";
                    return access + (c.Present ? " is not null" : " is null");
                case ConditionKinds.CountGreaterThan:
                    return "(" + access + "?.Count ?? 0) > " + CSharp.Decimal(c.Count ?? 0);
                case ConditionKinds.Equal:
                case ConditionKinds.In:
                {
                    var kind = _map.ElementKind(field);
                    var table = _map.Scope.CodeTable(kind);
                    var numeric = PrimitiveTypes.IsNumeric(kind) || (table is not null && table.Key == "int");
                    var wrapped = _map.Scope.Enum(kind) is not null || table is not null;
                    var value = wrapped ? access + (access.Contains("?.") || CanBeNull(field) ? "?.Value" : ".Value") : access;
                    if (kind == PrimitiveTypes.Bool) return "(" + string.Join(" || ", c.Values.Select(x => value + " == " + x)) + ")";
                    return "(" + value + " is " + string.Join(" or ", c.Values.Select(x => numeric ? NumberLiteral(x, kind) : CSharp.Literal(x))) + ")";
                }
            }
            return null;
        }

        /// <summary>Null-safe member access along a dotted path without '[]'.</summary>
        private string? Access(string root, string path, IReadOnlyList<FieldSpec> fields, out FieldSpec? field)
        {
            field = null;
            var expr = root;
            var current = fields;
            var segments = path.Split('.');
            for (var i = 0; i < segments.Length; i++)
            {
                field = current.FirstOrDefault(f => f.WireName == segments[i]);
                if (field is null) return null;
                expr += (i == 0 ? "." : "?.") + _map.PropertyName(field);
                if (i < segments.Length - 1)
                {
                    var kind = _map.ElementKind(field);
                    if (_map.Scope.Schema(kind) is null || _map.IsCollection(field)) return null;
                    current = _map.Scope.FieldsOf(kind);
                }
            }
            return expr;
        }

        private void EmitObjectRule(SourceWriter w, RuleSpec rule, IReadOnlyList<FieldSpec> fields)
        {
            if (rule.Target is null) return;
            if (rule.Kind == RuleKinds.Compare)
            {
                var left = Access("this", rule.Target, fields, out var lf);
                var right = rule.Right is null ? null : Access("this", rule.Right, fields, out _);
                var op = rule.Operator switch { "lt" => "<", "le" => "<=", "eq" => "==", "ge" => ">=", "gt" => ">", _ => "<=" };
                if (left is null || right is null || lf is null) { w.Line("// not checked at run time: compare " + rule.Target); return; }
                w.Line("if (" + left + " is { } l" + _counter + " && " + right + " is { } r" + _counter + " && !(l" + _counter + " " + op + " r" + _counter + ")) c.Add(path + " + CSharp.Literal(rule.Target) + ", \"compare\", " + CSharp.Literal(Message(rule, rule.Target)) + ");");
                _counter++;
                return;
            }
            var segments = rule.Target.Split('.');
            RuleWalk walk = ValueWalk.Instance;
            if (rule.Kind == RuleKinds.Unique || rule.Kind == RuleKinds.Same)
            {
                var set = Next("set");
                if (rule.Kind == RuleKinds.Unique)
                {
                    w.Line("var " + set + " = 0;");
                    walk = new UniqueWalk(set, fields, segments);
                }
                else
                {
                    w.Line("string? " + set + " = null;");
                    walk = new SameWalk(set);
                }
            }
            Walk(w, rule, fields, segments, 0, "this", "path", walk, fields, new List<LoopItem>());
        }

        /// <summary>Opens one block per path step (null checks and loops over arrays), then checks the rule at the end.</summary>
        private void Walk(SourceWriter w, RuleSpec rule, IReadOnlyList<FieldSpec> fields, string[] segments, int index, string expr, string pathExpr, RuleWalk walk, IReadOnlyList<FieldSpec> rootFields, List<LoopItem> loops)
        {
            var segment = segments[index];
            var isItems = segment.EndsWith("[]", System.StringComparison.Ordinal);
            var name = isItems ? segment.Substring(0, segment.Length - 2) : segment;
            var field = fields.FirstOrDefault(f => f.WireName == name);
            if (field is null) return;
            var access = expr + "." + _map.PropertyName(field);
            var subPath = pathExpr + " + " + CSharp.Literal((pathExpr == "path" ? string.Empty : ".") + name);
            var last = index == segments.Length - 1;
            var prefix = string.Join(".", segments.Take(index + 1));

            if (last && !isItems)
            {
                EmitTerminal(w, rule, field, access, subPath, walk, rootFields, loops);
                return;
            }
            var v = Next("w");
            w.Open("if (" + access + " is { } " + v + ")");
            if (isItems)
            {
                var i = Next("k");
                var item = Next("it");
                w.Open("for (var " + i + " = 0; " + i + " < " + v + ".Count; " + i + "++)");
                w.Line("var " + item + " = " + v + "[" + i + "];");
                var itemPath = subPath + " + \"[\" + " + i + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"]\"";
                loops.Add(new LoopItem(prefix, item));
                if (last)
                {
                    EmitTerminalValue(w, rule, field, item, itemPath, walk);
                }
                else if (_map.Scope.Union(_map.ElementKind(field)) is { } union)
                {
                    WalkVariants(w, rule, union, segments, index + 1, item, itemPath, walk, rootFields, loops);
                }
                else
                {
                    w.Line("if (" + item + " is null) continue;");
                    Walk(w, rule, _map.Scope.FieldsOf(_map.ElementKind(field)), segments, index + 1, item, itemPath, walk, rootFields, loops);
                }
                loops.RemoveAt(loops.Count - 1);
                w.Close();
            }
            else if (_map.Scope.Union(_map.ElementKind(field)) is { } union)
            {
                WalkVariants(w, rule, union, segments, index + 1, v, subPath, walk, rootFields, loops);
            }
            else
            {
                Walk(w, rule, _map.Scope.FieldsOf(_map.ElementKind(field)), segments, index + 1, v, subPath, walk, rootFields, loops);
            }
            w.Close();
        }

        /// <summary>
        /// A path that steps into a union continues in each variant that has the next field: the value
        /// is matched against the variant's class, and the walk goes on from there.
        /// </summary>
        private void WalkVariants(SourceWriter w, RuleSpec rule, UnionSpec union, string[] segments, int index, string expr, string pathExpr, RuleWalk walk, IReadOnlyList<FieldSpec> rootFields, List<LoopItem> loops)
        {
            var next = segments[index].TrimEnd('[', ']');
            var any = false;
            foreach (var schemaName in union.Variants.Select(v => v.Schema).Distinct())
            {
                if (_map.Scope.Schema(schemaName) is not { } schema || !schema.Fields.Any(f => f.WireName == next)) continue;
                any = true;
                var variant = Next("vr");
                w.Open("if (" + expr + " is " + _map.TypeName(schemaName) + " " + variant + ")");
                Walk(w, rule, schema.Fields.AsArray(), segments, index, variant, pathExpr, walk, rootFields, loops);
                w.Close();
            }
            if (!any) w.Line("// " + rule.Kind + " " + rule.Target + ": no variant of " + union.Name + " has '" + next + "'");
        }

        private void EmitTerminal(SourceWriter w, RuleSpec rule, FieldSpec field, string access, string pathExpr, RuleWalk walk, IReadOnlyList<FieldSpec> rootFields, List<LoopItem> loops)
        {
            if (rule.Kind == RuleKinds.Required || rule.Kind == RuleKinds.Forbidden)
            {
                if (!CanBeNull(field) && !access.Contains("?.")) { w.Line("// " + rule.Kind + " " + rule.Target + ": the C# type makes it always present"); return; }
                var condition = rule.When is null ? "true" : ConditionInLoops(rule.When, rootFields, loops);
                if (condition is null) { w.Line("// not checked at run time: " + rule.Kind + " " + rule.Target + " (condition path not supported)"); return; }
                var test = rule.Kind == RuleKinds.Required ? " is null" : " is not null";
                w.Line("if ((" + condition + ") && " + access + test + ") c.Add(" + pathExpr + ", " + CSharp.Literal(rule.Kind) + ", " + CSharp.Literal(Message(rule, rule.Target!)) + ");");
                return;
            }
            var v = Next("t");
            w.Open("if (" + access + " is { } " + v + ")");
            if (walk is ValueWalk) EmitValueRules(w, field, new[] { rule }, v, pathExpr, rule.Target);
            else EmitTerminalValue(w, rule, field, v, pathExpr, walk);
            w.Close();
        }

        private void EmitTerminalValue(SourceWriter w, RuleSpec rule, FieldSpec field, string v, string pathExpr, RuleWalk walk)
        {
            var text = _map.IsValueElement(field) ? v + ".ToString()" : _map.ElementKind(field) != PrimitiveTypes.String ? v + "?.ToString()" : v;
            switch (walk)
            {
                case UniqueWalk unique:
                {
                    var a = Next("ua");
                    var ib = Next("ib");
                    var dup = Next("dup");
                    w.Line(unique.Seen + "++;");
                    w.Open("if (" + text + " is { } " + a + ")");
                    w.Line("var " + ib + " = 0;");
                    w.Line("var " + dup + " = false;");
                    Walk(w, rule, unique.RootFields, unique.Segments, 0, "this", "path", new UniqueRewalk(unique.Seen, ib, dup, a), unique.RootFields, new List<LoopItem>());
                    w.Line("if (" + dup + ") c.Add(" + pathExpr + ", \"unique\", " + CSharp.Literal(Message(rule, rule.Target!)) + ");");
                    w.Close();
                    break;
                }
                case UniqueRewalk rewalk:
                {
                    var b = Next("ub");
                    w.Line(rewalk.Index + "++;");
                    w.Line("if (" + rewalk.Index + " < " + rewalk.Seen + " && " + text + " is { } " + b + " && string.Equals(" + rewalk.Value + ", " + b + ", global::System.StringComparison.Ordinal)) " + rewalk.Duplicate + " = true;");
                    break;
                }
                case SameWalk same:
                    w.Line("if (" + text + " is { } u" + _counter + ") { if (" + same.First + " is null) " + same.First + " = u" + _counter + "; else if (!string.Equals(" + same.First + ", u" + _counter + ", global::System.StringComparison.Ordinal)) c.Add(" + pathExpr + ", \"same\", " + CSharp.Literal(Message(rule, rule.Target!)) + "); }");
                    _counter++;
                    break;
                default:
                    if (!_map.IsValueElement(field)) w.Line("if (" + v + " is null) continue;");
                    var fails = ItemFails(field, rule, v);
                    if (fails is not null) w.Line("if (" + fails + ") c.Add(" + pathExpr + ", " + CSharp.Literal(rule.Kind) + ", " + CSharp.Literal(Message(rule, rule.Target!)) + ");");
                    break;
            }
        }

        /// <summary>A condition whose path may step into the same array items the target is iterating.</summary>
        private string? ConditionInLoops(ConditionSpec c, IReadOnlyList<FieldSpec> rootFields, List<LoopItem> loops)
        {
            if (c.Kind == ConditionKinds.Not)
            {
                var inner = c.Inner is null ? null : ConditionInLoops(c.Inner, rootFields, loops);
                return inner is null ? null : "!(" + inner + ")";
            }
            if (c.Field is null) return null;
            if (!c.Field.Contains("[]")) return Condition(c, "this", rootFields);
            // Pair the condition's array step with the loop over the same array.
            for (var i = loops.Count - 1; i >= 0; i--)
            {
                var prefix = loops[i].Prefix + ".";
                if (!c.Field.StartsWith(prefix, System.StringComparison.Ordinal)) continue;
                var rest = c.Field.Substring(prefix.Length);
                var arrayField = _map.Scope.Resolve(rootFields, loops[i].Prefix, out _);
                if (arrayField is null) return null;
                var itemFields = _map.Scope.FieldsOf(_map.ElementKind(arrayField));
                if (itemFields.Count == 0 && _map.Scope.Union(_map.ElementKind(arrayField)) is { } union && rest == union.Discriminator)
                {
                    return "(" + loops[i].Item + ".Discriminator is " + string.Join(" or ", c.Values.Select(CSharp.Literal)) + ")";
                }
                if (_map.Scope.Union(_map.ElementKind(arrayField)) is { } u && rest == u.Discriminator)
                {
                    return "(" + loops[i].Item + ".Discriminator is " + string.Join(" or ", c.Values.Select(CSharp.Literal)) + ")";
                }
                return Condition(new ConditionSpec(c.Kind, rest, c.Values, c.Present, c.Count, null), loops[i].Item, itemFields);
            }
            return null;
        }
    }
}
