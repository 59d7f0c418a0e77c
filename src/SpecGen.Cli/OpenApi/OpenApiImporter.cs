using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace SpecGen.Cli.OpenApi
{
    /// <summary>The spec YAML written for one OpenAPI document, and what could not be said.</summary>
    public sealed record ImportResult(string Yaml, IReadOnlyList<ImportWarning> Warnings);

    /// <summary>
    /// OpenAPI 3.0/3.1 → spec language: header and auth, endpoints (path, query, form and JSON parameters), responses by
    /// status (JSON and XML), callbacks and webhooks (3.1 <c>webhooks</c> and the <c>x-webhooks</c> extension) as webhook
    /// operations, <c>x-errors</c> as a code table. Schemas, unions, enums and rules come from <see cref="SchemaImporter"/>.
    /// </summary>
    public sealed class OpenApiImporter
    {
        private static readonly string[] FormTypes = { "application/x-www-form-urlencoded", "multipart/form-data" };

        private readonly OpenApiDocument _doc;
        private readonly ImportContext _cx = new ImportContext();
        private readonly SchemaImporter _schemas;
        private readonly Dictionary<string, object?> _operations = new Dictionary<string, object?>();
        private readonly HashSet<string> _authFields = new HashSet<string>(StringComparer.Ordinal);
        private readonly string _documentName;

        private OpenApiImporter(OpenApiDocument doc, string documentName)
        {
            _doc = doc;
            _documentName = documentName;
            _schemas = new SchemaImporter(_cx, doc);
        }

        /// <summary>Imports a read document as spec <paramref name="provider"/>/<paramref name="version"/>.</summary>
        public static ImportResult Import(OpenApiDocument doc, string provider, string version, string documentName) =>
            new OpenApiImporter(doc, documentName).Run(provider, version);

        private ImportResult Run(string provider, string version)
        {
            var root = new Dictionary<string, object?>
            {
                ["spec"] = 1,
                ["provider"] = provider,
                ["version"] = version,
                ["title"] = _doc.Info?.Title ?? provider + " " + version,
                ["namespace"] = Names.Pascal(provider) + "." + Names.Pascal(version),
                ["document"] = _documentName,
            };
            var headerNotes = new List<string>();
            if (_doc.Info?.Description is { } description) root["description_note"] = null;
            root["base_url"] = BaseUrl(headerNotes);
            var auth = Auth(headerNotes);
            if (auth is not null) root["auth"] = auth;
            InfoNotes(headerNotes);
            var codeTable = ErrorCodes();
            _schemas.ImportComponents(RequestComponents(), ResponseComponents());
            ImportPaths(codeTable);
            ImportWebhooks();
            root.Remove("description_note");
            if (_doc.Info?.Description is { } d) headerNotes.Insert(0, "OpenAPI info.description: " + d);
            if (headerNotes.Count > 0) root["note"] = string.Join("\n", headerNotes);
            root["operations"] = _operations;
            if (_cx.Schemas.Count > 0) root["schemas"] = _cx.Schemas;
            if (_cx.Unions.Count > 0) root["unions"] = _cx.Unions;
            if (_cx.Enums.Count > 0) root["enums"] = _cx.Enums;
            if (_cx.CodeTables.Count > 0) root["code_tables"] = _cx.CodeTables;
            var header = "# Imported by `specgen import openapi` from " + _documentName + ".\n"
                + "# Notes beginning with 'OpenAPI #/...' keep what the spec language cannot say; each was reported as an import warning.\n";
            return new ImportResult(header + YamlText.Write(root), _cx.Warnings);
        }

        private string BaseUrl(List<string> notes)
        {
            var server = _doc.Servers?.FirstOrDefault();
            if (server is null)
            {
                _cx.Warn("#/servers", "servers", "no server: base_url set to http://localhost", notes);
                return "http://localhost";
            }
            var url = server.Url ?? "http://localhost";
            if (server.Variables is { Count: > 0 } variables)
            {
                foreach (var v in variables) url = url.Replace("{" + v.Key + "}", v.Value.Default);
                _cx.Warn("#/servers/0/variables", "server variables", "server variables (" + string.Join(", ", variables.Keys) + ") replaced by their defaults", notes);
            }
            if (_doc.Servers!.Count > 1) _cx.Warn("#/servers/1", "servers", "other servers: " + string.Join(", ", _doc.Servers.Skip(1).Select(s => s.Url)), notes);
            return url;
        }

        private void InfoNotes(List<string> notes)
        {
            if (_doc.Info?.Version is { } v) _cx.Warn("#/info/version", "info", "document version " + v, notes);
            if (_doc.Info?.License?.Name is { } license) _cx.Warn("#/info/license", "info", "licence " + license, notes);
            if (_doc.Info?.Contact?.Name is { } contact) _cx.Warn("#/info/contact", "info", "contact " + contact + " " + _doc.Info.Contact.Email + " " + _doc.Info.Contact.Url, notes);
            if (_doc.Info?.TermsOfService is { } terms) _cx.Warn("#/info/termsOfService", "info", "terms of service " + terms, notes);
            if (_doc.ExternalDocs?.Url is { } docs) _cx.Warn("#/externalDocs", "externalDocs", "external documentation " + docs, notes);
            if (_doc.Tags is { Count: > 0 } tags) _cx.Warn("#/tags", "tags", "tags " + string.Join(", ", tags.Select(t => t.Name)), notes);
            if (_doc.Extensions is { } extensions)
            {
                foreach (var pair in extensions)
                {
                    if (pair.Key == "x-webhooks" || pair.Key == "x-errors") continue;
                    _cx.Warn("#/" + Pointer.Escape(pair.Key), "x-extension " + pair.Key, "extension " + pair.Key + ": " + SchemaImporter.Shorten(Json(pair.Value)), notes);
                }
            }
        }

        private static string Json(IOpenApiExtension e) => e is JsonNodeExtension j ? j.Node.ToJsonString() : e.ToString() ?? string.Empty;

        /// <summary>Security schemes → one auth scheme: API keys become credential fields, HTTP basic/bearer their schemes.</summary>
        private Dictionary<string, object?>? Auth(List<string> notes)
        {
            var schemes = _doc.Components?.SecuritySchemes;
            if (schemes is null || schemes.Count == 0) return null;
            var requirement = _doc.Security?.FirstOrDefault();
            var used = requirement is not null
                ? requirement.Keys.Select(k => (k as OpenApiSecuritySchemeReference)?.Reference.Id).Where(id => id is not null && schemes.ContainsKey(id)).Select(id => id!).ToList()
                : schemes.Keys.Take(1).ToList();
            if (_doc.Security?.Count > 1) _cx.Warn("#/security/1", "security alternatives", "other security requirements are alternatives the language cannot offer; the first is used", notes);
            var map = new Dictionary<string, object?>();
            var authNotes = new List<string>();
            var fields = new Dictionary<string, object?>();
            foreach (var id in used)
            {
                var s = schemes[id];
                var pointer = "#/components/securitySchemes/" + Pointer.Escape(id);
                switch (s.Type)
                {
                    case SecuritySchemeType.ApiKey:
                        if (s.In != ParameterLocation.Query)
                            _cx.Warn(pointer + "/in", "apiKey in " + s.In, "API key in " + s.In?.ToString().ToLowerInvariant() + ": the language sends credential fields in the request's own encoding (query or form)", authNotes);
                        var field = new Dictionary<string, object?>();
                        if (s is OpenApiSecurityScheme { Description: { } fd } || (s as OpenApiSecuritySchemeReference)?.Description is { } _) field["description"] = (s as OpenApiSecurityScheme)?.Description;
                        if ((s.Name ?? id).IndexOf("secret", StringComparison.OrdinalIgnoreCase) >= 0 || (s.Name ?? id).IndexOf("password", StringComparison.OrdinalIgnoreCase) >= 0) field["secret"] = true;
                        fields[s.Name ?? id] = field;
                        _authFields.Add(s.Name ?? id);
                        break;
                    case SecuritySchemeType.Http when string.Equals(s.Scheme, "basic", StringComparison.OrdinalIgnoreCase):
                        map["scheme"] = "basic";
                        break;
                    case SecuritySchemeType.Http when string.Equals(s.Scheme, "bearer", StringComparison.OrdinalIgnoreCase):
                        map["scheme"] = "bearer";
                        map["header"] = "Authorization";
                        if (s.BearerFormat is { } bf) authNotes.Add("Bearer format: " + bf + ".");
                        break;
                    default:
                        _cx.Warn(pointer, "security " + s.Type, "security scheme type " + s.Type + " " + s.Scheme + " is not in the language; read as a bearer token", authNotes);
                        map["scheme"] = "bearer";
                        map["header"] = "Authorization";
                        break;
                }
            }
            if (fields.Count > 0)
            {
                if (map.ContainsKey("scheme")) _cx.Warn("#/security/0", "security combination", "API keys combined with HTTP auth: only the HTTP scheme is used", authNotes);
                else
                {
                    map["scheme"] = "fields";
                    map["fields"] = fields;
                }
            }
            if (map.Count == 0) return null;
            if (authNotes.Count > 0) map["note"] = string.Join(" ", authNotes);
            return map;
        }

        /// <summary>The document-level <c>x-errors</c> extension (code → description, resolution) as a code table.</summary>
        private string? ErrorCodes()
        {
            if (_doc.Extensions?.TryGetValue("x-errors", out var ext) != true || ext is not JsonNodeExtension { Node: JsonObject errors }) return null;
            var codes = new List<object?>();
            var numeric = errors.All(e => int.TryParse(e.Key, NumberStyles.Integer, CultureInfo.InvariantCulture, out _));
            foreach (var pair in errors)
            {
                var code = new Dictionary<string, object?> { ["code"] = pair.Key };
                var text = pair.Value?["description"]?.GetValue<string>();
                if (text is not null)
                {
                    var dot = text.IndexOf(". ", StringComparison.Ordinal);
                    code["meaning"] = dot > 0 ? text.Substring(0, dot) : text;
                    code["description"] = text;
                }
                if (pair.Value?["resolution"]?.GetValue<string>() is { } resolution) code["note"] = "Resolution: " + resolution;
                codes.Add(code);
            }
            _cx.CodeTables["errors"] = new Dictionary<string, object?>
            {
                ["description"] = "Error codes listed by the document's x-errors extension.",
                ["source"] = "x-errors",
                ["key"] = numeric ? "int" : "string",
                ["open"] = true,
                ["codes"] = codes,
            };
            return "errors";
        }

        /// <summary>Components a server sends: response bodies and webhook/callback payloads.</summary>
        private HashSet<string> ResponseComponents()
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            void Operation(OpenApiOperation op, bool payload)
            {
                foreach (var r in op.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
                {
                    foreach (var m in r.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>()) SchemaImporter.CollectReferences(m.Schema, set);
                }
                if (payload)
                {
                    foreach (var m in op.RequestBody?.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>()) SchemaImporter.CollectReferences(m.Schema, set);
                }
                foreach (var cb in op.Callbacks?.Values ?? Enumerable.Empty<IOpenApiCallback>())
                {
                    foreach (var item in cb.PathItems?.Values ?? Enumerable.Empty<IOpenApiPathItem>())
                    {
                        foreach (var o in item.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()) Operation(o, payload: true);
                    }
                }
            }
            foreach (var item in _doc.Paths?.Values ?? Enumerable.Empty<IOpenApiPathItem>())
            {
                foreach (var op in item.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()) Operation(op, payload: false);
            }
            foreach (var item in _doc.Webhooks?.Values ?? Enumerable.Empty<IOpenApiPathItem>())
            {
                foreach (var op in item.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()) Operation(op, payload: true);
            }
            if (_doc.Extensions?.TryGetValue("x-webhooks", out var ext) == true && ext is JsonNodeExtension { Node: JsonObject hooks })
            {
                // x-webhooks is not parsed as OpenAPI yet here: any component its JSON names is a payload.
                foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(hooks.ToJsonString(), "#/components/schemas/([^\"]+)")) set.Add(m.Groups[1].Value);
            }
            return set;
        }

        private HashSet<string> RequestComponents()
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in _doc.Paths?.Values ?? Enumerable.Empty<IOpenApiPathItem>())
            {
                foreach (var p in item.Parameters ?? new List<IOpenApiParameter>()) SchemaImporter.CollectReferences(p.Schema, set);
                foreach (var op in item.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
                {
                    foreach (var p in op.Parameters ?? new List<IOpenApiParameter>()) SchemaImporter.CollectReferences(p.Schema, set);
                    foreach (var m in op.RequestBody?.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>()) SchemaImporter.CollectReferences(m.Schema, set);
                }
            }
            return set;
        }

        private void ImportPaths(string? codeTable)
        {
            if (_doc.Paths is null) return;
            foreach (var path in _doc.Paths)
            {
                if (path.Value.Operations is null) continue;
                foreach (var pair in path.Value.Operations)
                {
                    var pointer = "#/paths/" + Pointer.Escape(path.Key) + "/" + pair.Key.Method.ToLowerInvariant();
                    var name = ImportOperation(pair.Value, pair.Key, path.Key, path.Value.Parameters, pointer, webhook: false, callbackExpression: null);
                    if (name is null) continue;
                    var op = (Dictionary<string, object?>)_operations[name]!;
                    if (codeTable is not null) op["code_table"] = codeTable;
                    if (pair.Value.Callbacks is { } callbacks)
                    {
                        foreach (var cb in callbacks)
                        {
                            if (cb.Value.PathItems is null) continue;
                            foreach (var item in cb.Value.PathItems)
                            {
                                ImportWebhookItem(cb.Key, item.Value, pointer + "/callbacks/" + Pointer.Escape(cb.Key) + "/" + Pointer.Escape(item.Key.Expression ?? string.Empty), item.Key.Expression + " (callback " + cb.Key + " of " + name + ")");
                            }
                        }
                    }
                }
            }
        }

        private void ImportWebhooks()
        {
            if (_doc.Webhooks is { } webhooks)
            {
                foreach (var pair in webhooks) ImportWebhookItem(pair.Key, pair.Value, "#/webhooks/" + Pointer.Escape(pair.Key), null);
            }
            // x-webhooks is written like callbacks: name → runtime expression → path item.
            if (_doc.Extensions?.TryGetValue("x-webhooks", out var ext) == true && ext is JsonNodeExtension { Node: JsonObject hooks })
            {
                foreach (var hook in hooks)
                {
                    if (hook.Value is not JsonObject expressions) continue;
                    foreach (var expression in expressions)
                    {
                        var pointer = "#/x-webhooks/" + Pointer.Escape(hook.Key) + "/" + Pointer.Escape(expression.Key);
                        var item = expression.Value is JsonObject o && (o.ContainsKey("post") || o.ContainsKey("get") || o.ContainsKey("put"))
                            ? ParsePathItem(o, pointer)
                            : null;
                        if (item is null)
                        {
                            _cx.Warn(pointer, "x-webhooks", "an x-webhooks entry that is not a path item was not imported", null);
                            continue;
                        }
                        ImportWebhookItem(hook.Key, item, pointer, expression.Key);
                    }
                }
            }
        }

        private OpenApiPathItem? ParsePathItem(JsonObject node, string pointer)
        {
            var version = _doc.Paths is not null && _doc.Webhooks is not null ? OpenApiSpecVersion.OpenApi3_1 : OpenApiSpecVersion.OpenApi3_0;
            var item = OpenApiModelFactory.Parse<OpenApiPathItem>(node.ToJsonString(), version, _doc, out var diagnostic, "json", OpenApiLoader.Settings());
            foreach (var e in diagnostic?.Errors ?? new List<OpenApiError>()) _cx.Warn(pointer + e.Pointer, "x-webhooks", "reading the webhook: " + e.Message, null);
            return item;
        }

        private void ImportWebhookItem(string name, IOpenApiPathItem item, string pointer, string? callbackExpression)
        {
            if (item.Operations is null) return;
            foreach (var pair in item.Operations)
            {
                var opPointer = pointer + "/" + pair.Key.Method.ToLowerInvariant();
                var op = pair.Value;
                var opName = ImportOperation(op, pair.Key, name, item.Parameters, opPointer, webhook: true, callbackExpression);
                _ = opName;
            }
        }

        /// <summary>One operation; returns its spec name (null when it could not be imported).</summary>
        private string? ImportOperation(OpenApiOperation op, HttpMethod method, string path, IList<IOpenApiParameter>? pathParameters, string pointer, bool webhook, string? callbackExpression)
        {
            var notes = new List<string>();
            var verb = method.Method.ToUpperInvariant();
            if (verb != "GET" && verb != "POST" && verb != "PUT" && verb != "DELETE")
            {
                _cx.Warn(pointer, "method " + verb, "HTTP method " + verb + " is not in the language; the operation was not imported", null);
                return null;
            }
            var name = UniqueOperationName(Names.Snake(op.OperationId ?? (webhook ? path : verb.ToLowerInvariant() + "_" + path)));
            var map = new Dictionary<string, object?>
            {
                ["kind"] = webhook ? "webhook" : "endpoint",
            };
            if (op.Summary is { } summary) map["summary"] = summary;
            if (op.Description is { } description) map["description"] = description;
            map["source"] = "OpenAPI " + (webhook ? pointer : verb + " " + path) + (op.OperationId is { } id ? " (operationId " + id + ")" : string.Empty);
            map["method"] = verb;
            if (webhook)
            {
                var example = op.Extensions?.TryGetValue("x-example-path", out var xp) == true && xp is JsonNodeExtension j ? j.Node.GetValue<string>() : null;
                map["path"] = example ?? "/webhooks/" + Names.Snake(path).Replace('_', '-');
                if (callbackExpression is not null)
                    _cx.Warn(pointer, "callback URL expression", "the gateway calls the URL given by " + callbackExpression + "; the language names only an example path", notes);
            }
            else
            {
                map["path"] = path;
            }
            if (op.Deprecated) _cx.Warn(pointer + "/deprecated", "deprecated", "deprecated operation", notes);
            if (op.Security is { Count: > 0 }) _cx.Warn(pointer + "/security", "operation security", "operation-level security requirements (the spec has one auth scheme)", notes);
            if (op.Tags is { Count: > 0 } tags) _cx.Warn(pointer + "/tags", "tags", "tags " + string.Join(", ", tags.Select(t => t.Reference?.Id)), notes);
            if (op.Extensions is { } extensions)
            {
                foreach (var pair in extensions)
                {
                    if (pair.Key == "x-example-path") continue;
                    _cx.Warn(pointer + "/" + Pointer.Escape(pair.Key), "x-extension " + pair.Key, "extension " + pair.Key + ": " + SchemaImporter.Shorten(Json(pair.Value)), notes);
                }
            }

            var parameters = new Dictionary<string, object?>();
            var objectRules = new List<object?>();
            var query = new List<FieldBuilder>();
            var pathFields = new List<FieldBuilder>();
            foreach (var (parameter, paramPointer) in MergedParameters(pathParameters, op.Parameters, pointer))
            {
                var field = ImportParameter(parameter, paramPointer, name, notes);
                if (field is null) continue;
                if (_authFields.Contains(field.WireName!))
                {
                    notes.Add("Parameter '" + field.WireName + "' is a credential of the auth scheme and is not repeated here.");
                    continue;
                }
                if (parameter.In == ParameterLocation.Path) pathFields.Add(field);
                else query.Add(field);
            }

            string encoding;
            string? body = null;
            var bodyFields = new List<FieldBuilder>();
            var bodyRules = new List<object?>();
            var (mediaType, media) = PickBody(op, pointer, notes);
            if (media?.Schema is { } bodySchema)
            {
                var bodyPointer = pointer + "/requestBody/content/" + Pointer.Escape(mediaType!);
                var isForm = FormTypes.Contains(mediaType);
                encoding = isForm ? "form" : "json";
                if (mediaType == "multipart/form-data") _cx.Warn(bodyPointer, "multipart", "multipart/form-data read as a form body", notes);
                // A named ($ref) JSON body stays a schema; an inline one is the operation's own parameters.
                var flatten = isForm || pathFields.Count > 0 || query.Count > 0 || !SchemaImporter.IsObject(bodySchema) || bodySchema is not OpenApiSchemaReference || webhook && !IsJson(mediaType!);
                if (!flatten)
                {
                    body = _schemas.FieldType(bodySchema, bodyPointer + "/schema", Names.Pascal(name) + "Body", request: !webhook, new FieldBuilder());
                }
                else
                {
                    bodyFields.AddRange(BodyFields(bodySchema, bodyPointer + "/schema", Names.Pascal(name), !webhook, bodyRules, notes));
                }
            }
            else
            {
                encoding = query.Count > 0 ? "query" : (webhook ? "form" : "none");
            }

            foreach (var f in pathFields)
            {
                f.In = "path";
                // A path segment is written by the caller only: plain text with its allowed values, not a value-set type.
                if (f.Type != "array" && !IsPrimitive(f.Type) && f.Rules.Any(r => r.ContainsKey("allowed"))) f.Type = "string";
            }
            foreach (var f in query)
            {
                if (encoding != "query" && encoding != "none") f.In = "query";
            }
            if (encoding == "none" && query.Count == 0 && pathFields.Count > 0) encoding = "none";
            map["encoding"] = encoding;
            var csharpNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var f in pathFields.Concat(query).Concat(bodyFields))
            {
                f.AvoidNameClash(csharpNames);
                if (_authFields.Contains(f.WireName!)) continue;
                if (parameters.ContainsKey(f.WireName!))
                {
                    _cx.Warn(pointer, "duplicate parameter", "parameter '" + f.WireName + "' appears both in the body and elsewhere; the body one is dropped", notes);
                    continue;
                }
                parameters[f.WireName!] = f.Build();
                if (f.UniqueItems) objectRules.Add(new Dictionary<string, object?> { ["unique"] = f.WireName + "[]" });
            }
            objectRules.AddRange(bodyRules);
            if (parameters.Count > 0) map["parameters"] = parameters;
            if (body is not null) map["body"] = body;

            if (webhook) map["reply"] = Reply(op);
            else
            {
                var responses = Responses(op, pointer, name, notes);
                if (responses.Count > 0) map["responses"] = responses;
            }
            if (objectRules.Count > 0) map["rules"] = objectRules;
            if (notes.Count > 0) map["note"] = string.Join(" ", notes);
            _operations[name] = map;
            return name;
        }

        private static bool IsPrimitive(string type) => type is "string" or "int" or "long" or "decimal" or "bool" or "url" or "phone" or "datetime" or "date";

        private static bool IsJson(string mediaType) => mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal);

        private (string? MediaType, IOpenApiMediaType? Media) PickBody(OpenApiOperation op, string pointer, List<string> notes)
        {
            var content = op.RequestBody?.Content;
            if (content is null || content.Count == 0) return (null, null);
            var chosen = content.Keys.FirstOrDefault(k => FormTypes.Contains(k)) ?? content.Keys.FirstOrDefault(IsJson) ?? content.Keys.First();
            foreach (var other in content.Keys.Where(k => k != chosen))
                _cx.Warn(pointer + "/requestBody/content/" + Pointer.Escape(other), "alternative body media type", "the body may also be sent as " + other + "; only " + chosen + " is imported", notes);
            if (!FormTypes.Contains(chosen) && !IsJson(chosen))
                _cx.Warn(pointer + "/requestBody/content/" + Pointer.Escape(chosen), "body media type", "body media type " + chosen + " read as JSON", notes);
            return (chosen, content[chosen]);
        }

        private IEnumerable<FieldBuilder> BodyFields(IOpenApiSchema schema, string pointer, string owner, bool request, List<object?> rules, List<string> notes)
        {
            var required = new HashSet<string>(StringComparer.Ordinal);
            var props = new List<(string, IOpenApiSchema, string)>();
            void Walk(IOpenApiSchema s, string at)
            {
                if (s is OpenApiSchemaReference r && r.Target is { } t) { Walk(t, "#/components/schemas/" + r.Reference.Id); return; }
                if (s.AllOf is { } parts) for (var i = 0; i < parts.Count; i++) Walk(parts[i], at + "/allOf/" + i);
                if (s.Required is { } q) foreach (var x in q) required.Add(x);
                if (s.Properties is { } ps) foreach (var p in ps) props.Add((p.Key, p.Value, at + "/properties/" + Pointer.Escape(p.Key)));
            }
            Walk(schema, pointer);
            if (props.Count == 0) _cx.Warn(pointer, "body schema", "a request body that is not an object with properties; no body parameter imported", notes);
            foreach (var (name, s, at) in props)
            {
                var field = new FieldBuilder { WireName = name, Required = required.Contains(name) };
                _schemas.ImportFieldInto(field, s, at, owner + Names.Pascal(name), request);
                yield return field;
            }
            _ = rules;
        }

        private IEnumerable<(IOpenApiParameter, string)> MergedParameters(IList<IOpenApiParameter>? pathLevel, IList<IOpenApiParameter>? opLevel, string pointer)
        {
            var result = new List<(IOpenApiParameter, string)>();
            var pathPointer = pointer.Substring(0, pointer.LastIndexOf('/'));
            if (pathLevel is not null)
                for (var i = 0; i < pathLevel.Count; i++) result.Add((pathLevel[i], pathPointer + "/parameters/" + i));
            if (opLevel is not null)
            {
                for (var i = 0; i < opLevel.Count; i++)
                {
                    var p = opLevel[i];
                    result.RemoveAll(x => x.Item1.Name == p.Name && x.Item1.In == p.In);
                    result.Add((p, pointer + "/parameters/" + i));
                }
            }
            return result;
        }

        private FieldBuilder? ImportParameter(IOpenApiParameter p, string pointer, string opName, List<string> opNotes)
        {
            if (p is OpenApiParameterReference r) pointer = "#/components/parameters/" + Pointer.Escape(r.Reference.Id ?? string.Empty);
            if (p.In is ParameterLocation.Header or ParameterLocation.Cookie)
            {
                _cx.Warn(pointer, p.In + " parameter", p.In.ToString()!.ToLowerInvariant() + " parameter '" + p.Name + "'" + (p.Required ? " (required)" : string.Empty) + ": the language has no " + p.In.ToString()!.ToLowerInvariant() + " parameters; not imported", opNotes);
                return null;
            }
            var field = new FieldBuilder { WireName = p.Name, Required = p.Required || p.In == ParameterLocation.Path, Description = p.Description };
            if (p.Deprecated) _cx.Warn(pointer + "/deprecated", "deprecated", "deprecated parameter", field.Notes);
            if (p.Example is { } example) _cx.Warn(pointer + "/example", "example", "example " + SchemaImporter.Shorten(example.ToJsonString()), field.Notes);
            if (p.Style is { } style && style != ParameterStyle.Form && style != ParameterStyle.Simple)
                _cx.Warn(pointer + "/style", "parameter style", "style " + style + " is not in the language", field.Notes);
            if (p.Schema is null)
            {
                _cx.Warn(pointer, "parameter content", "a parameter described by 'content' instead of 'schema': read as text", field.Notes);
                return field;
            }
            _schemas.ImportFieldInto(field, p.Schema, pointer + "/schema", Names.Pascal(opName) + Names.Pascal(p.Name ?? "value"), request: true);
            if (field.Type == "array" && p.Explode == false && p.In == ParameterLocation.Query)
                _cx.Warn(pointer + "/explode", "explode false", "explode: false (comma-joined values)", field.Notes);
            return field;
        }

        private Dictionary<string, object?> Reply(OpenApiOperation op)
        {
            var status = op.Responses?.Keys.Select(k => int.TryParse(k, out var s) ? s : 0).FirstOrDefault(s => s >= 200 && s < 300) ?? 0;
            var reply = new Dictionary<string, object?> { ["status"] = status == 0 ? 200 : status };
            if (op.Responses?.Values.FirstOrDefault()?.Description is { } d) reply["note"] = d;
            return reply;
        }

        private List<object?> Responses(OpenApiOperation op, string pointer, string opName, List<string> notes)
        {
            var list = new List<object?>();
            if (op.Responses is null) return list;
            foreach (var pair in op.Responses)
            {
                var at = pointer + "/responses/" + Pointer.Escape(pair.Key);
                int status;
                if (!int.TryParse(pair.Key, NumberStyles.Integer, CultureInfo.InvariantCulture, out status))
                {
                    if (pair.Key.Length == 3 && pair.Key.EndsWith("XX", StringComparison.OrdinalIgnoreCase) && char.IsDigit(pair.Key[0]))
                    {
                        status = (pair.Key[0] - '0') * 100;
                        _cx.Warn(at, "status range", "status range " + pair.Key + " written as " + status.ToString(CultureInfo.InvariantCulture), notes);
                    }
                    else
                    {
                        _cx.Warn(at, "default response", "the 'default' response (" + pair.Value.Description + ") has no status; not imported", notes);
                        continue;
                    }
                }
                var outcome = status < 400 ? "success" : "error";
                var response = pair.Value;
                var responseNotes = new List<string>();
                if (response.Headers is { Count: > 0 } headers)
                    _cx.Warn(at + "/headers", "response headers", "response headers " + string.Join(", ", headers.Keys), responseNotes);
                if (response.Links is { Count: > 0 }) _cx.Warn(at + "/links", "links", "links " + string.Join(", ", response.Links.Keys), responseNotes);
                var content = response.Content ?? new Dictionary<string, IOpenApiMediaType>();
                var json = content.FirstOrDefault(c => IsJson(c.Key));
                var xml = content.FirstOrDefault(c => c.Key.EndsWith("/xml", StringComparison.Ordinal) || c.Key.EndsWith("+xml", StringComparison.Ordinal));
                var xmlKey = xml.Key ?? string.Empty;
                var formats = new List<object?>();
                if (json.Key is not null) formats.Add("json");
                if (xml.Key is not null) formats.Add("xml");
                foreach (var other in content.Keys.Where(k => k != json.Key && k != xml.Key))
                {
                    _cx.Warn(at + "/content/" + Pointer.Escape(other), "response media type", "response media type " + other + " (the language reads JSON and XML bodies, and binary downloads)", responseNotes);
                }
                var primary = json.Key is not null ? json : xml;
                var bodies = new List<string>();
                if (primary.Value?.Schema is { } schema)
                {
                    var mediaPointer = at + "/content/" + Pointer.Escape(primary.Key) + "/schema";
                    bodies = ResponseBodies(schema, mediaPointer, Names.Pascal(opName) + "Response" + status.ToString(CultureInfo.InvariantCulture), responseNotes);
                    if (json.Key is not null && xml.Value?.Schema is { } xmlSchema)
                    {
                        var xmlBodies = ResponseBodies(xmlSchema, at + "/content/" + Pointer.Escape(xmlKey) + "/schema", Names.Pascal(opName) + "XmlResponse" + status.ToString(CultureInfo.InvariantCulture), new List<string>());
                        if (!xmlBodies.SequenceEqual(bodies))
                            _cx.Warn(at + "/content/" + Pointer.Escape(xmlKey), "distinct XML schema", "the XML body is described by " + string.Join(" | ", xmlBodies) + ", the JSON body by " + string.Join(" | ", bodies) + "; a response has one body shape, the JSON one is used for both formats", responseNotes);
                    }
                    foreach (var e in primary.Value.Examples ?? new Dictionary<string, IOpenApiExample>())
                        _cx.Warn(at + "/content/" + Pointer.Escape(primary.Key) + "/examples/" + Pointer.Escape(e.Key), "example", "example '" + e.Key + "'" + (e.Value.Summary is { } es ? " (" + es + ")" : string.Empty), responseNotes);
                }
                if (bodies.Count == 0) bodies.Add(string.Empty);
                foreach (var body in bodies)
                {
                    var r = new Dictionary<string, object?>
                    {
                        // A oneOf alternative named like an error is the gateway's error shape on the same status (some gateways answer 200 with a non-zero status).
                        ["outcome"] = body.IndexOf("error", StringComparison.OrdinalIgnoreCase) >= 0 ? "error" : outcome,
                        ["status"] = status,
                    };
                    if (body.Length > 0) r["body"] = body;
                    if (formats.Count > 0 && body.Length > 0) r["formats"] = formats;
                    if (bodies.Count > 1) r["variant"] = Names.Snake(body);
                    var n = new List<string>();
                    if (response.Description is { } d) n.Add(d.TrimEnd('.') + ".");
                    n.AddRange(responseNotes);
                    if (n.Count > 0) r["note"] = string.Join(" ", n);
                    list.Add(r);
                }
            }
            return list;
        }

        /// <summary>The schema names a response body may have: one, or one per oneOf alternative without a discriminator.</summary>
        private List<string> ResponseBodies(IOpenApiSchema schema, string pointer, string suggested, List<string> notes)
        {
            var alternatives = schema.OneOf?.Count > 0 ? schema.OneOf : schema.AnyOf?.Count > 0 ? schema.AnyOf : null;
            if (alternatives is not null && schema.Discriminator is null && schema is not OpenApiSchemaReference)
            {
                var keyword = schema.OneOf?.Count > 0 ? "oneOf" : "anyOf";
                if (alternatives.Count > 1)
                    notes.Add("The document's " + keyword + " without a discriminator is one response per alternative (variant).");
                var names = new List<string>();
                for (var i = 0; i < alternatives.Count; i++) names.AddRange(ResponseBodies(alternatives[i], pointer + "/" + keyword + "/" + i, suggested + (i + 1), notes));
                return names.Distinct().ToList();
            }
            var field = new FieldBuilder();
            var type = _schemas.FieldType(schema, pointer, suggested, request: false, field);
            if (type == "array")
            {
                _cx.Warn(pointer, "array response", "the body is an array of " + field.Items + "; a response body names one schema, so its item schema is named", notes);
                type = field.Items ?? string.Empty;
            }
            if (_cx.Schemas.ContainsKey(type) || _cx.Unions.ContainsKey(type)) return new List<string> { type };
            _cx.Warn(pointer, "primitive response", "a " + type + " body is not an object; no body imported", notes);
            return new List<string>();
        }

        private string UniqueOperationName(string wanted)
        {
            var name = wanted;
            for (var i = 2; _operations.ContainsKey(name); i++) name = wanted + "_" + i.ToString(CultureInfo.InvariantCulture);
            return name;
        }
    }
}
