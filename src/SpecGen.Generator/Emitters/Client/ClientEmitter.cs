using System.Globalization;
using SpecGen.Spec.Model;
using static SpecGen.Generator.Emitters.GlobalNames;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// Emits the typed client of a spec (one async method per endpoint over
    /// <c>SpecGen.Runtime.Http.GatewayTransport</c>) and the webhook definitions (route, encoding,
    /// generated parsers, documented reply). Everything comes from the model: base URL, auth scheme,
    /// response-format parameter, documented responses, code tables and replies.
    /// </summary>
    internal static class ClientEmitter
    {
        private const string Task = "global::System.Threading.Tasks.Task";
        private const string Token = "global::System.Threading.CancellationToken";

        public static void Emit(SourceWriter w, TypeMap map, SpecModel model)
        {
            var endpoints = model.Operations.Where(o => !o.IsWebhook).ToList();
            var webhooks = model.Operations.Where(o => o.IsWebhook).ToList();
            var folded = FoldedSchemas(map, model);
            var names = map.Plan.Client;
            var shapes = names.Shapes;
            if (endpoints.Count > 0)
            {
                var clientName = names.Client;
                var optionNames = new ClientOptionsEmitter.Names(names.Credentials, names.Options, names.CredentialParameters.AsArray());
                EmitClient(w, map, model, endpoints, clientName, folded, shapes, optionNames);
                ClientOptionsEmitter.Emit(w, model.Header, clientName, optionNames);
                ShapeEmitter.Emit(w, map, shapes, ShapeEmitter.Reachable(map, endpoints));
                OutcomeEmitter.Emit(w, map, endpoints, clientName, folded);
            }
            if (webhooks.Count > 0) EmitWebhooks(w, map, model, webhooks, names.Webhooks);
        }

        private static HashSet<string> FoldedSchemas(TypeMap map, SpecModel model) =>
            new HashSet<string>(model.Schemas.Where(s => map.Names.IsFolded(s.Name)).Select(s => s.Name), StringComparer.Ordinal);

        // ---- the client ---------------------------------------------------------------------------

        /// <summary>What a documented response body is in C#; <see cref="Label"/> is its property in a variants class (the plan's).</summary>
        private sealed record BodyKind(string Type, string? Schema, bool IsUnion, bool IsBinary, bool IsEmpty, bool IsArray = false, string Label = "");

        private static BodyKind KindOf(TypeMap map, ResponseSpec r, HashSet<string> folded)
        {
            if (r.IsBinary) return new BodyKind(Http + "BinaryContent", null, false, true, false);
            if (r.Body is { } items && r.IsArray && map.Scope.Schema(items) is not null)
            {
                return new BodyKind(TypeMap.List + "<" + map.TypeName(items) + ">", items, false, false, false, IsArray: true);
            }
            if (r.Body is { } body && !folded.Contains(body))
            {
                if (map.Scope.Schema(body) is not null) return new BodyKind(map.TypeName(body), body, false, false, false);
                if (map.Scope.Union(body) is not null) return new BodyKind(map.TypeName(body), body, true, false, false);
            }
            return new BodyKind(Http + "NoContent", null, false, false, true);
        }

        private static void EmitClient(SourceWriter w, TypeMap map, SpecModel model, List<OperationSpec> endpoints, string name, HashSet<string> folded, string shapes, ClientOptionsEmitter.Names optionNames)
        {
            var header = model.Header;
            var title = header.Title ?? (header.Provider + " " + header.Version);
            var variantClasses = new List<KeyValuePair<string, List<BodyKind>>>();
            var tables = new SortedDictionary<string, CodeTableSpec>(StringComparer.Ordinal);

            w.Doc("Client of " + title + ": one asynchronous method per endpoint of the spec, over an injected HttpClient.\n"
                + "Requests are validated before sending (an invalid one is not sent), credentials travel as the spec's auth scheme says, "
                + "and every answer is a typed result: the success body, or a typed error with the HTTP status, the code-table entry and the server's message.");
            w.Line(Generated.Attribute);
            w.Open("public sealed partial class " + name);
            if (header.BaseUrl is { } baseUrl)
            {
                w.Line("/// <summary>The spec's base URL.</summary>");
                w.Line("public const string DefaultBaseUrl = " + CSharp.Literal(baseUrl) + ";");
                w.Line();
            }
            w.Line("/// <summary>The spec's auth scheme.</summary>");
            w.Line("public static " + Http + "AuthInfo Auth { get; } = " + AuthExpression(header.Auth) + ";");
            w.Line();
            var format = header.ResponseFormat;
            string? jsonValue = null, xmlValue = null;
            if (format is not null)
            {
                foreach (var kv in format.Values)
                {
                    if (string.Equals(kv.Key, "json", StringComparison.OrdinalIgnoreCase)) jsonValue = kv.Value;
                    if (string.Equals(kv.Key, "xml", StringComparison.OrdinalIgnoreCase)) xmlValue = kv.Value;
                }
                w.Line("/// <summary>The spec's response-format parameter (JSON is asked unless the options or the request say XML).</summary>");
                w.Line("public static " + Http + "ResponseFormatInfo ResponseFormatParameter { get; } = new " + Http + "ResponseFormatInfo(" + CSharp.Literal(format.Parameter) + ", " + CSharp.Literal(jsonValue) + ", " + CSharp.Literal(xmlValue) + ");");
                w.Line();
            }
            var defaultUri = header.BaseUrl is null ? "null" : "new global::System.Uri(DefaultBaseUrl)";
            // gateway: names the spec in logs and telemetry; methodOverride: the spec's method_override parameter.
            var transportArguments = "httpClient, options, " + defaultUri + ", Auth, " + (format is null ? "null" : "ResponseFormatParameter")
                + ", gateway: " + CSharp.Literal(header.Provider + "/" + header.Version)
                + (header.MethodOverride is { } methodOverride ? ", methodOverride: " + CSharp.Literal(methodOverride) : string.Empty);
            // Create is a factory method, not a second constructor: typed-client DI (IHttpClientFactory) needs exactly one constructor taking an HttpClient.
            w.Lines($$"""
                private readonly {{Http}}GatewayTransport _transport;

                /// <summary>Creates the client over an HttpClient (e.g. one from IHttpClientFactory; it is not disposed here).</summary>
                /// <param name="httpClient">The HTTP client. Its BaseAddress is used when the options set none.</param>
                /// <param name="options">Base URL, credentials, response format, timeout, retry policy.</param>
                public {{name}}(global::System.Net.Http.HttpClient httpClient, {{Http}}GatewayClientOptions? options = null)
                {
                    if (httpClient is null) throw new global::System.ArgumentNullException(nameof(httpClient));
                    _transport = new {{Http}}GatewayTransport({{transportArguments}});
                }

                /// <summary>Creates the client with this spec's own options type (credentials of another gateway do not fit it).</summary>
                /// <param name="httpClient">The HTTP client. Its BaseAddress is used when the options set none.</param>
                /// <param name="options">Typed credentials and transport settings.</param>
                public static {{name}} Create(global::System.Net.Http.HttpClient httpClient, {{optionNames.Options}} options) =>
                    new {{name}}(httpClient, (options ?? throw new global::System.ArgumentNullException(nameof(options))).Gateway);

                /// <summary>The transport (options, base address) this client sends through.</summary>
                public {{Http}}GatewayTransport Transport => _transport;
                """);
            EmitCredentialsFactory(w, header, optionNames);

            foreach (var op in endpoints)
            {
                var table = op.CodeTable is { } t ? map.Scope.CodeTable(t) : null;
                if (table is not null) tables[table.Name] = table;
                EmitEndpoint(w, map, model, op, table, folded, variantClasses, shapes);
            }

            foreach (var table in tables.Values) EmitCodeFactory(w, map, table);
            w.Close();

            foreach (var pair in variantClasses)
            {
                w.Line();
                EmitVariants(w, pair.Key, pair.Value);
            }
        }

        private static string AuthExpression(AuthSpec? auth)
        {
            if (auth is null) return Http + "AuthInfo.None";
            switch (auth.Scheme)
            {
                case "fields":
                    return Http + "AuthInfo.ForFields(" + string.Join(", ", auth.Fields.Select(f => "new " + Http + "AuthField(" + CSharp.Literal(f.Name) + ", " + (f.Secret ? "true" : "false") + ")")) + ")";
                case "bearer":
                    return Http + "AuthInfo.ForBearer(" + CSharp.Literal(auth.Header) + ", " + CSharp.Literal(auth.QueryParameter) + ")";
                case "basic":
                    return Http + "AuthInfo.ForBasic()";
                default:
                    return Http + "AuthInfo.None";
            }
        }

        private static void EmitCredentialsFactory(SourceWriter w, SpecHeader header, ClientOptionsEmitter.Names names)
        {
            if (ClientOptionsEmitter.Factory(header, names.Parameters) is not { } f) return;
            var credentials = names.Credentials;
            w.Line();
            w.Line("/// <summary>The credentials of this spec's " + SourceWriter.Escape(header.Auth!.Scheme) + " scheme (typed: only this spec's clients take them); values never appear in ToString or logs.</summary>");
            w.Line("public static " + credentials + " CreateCredentials(" + f.Key + ") => " + credentials + ".Create(" + string.Join(", ", names.Parameters) + ");");
        }

        private static void EmitEndpoint(SourceWriter w, TypeMap map, SpecModel model, OperationSpec op, CodeTableSpec? table, HashSet<string> folded, List<KeyValuePair<string, List<BodyKind>>> variantClasses, string shapes)
        {
            var binding = map.Names.Operation(op.Name);
            var names = binding.Client!;
            var request = binding.ClassName;
            var infoName = names.Info;

            // The success type: one documented success shape, or the plan's class with one property per shape.
            var caseKinds = op.Responses.Select(r => KindOf(map, r, folded)).ToList();
            string successType;
            var variantsName = names.Variants;
            var successKinds = new List<BodyKind>();
            for (var i = 0; i < op.Responses.Count; i++)
            {
                if (op.Responses[i].Outcome != "success") continue;
                var kind = caseKinds[i];
                if (variantsName is not null) kind = kind with { Label = names.MemberOf(i)! };
                if (!successKinds.Any(k => k.Label == kind.Label && k.Type == kind.Type)) successKinds.Add(kind);
            }
            if (successKinds.Count == 0) successType = Http + "NoContent";
            else if (variantsName is null) successType = successKinds[0].Type;
            else
            {
                variantClasses.Add(new KeyValuePair<string, List<BodyKind>>(variantsName, successKinds));
                successType = variantsName;
            }

            var codeMembers = table is null ? null : map.Names.ValueSet(table.Name).Client!;
            var successCodes = codeMembers is null ? Http + "ResponseReaders.DefaultSuccessCodes" : codeMembers.SuccessCodesOf;
            w.Line();
            // Created on first use, not in the static constructor: its cost would grow with the number of operations.
            var infoField = names.InfoField;
            w.Lines($$"""
                private static {{Http}}OperationInfo? {{infoField}};
                private static {{Http}}OperationInfo {{infoName}} => {{infoField}} ??= new {{Http}}OperationInfo(
                    {{CSharp.Literal(op.Name)}}, {{CSharp.Literal(op.Method)}}, {{CSharp.Literal(op.Encoding)}},
                    new {{Http}}ResponseCase[]
                    {
                """);
            var inspectors = new List<KeyValuePair<string, string[]>>();
            var rules = new List<(string Rule, string Field, string Expression)>();
            var holdsChecks = new List<KeyValuePair<string, string>>();
            var sharedRules = new Dictionary<(string Body, string Rule), string>();
            for (var i = 0; i < op.Responses.Count; i++)
            {
                var r = op.Responses[i];
                var kind = caseKinds[i];
                var outcome = r.Outcome == "success" ? Http + "ResponseOutcome.Success" : Http + "ResponseOutcome.Error";
                var statuses = r.Statuses.Count == 0 ? "global::System.Array.Empty<int>()" : "new int[] { " + string.Join(", ", r.Statuses.Select(s => s.ToString(CultureInfo.InvariantCulture))) + " }";
                var binary = r.IsBinary ? "new string[] { " + string.Join(", ", r.BinaryContentTypes.Select(CSharp.Literal)) + " }" : "null";
                var status = EffectiveStatus(map, r);
                // The codes are written out: a static field initializer cannot rely on another field declared later.
                var codesLiteral = table is null ? "new string[] { \"0\" }" : "new string[] { " + string.Join(", ", table.SuccessCodes.Select(CSharp.Literal)) + " }";
                var bodySchema = kind.Schema is { } bodyName ? map.Scope.Schema(bodyName) : null;
                var ruleExpression = ShapeEmitter.StatusRule(status, codesLiteral, path => bodySchema is not null && FieldAt(map, bodySchema, path, out _, out _) is { } required ? required.Aliases.AsArray() : Array.Empty<string>());
                var rule = "null";
                if (ruleExpression != "null" && !kind.IsArray && !kind.IsUnion && !kind.IsEmpty && !kind.IsBinary)
                {
                    // Responses with the same body and status (a success and its per-item error view) share one rule.
                    var key = (kind.Type, ruleExpression);
                    if (!sharedRules.TryGetValue(key, out rule))
                    {
                        rule = names.StatusRule + i.ToString(CultureInfo.InvariantCulture);
                        sharedRules.Add(key, rule);
                        if (kind.Schema is { } ruled && map.Scope.Schema(ruled) is { } ruledSchema && StatusHoldsEmitter.Body(map, ruledSchema, status!, kind.Type) is { } holds)
                        {
                            ruleExpression += " { Holds = " + rule + "Holds }";
                            holdsChecks.Add(new KeyValuePair<string, string>(rule + "Holds", holds));
                        }
                        rules.Add((rule, names.StatusRuleField + i.ToString(CultureInfo.InvariantCulture), ruleExpression));
                    }
                }
                var parse = ParseExpression(map, kind, shapes, rule);
                var keyList = KeysOf(map, kind).ToList();
                var keys = keyList.Count == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", keyList.Select(CSharp.Literal)) + " }";
                var inspect = "null";
                if (r.Outcome == "error" && status is not null && kind.Schema is { } schemaName && !kind.IsUnion && !kind.IsArray && map.Scope.Schema(schemaName) is { } schema)
                {
                    var body = InspectBody(map, schema, status, table, successCodes);
                    if (body is not null)
                    {
                        var method = names.Inspect + i.ToString(CultureInfo.InvariantCulture);
                        inspectors.Add(new KeyValuePair<string, string[]>(method, new[] { kind.Type, body }));
                        inspect = method;
                    }
                }
                var wrap = "null";
                if (r.Outcome == "success" && variantsName is not null)
                {
                    wrap = "static o => new " + variantsName + " { " + names.MemberOf(i) + " = (" + kind.Type + ")o }";
                }
                w.Line("        new " + Http + "ResponseCase(" + outcome + ", " + statuses + ", " + CSharp.Literal(r.Variant) + ", " + binary + ", " + parse + ", " + keys + ", " + inspect + ", " + wrap + "),");
            }
            w.Line("    },");
            var formatParameter = model.Header.ResponseFormat is { } rf ? op.Parameters.FirstOrDefault(p => p.WireName == rf.Parameter && !map.AuthFields.Contains(p.WireName)) : null;
            w.Line("    " + (codeMembers is null ? "null" : codeMembers.CodeOf) + ", " + (formatParameter is null ? "false" : "true") + ");");

            foreach (var (ruleName, field, expression) in rules)
            {
                // Created on first use, like the operation info: a static initializer per rule would grow the client's static constructor.
                w.Line();
                w.Line("private static " + Wire + "StatusRule? " + field + ";");
                w.Line("private static " + Wire + "StatusRule " + ruleName + " => " + field + " ??= " + expression + ";");
            }

            foreach (var pair in holdsChecks)
            {
                w.Line();
                w.Open("private static bool " + pair.Key + "(object body)");
                foreach (var line in pair.Value.Split('\n')) w.Line(line);
                w.Close();
            }

            foreach (var pair in inspectors)
            {
                w.Line();
                w.Open("private static " + Http + "BodyStatus " + pair.Key + "(object body)");
                w.Line("var b = (" + pair.Value[0] + ")body;");
                foreach (var line in pair.Value[1].Split('\n')) w.Line(line);
                w.Close();
            }

            // The method.
            w.Line();
            var summary = (op.Summary ?? op.Name) + "\n" + op.Method + " " + op.Path + " (" + op.Encoding + ")" + (op.Source is null ? string.Empty : "; source: " + op.Source) + ".";
            w.Doc(summary);
            w.Line("/// <param name=\"request\">The request; it is validated first and not sent when invalid.</param>");
            w.Line("/// <param name=\"cancellationToken\">Cancels the call (the only case that throws).</param>");
            w.Line("/// <returns>The typed success body, or a typed error.</returns>");
            w.Open("public " + Task + "<" + Http + "ApiResult<" + successType + ">> " + binding.Member + "(" + request + " request, " + Token + " cancellationToken = default)");
            w.Line("if (request is null) throw new global::System.ArgumentNullException(nameof(request));");
            w.Line("var call = new " + Http + "GatewayCall(" + infoName + ", request.BuildPath(), request.Validate())");
            w.Line("{");
            w.Line("    " + (op.Encoding == "json" ? "Json = request.WriteJson," : "Form = request.WriteForm,"));
            if (formatParameter is not null)
            {
                w.Line("    FormatParameterSet = " + (formatParameter.Required ? "true" : "request." + map.PropertyName(formatParameter) + " is not null") + ",");
            }
            w.Line("};");
            w.Line("return _transport.SendAsync<" + successType + ">(call, cancellationToken);");
            w.Close();
        }

        private static string ParseExpression(TypeMap map, BodyKind kind, string shapes, string rule)
        {
            if (kind.IsBinary || kind.IsEmpty) return "null";
            var box = Http + "ResponseReaders.Box";
            if (kind.IsUnion)
            {
                return "static (text, format) => format == " + Http + "WireFormat.Xml ? " + Http + "ResponseReaders.Unsupported(format) : " + box + "(" + kind.Type + ".FromJson(text))";
            }
            var item = map.TypeName(kind.Schema!);
            var shape = shapes + "." + item;
            if (!WireReachability.ReadsXml(map, kind.Schema!))
            {
                // No documented response carries this schema as XML: it has no XML reader.
                var json = kind.IsArray ? Wire + "ResponseBody.JsonArray(text, " + shape + ", " + item + ".ReadJson)" : Wire + "ResponseBody.Json(text, " + shape + ", " + rule + ", " + item + ".ReadJson)";
                return "static (text, format) => format == " + Http + "WireFormat.Xml ? " + Http + "ResponseReaders.Unsupported(format) : " + box + "(" + json + ")";
            }
            if (kind.IsArray)
            {
                return "static (text, format) => format == " + Http + "WireFormat.Xml ? " + box + "(" + Wire + "ResponseBody.XmlArray(text, " + shape + ", " + item + ".ReadXml)) : " + box + "(" + Wire + "ResponseBody.JsonArray(text, " + shape + ", " + item + ".ReadJson))";
            }
            var root = map.Scope.Schema(kind.Schema!)?.XmlRoot;
            return "static (text, format) => format == " + Http + "WireFormat.Xml ? " + box + "(" + Wire + "ResponseBody.Xml(text, " + CSharp.Literal(root) + ", " + shape + ", " + rule + ", " + item + ".ReadXml)) : " + box + "(" + Wire + "ResponseBody.Json(text, " + shape + ", " + rule + ", " + item + ".ReadJson))";
        }

        /// <summary>The body_status of a response: its own, else its body schema's.</summary>
        internal static BodyStatusSpec? EffectiveStatus(TypeMap map, ResponseSpec r)
        {
            if (r.BodyStatus is { } own) return own;
            if (r.Body is { } body && !r.IsArray && map.Scope.Schema(body) is { } schema) return schema.BodyStatus;
            return null;
        }

        private static IEnumerable<string> KeysOf(TypeMap map, BodyKind kind)
        {
            if (kind.Schema is null || kind.IsArray) return Enumerable.Empty<string>();
            // Aliases count: a body that spells a field as the reader also reads it carries that field.
            if (map.Scope.Schema(kind.Schema) is { } schema) return schema.Fields.SelectMany(f => new[] { f.WireName }.Concat(f.Aliases));
            if (map.Scope.Union(kind.Schema) is { } union) return new[] { union.Discriminator };
            return Enumerable.Empty<string>();
        }

        internal static FieldSpec? FieldAt(TypeMap map, SchemaSpec schema, string? path, out SchemaSpec owner, out FieldSpec? items)
        {
            owner = schema;
            items = null;
            if (path is null) return null;
            var dot = path.IndexOf("[].", StringComparison.Ordinal);
            if (dot > 0)
            {
                items = schema.Fields.FirstOrDefault(f => f.WireName == path.Substring(0, dot));
                if (items?.Type.Items is not { } itemType || map.Scope.Schema(itemType.Name) is not { } itemSchema) return null;
                owner = itemSchema;
                path = path.Substring(dot + 3);
            }
            return owner.Fields.FirstOrDefault(f => f.WireName == path);
        }

        internal static string RawExpression(TypeMap map, FieldSpec f, string target)
        {
            var prop = target + "." + map.PropertyName(f);
            var n = f.Type.Name;
            if (n == PrimitiveTypes.Int) return Http + "ResponseReaders.Raw((int?)" + prop + ")";
            if (n == PrimitiveTypes.Long) return Http + "ResponseReaders.Raw((long?)" + prop + ")";
            if (n == PrimitiveTypes.Decimal) return prop + "?.ToString(global::System.Globalization.CultureInfo.InvariantCulture)";
            if (n == PrimitiveTypes.String || n == PrimitiveTypes.Phone) return Http + "ResponseReaders.Raw(" + prop + ")";
            return prop + "?.ToString()";
        }

        internal static string MessageExpression(TypeMap map, FieldSpec? f, string target) =>
            f is null ? "(string?)null" : f.Type.Name == PrimitiveTypes.String ? target + "." + map.PropertyName(f) : target + "." + map.PropertyName(f) + "?.ToString()";

        /// <summary>
        /// The body of an inspector, from the spec's body_status (which field holds the code, which the
        /// message): the body's code, or for a per-item code the first rejection when no item was accepted.
        /// </summary>
        private static string? InspectBody(TypeMap map, SchemaSpec schema, BodyStatusSpec status, CodeTableSpec? table, string successCodes)
        {
            var code = FieldAt(map, schema, status.Code, out var owner, out var items);
            var message = FieldAt(map, schema, status.Message, out var messageOwner, out _);
            if (items is not null && code is not null)
            {
                var itemType = map.TypeName(owner.Name);
                var lookup = table is null ? "null" : map.Names.ValueSet(table.Name).Client!.CodeOf;
                var itemMessage = messageOwner == owner ? message : null;
                return "return " + Http + "ItemOutcomes<" + itemType + ">.Of(b." + map.PropertyName(items) + ", static i => " + RawExpression(map, code, "i") + ", static i => "
                    + MessageExpression(map, itemMessage, "i") + ", " + lookup + ", " + successCodes + ").AsBodyStatus();";
            }
            if (code is null && message is null) return null;
            var raw = code is null ? "null" : RawExpression(map, code, "b");
            return "return new " + Http + "BodyStatus(" + raw + ", " + MessageExpression(map, messageOwner == schema ? message : null, "b") + ");";
        }

        private static void EmitCodeFactory(SourceWriter w, TypeMap map, CodeTableSpec table)
        {
            var members = map.Names.ValueSet(table.Name).Client!;
            var type = map.TypeName(table.Name);
            var codes = string.Join(", ", table.SuccessCodes.Select(CSharp.Literal));
            var name = SourceWriter.Escape(table.Name);
            var parse = table.Key == "int"
                ? "if (" + Wire + "Text.Int(raw) is not { } n) return null;\nvar code = new " + type + "(n);"
                : "if (raw is null) return null;\nvar code = new " + type + "(raw.Trim());";
            w.Line();
            w.Lines($$"""
                /// <summary>The codes of {{name}} that mean success.</summary>
                private static string[]? {{members.SuccessCodesField}};
                internal static string[] {{members.SuccessCodesOf}} => {{members.SuccessCodesField}} ??= new string[] { {{codes}} };

                /// <summary>The typed entry of {{name}} for a raw code.</summary>
                internal static {{Http}}GatewayCode? {{members.CodeOf}}(string raw)
                {
                """);
            w.Lines(Indent(parse));
            w.Lines($$"""
                    return new {{Http}}GatewayCode(raw, code, code.IsKnown, code.Description, {{Http}}ResponseReaders.IsSuccessCode(raw, {{members.SuccessCodesOf}}));
                }
                """);
        }

        /// <summary>A statement list one level in (the body of a method written as a template).</summary>
        private static string Indent(string lines) => "    " + lines.Replace("\n", "\n    ");

        private static void EmitVariants(SourceWriter w, string name, List<BodyKind> kinds)
        {
            var disposable = kinds.Any(k => k.IsBinary);
            w.Line("/// <summary>The documented success shapes of one endpoint: exactly one property is set.</summary>");
            w.Line(Generated.Attribute);
            w.Open("public sealed partial class " + name + (disposable ? " : global::System.IDisposable" : string.Empty));
            foreach (var k in kinds)
            {
                w.Line("/// <summary>Set when the answer is this shape.</summary>");
                w.Line("public " + k.Type + "? " + k.Label + " { get; init; }");
                w.Line();
            }
            if (disposable)
            {
                w.Line("/// <summary>Disposes a download.</summary>");
                w.Open("public void Dispose()");
                foreach (var k in kinds.Where(k => k.IsBinary)) w.Line(k.Label + "?.Dispose();");
                w.Close();
                w.Line();
            }
            w.Line("/// <inheritdoc />");
            w.Line("public override string ToString() => " + string.Join(" ?? ", kinds.Select(k => k.Label + "?.ToString()")) + " ?? string.Empty;");
            w.Close();
        }

        // ---- the webhooks -------------------------------------------------------------------------

        /// <summary>Where a webhook's event carries unions (path, discriminator, listed kinds), walking nested objects.</summary>
        private static List<string> UnionSites(TypeMap map, OperationSpec op)
        {
            var sites = new List<string>();
            var fields = new List<FieldSpec>(op.Parameters);
            if (op.Body is { } body && map.Scope.Schema(body) is { } schema) fields.AddRange(schema.Fields);
            void Walk(IEnumerable<FieldSpec> list, string prefix, int depth, HashSet<string> seen)
            {
                if (depth > 6) return;
                foreach (var f in list)
                {
                    var kind = map.ElementKind(f);
                    var path = prefix + f.WireName + (f.Type.IsArray ? "[]" : string.Empty);
                    if (map.Scope.Union(kind) is { } union)
                    {
                        sites.Add("new " + Http + "UnionSite(" + CSharp.Literal(path) + ", " + CSharp.Literal(union.Discriminator) + ", " + string.Join(", ", union.Variants.Select(v => CSharp.Literal(v.Value))) + ")");
                    }
                    else if (map.Scope.Schema(kind) is { } nested && f.EncodeAs is null && seen.Add(kind))
                    {
                        Walk(nested.Fields, path + ".", depth + 1, seen);
                        seen.Remove(kind);
                    }
                }
            }
            Walk(fields, string.Empty, 0, new HashSet<string>(StringComparer.Ordinal));
            return sites;
        }

        private static void EmitWebhooks(SourceWriter w, TypeMap map, SpecModel model, List<OperationSpec> webhooks, string name)
        {
            var title = model.Header.Title ?? (model.Header.Provider + " " + model.Header.Version);
            w.Line();
            w.Doc("The webhooks of " + title + ": for each, the documented route and encoding, the generated parsers and the reply the gateway expects.");
            w.Line(Generated.Attribute);
            w.Open("public static partial class " + name);
            var names = new List<string>();
            foreach (var op in webhooks)
            {
                if (names.Count > 0) w.Line();
                var binding = map.Names.Operation(op.Name);
                var evt = binding.ClassName;
                var prop = binding.Member;
                names.Add(prop);
                var status = op.Reply is { } reply ? reply.Status.ToString(CultureInfo.InvariantCulture) : "null";
                string type;
                var args = CSharp.Literal(op.Name) + ", " + CSharp.Literal(op.Method) + ", " + CSharp.Literal(op.Path) + ", " + CSharp.Literal(op.Encoding) + ", " + status + ", " + evt + ".FromForm, " + evt + ".FromJson";
                var replyBody = op.Reply?.Body;
                var replyType = replyBody is not null && (map.Scope.Schema(replyBody) is not null || map.Scope.Union(replyBody) is not null) ? map.TypeName(replyBody) : null;
                if (replyType is not null)
                {
                    type = Http + "WebhookDefinition<" + evt + ", " + replyType + ">";
                    args += ", static (w, value) => value.WriteJson(w)";
                }
                else
                {
                    type = Http + "WebhookDefinition<" + evt + ">";
                }
                var doc = (op.Summary ?? op.Name) + "\nThe gateway calls " + op.Method + " " + op.Path + " (" + op.Encoding + ")"
                    + (op.Reply is { } r ? "; reply HTTP " + r.Status.ToString(CultureInfo.InvariantCulture) + (replyType is null ? string.Empty : " with " + replyType + " JSON") : "; the document records no reply (HTTP 200 is used)") + ".";
                w.Doc(doc, op.Reply?.Note);
                var sites = UnionSites(map, op);
                var init = sites.Count == 0 ? string.Empty : " { Unions = new " + Http + "UnionSite[] { " + string.Join(", ", sites) + " } }";
                // Created on first use: a static initializer per webhook would grow the class's static constructor.
                w.Line("public static " + type + " " + prop + " => " + binding.MemberField + " ??= new " + type + "(" + args + ")" + init + ";");
                w.Line("private static " + type + "? " + binding.MemberField + ";");
            }
            var list = Http + "IWebhookDefinition";
            w.Line();
            w.Lines($$"""
                /// <summary>Every webhook of the spec.</summary>
                public static global::System.Collections.Generic.IReadOnlyList<{{list}}> All => s_all ??= new {{list}}[] { {{string.Join(", ", names)}} };
                private static {{list}}[]? s_all;
                """);
            w.Close();
        }
    }
}
