using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using SpecGen.Spec.Model;

namespace SpecGen.Cli.OpenApi
{
    /// <summary>
    /// One spec → one OpenAPI 3.1 document: endpoints as paths, webhooks as <c>webhooks</c>, schemas/unions (oneOf +
    /// discriminator)/enums/code tables as components, rules as JSON Schema keywords where they exist and
    /// <c>x-specgen-rules</c> otherwise, auth as security schemes.
    /// </summary>
    public sealed class OpenApiExporter
    {
        private readonly SpecModel _model;
        private readonly OpenApiDocument _doc = new OpenApiDocument();

        private OpenApiExporter(SpecModel model) => _model = model;

        /// <summary>The document as OpenAPI 3.1 JSON.</summary>
        public static string ExportJson(SpecModel model)
        {
            var doc = new OpenApiExporter(model).Build();
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            doc.SerializeAsV31(new OpenApiJsonWriter(writer));
            return writer.ToString();
        }

        private OpenApiDocument Build()
        {
            var h = _model.Header;
            _doc.Info = new OpenApiInfo { Title = h.Title ?? _model.Id, Version = h.Version, Description = h.Note };
            _doc.Servers = new List<OpenApiServer> { new OpenApiServer { Url = h.BaseUrl ?? "http://localhost" } };
            _doc.Components = new OpenApiComponents { Schemas = new Dictionary<string, IOpenApiSchema>() };
            _doc.Paths = new OpenApiPaths();
            Extend(_doc, "x-specgen-spec", new JsonObject { ["provider"] = h.Provider, ["version"] = h.Version, ["document"] = h.Document });
            Security(h.Auth);
            foreach (var s in _model.Schemas) _doc.Components.Schemas[s.Name] = Schema(s);
            foreach (var u in _model.Unions) _doc.Components.Schemas[u.Name] = Union(u);
            foreach (var e in _model.Enums) _doc.Components.Schemas[e.Name] = Enum(e);
            foreach (var t in _model.CodeTables) _doc.Components.Schemas[t.Name] = CodeTable(t);
            if (_model.Lookups.Count > 0)
                Extend(_doc, "x-specgen-lookups", new JsonArray(_model.Lookups.Select(l => (JsonNode?)new JsonObject { ["name"] = l.Name, ["columns"] = new JsonArray(l.Columns.Select(c => (JsonNode?)c).ToArray()), ["rows"] = l.Rows.Count }).ToArray()));
            foreach (var op in _model.Operations)
            {
                if (op.IsWebhook)
                {
                    _doc.Webhooks ??= new Dictionary<string, IOpenApiPathItem>();
                    var item = new OpenApiPathItem();
                    item.AddOperation(Method(op.Method), Operation(op));
                    _doc.Webhooks[op.Name] = item;
                    continue;
                }
                if (!_doc.Paths.TryGetValue(op.Path, out var pathItem))
                {
                    pathItem = new OpenApiPathItem();
                    _doc.Paths[op.Path] = pathItem;
                }
                ((OpenApiPathItem)pathItem).AddOperation(Method(op.Method), Operation(op));
            }
            return _doc;
        }

        private static HttpMethod Method(string method) => new HttpMethod(method.ToUpperInvariant());

        private void Security(AuthSpec? auth)
        {
            if (auth is null) return;
            _doc.Components!.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>();
            var requirement = new OpenApiSecurityRequirement();
            void Add(string id, OpenApiSecurityScheme scheme)
            {
                _doc.Components.SecuritySchemes[id] = scheme;
                requirement[new OpenApiSecuritySchemeReference(id, _doc)] = new List<string>();
            }
            switch (auth.Scheme)
            {
                case "basic":
                    Add("basic", new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "basic" });
                    break;
                case "bearer":
                    Add("bearer", new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer", Description = auth.QueryParameter is { } q ? "Also accepted in the query parameter " + q + "." : null });
                    break;
                default:
                    // Credential fields travel in the request's own encoding (query or form body); OpenAPI's nearest is an API key in the query.
                    foreach (var f in auth.Fields) Add(f.Name, new OpenApiSecurityScheme { Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Query, Name = f.Name, Description = f.Description });
                    break;
            }
            _doc.Security = new List<OpenApiSecurityRequirement> { requirement };
        }

        private OpenApiOperation Operation(OperationSpec op)
        {
            var o = new OpenApiOperation
            {
                OperationId = op.Name,
                Summary = op.Summary,
                Description = Join(op.Description, op.Note),
                Parameters = new List<IOpenApiParameter>(),
                Responses = new OpenApiResponses(),
            };
            Extend(o, "x-specgen-source", op.Source);
            var bodyFields = new List<FieldSpec>();
            foreach (var p in op.Parameters)
            {
                var location = p.In ?? (op.Encoding == "query" || op.Encoding == "none" ? "query" : "body");
                if (location == "body")
                {
                    bodyFields.Add(p);
                    continue;
                }
                o.Parameters.Add(new OpenApiParameter
                {
                    Name = p.WireName,
                    In = location == "path" ? ParameterLocation.Path : ParameterLocation.Query,
                    Required = p.Required || location == "path",
                    Description = Join(p.Description, p.Note),
                    Schema = FieldSchema(p),
                });
            }
            var mediaType = op.Encoding == "json" ? "application/json" : "application/x-www-form-urlencoded";
            IOpenApiSchema? body = null;
            if (op.Body is { } b) body = new OpenApiSchemaReference(b, _doc);
            else if (bodyFields.Count > 0) body = Object(bodyFields, Array.Empty<RuleSpec>());
            if (body is not null)
            {
                o.RequestBody = new OpenApiRequestBody { Required = true, Content = new Dictionary<string, IOpenApiMediaType> { [mediaType] = new OpenApiMediaType { Schema = body } } };
            }
            if (op.Rules.Count > 0) Extend(o, "x-specgen-rules", Rules(op.Rules));
            if (op.CodeTable is { } table) Extend(o, "x-specgen-code-table", table);
            if (op.IsWebhook)
            {
                var reply = new OpenApiResponse { Description = op.Reply?.Note ?? "The receiver's answer." };
                if (op.Reply?.Body is { } rb) reply.Content = new Dictionary<string, IOpenApiMediaType> { ["application/json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(rb, _doc) } };
                o.Responses[(op.Reply?.Status ?? 200).ToString(CultureInfo.InvariantCulture)] = reply;
                return o;
            }
            foreach (var group in op.Responses.SelectMany(r => r.Statuses.Select(s => (Status: s, Response: r))).GroupBy(x => x.Status))
            {
                var responses = group.Select(x => x.Response).ToList();
                var response = new OpenApiResponse
                {
                    Description = string.Join(" | ", responses.Select(r => r.Outcome + (r.Variant is { } v ? " (" + v + ")" : string.Empty) + (r.Note is { } n ? ": " + n : string.Empty))),
                    Content = new Dictionary<string, IOpenApiMediaType>(),
                };
                Extend(response, "x-specgen-outcome", new JsonArray(responses.Select(r => (JsonNode?)r.Outcome).ToArray()));
                var bodies = responses.Where(r => r.Body is not null).Select(r => r.Body!).Distinct().ToList();
                var binary = responses.FirstOrDefault(r => r.IsBinary);
                if (binary is not null)
                {
                    foreach (var type in binary.BinaryContentTypes.Count > 0 ? binary.BinaryContentTypes.AsArray() : new[] { "application/octet-stream" })
                        response.Content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
                }
                if (bodies.Count > 0)
                {
                    IOpenApiSchema schema = bodies.Count == 1
                        ? new OpenApiSchemaReference(bodies[0], _doc)
                        : new OpenApiSchema { OneOf = bodies.Select(x => (IOpenApiSchema)new OpenApiSchemaReference(x, _doc)).ToList() };
                    var formats = responses.SelectMany(r => r.Formats).Distinct().ToList();
                    if (formats.Count == 0 || formats.Contains("json")) response.Content["application/json"] = new OpenApiMediaType { Schema = schema };
                    if (formats.Contains("xml")) response.Content["application/xml"] = new OpenApiMediaType { Schema = schema };
                }
                o.Responses[group.Key.ToString(CultureInfo.InvariantCulture)] = response;
            }
            if (o.Responses.Count == 0) o.Responses["200"] = new OpenApiResponse { Description = "No response is documented." };
            return o;
        }

        private OpenApiSchema Schema(SchemaSpec s)
        {
            var schema = Object(s.Fields.AsArray(), s.Rules.AsArray());
            schema.Description = Join(s.Description, s.Note);
            if (s.XmlRoot is { } root) schema.Xml = new OpenApiXml { Name = root };
            return schema;
        }

        private OpenApiSchema Object(IReadOnlyList<FieldSpec> fields, IReadOnlyList<RuleSpec> rules)
        {
            var schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Properties = new Dictionary<string, IOpenApiSchema>(),
                Required = new HashSet<string>(fields.Where(f => f.Required).Select(f => f.WireName)),
            };
            foreach (var f in fields) schema.Properties[f.WireName] = FieldSchema(f);
            if (rules.Count > 0) Extend(schema, "x-specgen-rules", Rules(rules));
            return schema;
        }

        /// <summary>A field's schema: its type, then its rules as keywords where JSON Schema has them.</summary>
        private IOpenApiSchema FieldSchema(FieldSpec f)
        {
            var schema = TypeSchema(f.Type);
            var extra = new List<RuleSpec>();
            var target = schema as OpenApiSchema;
            if (target is null)
            {
                // A $ref cannot carry sibling keywords in every reader; wrap it so rules and descriptions stay beside it.
                target = new OpenApiSchema { AllOf = new List<IOpenApiSchema> { schema } };
                schema = target;
            }
            if (f.Description is not null || f.Note is not null) target.Description = Join(f.Description, f.Note);
            if (f.Default is { } d) target.Default = DefaultNode(d, f.Type.Name);
            var valueSchema = f.Type.IsArray && target.Items is OpenApiSchema items ? items : target;
            foreach (var rule in f.Rules)
            {
                switch (rule.Kind)
                {
                    case RuleKinds.Allowed when rule.When is null:
                        valueSchema.Enum = rule.Values.Select(v => ValueNode(v, f.Type.IsArray ? f.Type.Items?.Name : f.Type.Name)).ToList();
                        break;
                    case RuleKinds.Range when rule.When is null:
                        if (rule.Min is { } min) valueSchema.Minimum = min.ToString(CultureInfo.InvariantCulture);
                        if (rule.Max is { } max) valueSchema.Maximum = max.ToString(CultureInfo.InvariantCulture);
                        break;
                    case RuleKinds.Length when rule.When is null && f.List is null:
                        if (rule.Min is { } lmin) valueSchema.MinLength = (int)lmin;
                        if (rule.Max is { } lmax) valueSchema.MaxLength = (int)lmax;
                        break;
                    case RuleKinds.Pattern when rule.When is null && rule.Pattern is { } p && f.List is null:
                        // The language matches the whole value; JSON Schema searches, so an unanchored pattern is anchored.
                        valueSchema.Pattern = p.StartsWith("^", StringComparison.Ordinal) && p.EndsWith("$", StringComparison.Ordinal) ? p : "^(?:" + p + ")$";
                        break;
                    case RuleKinds.Count when rule.When is null && f.Type.IsArray:
                        if (rule.Min is { } cmin) target.MinItems = (int)cmin;
                        if (rule.Max is { } cmax) target.MaxItems = (int)cmax;
                        break;
                    case RuleKinds.Format when rule.When is null && (rule.Format == "url" || rule.Format == "date") && valueSchema.Format is null:
                        valueSchema.Format = rule.Format == "url" ? "uri" : "date";
                        break;
                    default:
                        extra.Add(rule);
                        break;
                }
            }
            if (extra.Count > 0) Extend(target, "x-specgen-rules", Rules(extra));
            if (f.List is { } list) Extend(target, "x-specgen-list", new JsonObject { ["separators"] = new JsonArray(list.Separators.Select(s => (JsonNode?)s).ToArray()), ["join"] = list.Join, ["percent_encoded"] = list.PercentEncoded });
            if (f.Aliases.Count > 0) Extend(target, "x-specgen-aliases", new JsonArray(f.Aliases.Select(a => (JsonNode?)a).ToArray()));
            if (f.EncodeAs is { } e) Extend(target, "x-specgen-encode-as", e);
            return schema;
        }

        private IOpenApiSchema TypeSchema(TypeRef type)
        {
            switch (type.Name)
            {
                case PrimitiveTypes.Array: return new OpenApiSchema { Type = JsonSchemaType.Array, Items = type.Items is null ? new OpenApiSchema() : TypeSchema(type.Items) };
                case PrimitiveTypes.OneOrMany:
                    // "string/array": exported as the array (the form every reader of it accepts), marked so an import keeps the single form.
                    var many = new OpenApiSchema { Type = JsonSchemaType.Array, Items = type.Items is null ? new OpenApiSchema() : TypeSchema(type.Items) };
                    Extend(many, "x-specgen-type", PrimitiveTypes.OneOrMany);
                    return many;
                case PrimitiveTypes.String: return new OpenApiSchema { Type = JsonSchemaType.String };
                case PrimitiveTypes.Int: return new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" };
                case PrimitiveTypes.Long: return new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" };
                case PrimitiveTypes.Decimal: return new OpenApiSchema { Type = JsonSchemaType.Number };
                case PrimitiveTypes.Bool: return new OpenApiSchema { Type = JsonSchemaType.Boolean };
                case PrimitiveTypes.Url: return new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri" };
                case PrimitiveTypes.Date: return new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" };
                case PrimitiveTypes.DateTime: return new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" };
                case PrimitiveTypes.Binary: return new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
                case PrimitiveTypes.Phone:
                    var phone = new OpenApiSchema { Type = JsonSchemaType.String };
                    Extend(phone, "x-specgen-type", "phone");
                    return phone;
                default: return new OpenApiSchemaReference(type.Name, _doc);
            }
        }

        private IOpenApiSchema Union(UnionSpec u)
        {
            var schema = new OpenApiSchema
            {
                Description = Join(u.Description, u.Note),
                OneOf = u.Variants.Select(v => v.Schema).Distinct().Select(s => (IOpenApiSchema)new OpenApiSchemaReference(s, _doc)).ToList(),
                Discriminator = new OpenApiDiscriminator
                {
                    PropertyName = u.Discriminator,
                    Mapping = u.Variants.ToDictionary(v => v.Value, v => new OpenApiSchemaReference(v.Schema, _doc)),
                },
            };
            return schema;
        }

        private static IOpenApiSchema Enum(EnumSpec e)
        {
            var schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = Join(e.Description, e.Note),
                Enum = e.Values.Select(v => (JsonNode)JsonValue.Create(v.Value)!).ToList(),
            };
            Extend(schema, "x-specgen-open", e.Open);
            Extend(schema, "x-enum-descriptions", new JsonObject(e.Values.Select(v => new KeyValuePair<string, JsonNode?>(v.Value, v.Description))));
            return schema;
        }

        private static IOpenApiSchema CodeTable(CodeTableSpec t)
        {
            var isInt = t.Key == "int";
            var schema = new OpenApiSchema
            {
                Type = isInt ? JsonSchemaType.Integer : JsonSchemaType.String,
                Description = Join(t.Description, t.Note),
            };
            // An open table documents codes without closing the set: the codes travel as an extension, not as an enum.
            if (!t.Open) schema.Enum = t.Codes.Select(c => ValueNode(c.Code, isInt ? "int" : "string")).ToList();
            Extend(schema, "x-specgen-code-table", new JsonObject
            {
                ["source"] = t.Source,
                ["open"] = t.Open,
                ["codes"] = new JsonArray(t.Codes.Select(c => (JsonNode?)new JsonObject { ["code"] = c.Code, ["meaning"] = c.Meaning, ["description"] = c.Description }).ToArray()),
            });
            return schema;
        }

        private static JsonArray Rules(IEnumerable<RuleSpec> rules) => new JsonArray(rules.Select(r => (JsonNode?)RuleJson(r)).ToArray());

        private static JsonObject RuleJson(RuleSpec r)
        {
            var o = new JsonObject { ["kind"] = r.Kind };
            if (r.Target is not null) o["target"] = r.Target;
            if (r.Values.Count > 0) o["values"] = new JsonArray(r.Values.Select(v => (JsonNode?)v).ToArray());
            if (r.Min is { } min) o["min"] = min;
            if (r.Max is { } max) o["max"] = max;
            if (r.Format is not null) o["format"] = r.Format;
            if (r.Pattern is not null) o["pattern"] = r.Pattern;
            if (r.Right is not null) o["right"] = r.Right;
            if (r.Operator is not null) o["op"] = r.Operator;
            if (r.When is not null) o["when"] = ConditionJson(r.When);
            if (r.Message is not null) o["message"] = r.Message;
            return o;
        }

        private static JsonObject ConditionJson(ConditionSpec c)
        {
            var o = new JsonObject { ["kind"] = c.Kind };
            if (c.Field is not null) o["field"] = c.Field;
            if (c.Values.Count > 0) o["values"] = new JsonArray(c.Values.Select(v => (JsonNode?)v).ToArray());
            if (c.Kind == ConditionKinds.Present) o["present"] = c.Present;
            if (c.Count is { } n) o["count"] = n;
            if (c.Inner is not null) o["not"] = ConditionJson(c.Inner);
            return o;
        }

        private static JsonNode ValueNode(string value, string? type) => type switch
        {
            PrimitiveTypes.Int or PrimitiveTypes.Long when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
            PrimitiveTypes.Decimal when decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
            _ => JsonValue.Create(value)!,
        };

        private static JsonNode DefaultNode(string value, string type) => type == PrimitiveTypes.Bool && (value == "true" || value == "false") ? JsonValue.Create(value == "true") : ValueNode(value, type);

        private static void Extend(IOpenApiExtensible target, string name, JsonNode? value)
        {
            if (value is null) return;
            target.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            target.Extensions[name] = new JsonNodeExtension(value);
        }

        private static void Extend(IOpenApiExtensible target, string name, string? value)
        {
            if (value is not null) Extend(target, name, JsonValue.Create(value));
        }

        private static void Extend(IOpenApiExtensible target, string name, bool value) => Extend(target, name, (JsonNode)JsonValue.Create(value));

        private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : a + "\n\nNote: " + b;
    }
}
