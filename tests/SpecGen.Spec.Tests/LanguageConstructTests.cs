using System.Linq;
using SpecGen.Spec.Model;
using Xunit;
using static SpecGen.Spec.Tests.TestSpecs;

namespace SpecGen.Spec.Tests
{
    /// <summary>
    /// Every construct of the spec language (spec/README.md) read into the model with the right values.
    /// Each test compiles a small valid spec and also asserts it yields no diagnostic at all.
    /// </summary>
    public sealed class LanguageConstructTests
    {
        // ---------------------------------------------------------------- section 1 header

        [Fact]
        public void Header_required_keys_are_read()
        {
            var model = CompileValid(string.Empty);

            Assert.Equal("acme", model.Header.Provider);
            Assert.Equal("v1", model.Header.Version);
            Assert.Equal("acme/v1", model.Id);
            Assert.Equal("acme.txt", model.Header.Document);
            Assert.Equal("https://api.acme.test/v1", model.Header.BaseUrl);
        }

        [Fact]
        public void Header_optional_keys_default_to_null()
        {
            var header = CompileValid(string.Empty).Header;

            Assert.Null(header.Title);
            Assert.Null(header.Namespace);
            Assert.Null(header.StripPrefix);
            Assert.Null(header.Auth);
            Assert.Null(header.MethodOverride);
            Assert.Null(header.ResponseFormat);
            Assert.Null(header.RateLimit);
            Assert.Null(header.Note);
            Assert.Empty(CompileValid(string.Empty).Operations);
        }

        [Fact]
        public void Header_scalar_keys_are_read()
        {
            var header = CompileValid("""
                title: Acme API v1
                namespace: Acme.V1
                strip_prefix: acme-
                method_override: _method
                note: The document says little about versions.
                description: Not kept in the model, but a valid key.
                """).Header;

            Assert.Equal("Acme API v1", header.Title);
            Assert.Equal("Acme.V1", header.Namespace);
            Assert.Equal("acme-", header.StripPrefix);
            Assert.Equal("_method", header.MethodOverride);
            Assert.Equal("The document says little about versions.", header.Note);
        }

        [Fact]
        public void Header_response_format_is_read()
        {
            var format = CompileValid("""
                response_format:
                  parameter: acme-resp-format
                  default: xml
                  values: { json: JSON, xml: XML }
                  note: Upper case in the document.
                """).Header.ResponseFormat;

            Assert.NotNull(format);
            Assert.Equal("acme-resp-format", format!.Parameter);
            Assert.Equal("xml", format.Default);
            Assert.Equal(new EquatableArray<KeyValue>(new[] { new KeyValue("json", "JSON"), new KeyValue("xml", "XML") }), format.Values);
            Assert.Equal("Upper case in the document.", format.Note);
        }

        [Fact]
        public void Header_response_format_default_is_json()
        {
            var format = CompileValid("""
                response_format:
                  parameter: format
                  values: { json: json }
                """).Header.ResponseFormat;

            Assert.Equal("json", format!.Default);
        }

        [Fact]
        public void Header_rate_limit_is_read()
        {
            var rate = CompileValid("""
                rate_limit:
                  requests: 1000
                  per: minute
                  applies_to: GET
                  note: Informative only.
                """).Header.RateLimit;

            Assert.Equal(new RateLimitSpec(1000, "minute", "GET", "Informative only."), rate);
        }

        [Theory]
        [InlineData("second")]
        [InlineData("minute")]
        [InlineData("hour")]
        [InlineData("day")]
        public void Header_rate_limit_periods_are_accepted(string per)
        {
            var rate = CompileValid("rate_limit: { requests: 5, per: " + per + " }\n").Header.RateLimit;

            Assert.Equal(new RateLimitSpec(5, per, null, null), rate);
        }

        [Fact]
        public void Header_span_is_the_root_mapping()
        {
            var header = CompileValid(string.Empty).Header;

            Assert.Equal(DefaultPath, header.Span.File);
            Assert.Equal(1, header.Span.Line);
            Assert.Equal(1, header.Span.Column);
        }

        // ---------------------------------------------------------------- section 2 auth

        [Fact]
        public void Auth_fields_scheme_reads_fields_with_secret_flag()
        {
            var auth = CompileValid("""
                auth:
                  scheme: fields
                  note: Credentials travel in the request's own encoding.
                  fields:
                    acme-api-key:    { description: Your account API key. }
                    acme-api-secret: { description: Your account API secret., secret: true }
                    acme-account:
                """).Header.Auth;

            Assert.NotNull(auth);
            Assert.Equal("fields", auth!.Scheme);
            Assert.Equal("Credentials travel in the request's own encoding.", auth.Note);
            Assert.Equal(
                new[]
                {
                    new AuthFieldSpec("acme-api-key", "Your account API key.", false),
                    new AuthFieldSpec("acme-api-secret", "Your account API secret.", true),
                    new AuthFieldSpec("acme-account", null, false),
                },
                auth.Fields.AsArray());
            Assert.Null(auth.Header);
            Assert.Null(auth.QueryParameter);
            Assert.Equal(HeaderLines + 2, auth.Span.Line);
            Assert.Equal(3, auth.Span.Column);
        }

        [Fact]
        public void Auth_bearer_scheme_reads_header_and_query_parameter()
        {
            var auth = CompileValid("""
                auth:
                  scheme: bearer
                  header: Authorization
                  query_parameter: access_token
                """).Header.Auth;

            Assert.Equal("bearer", auth!.Scheme);
            Assert.Equal("Authorization", auth.Header);
            Assert.Equal("access_token", auth.QueryParameter);
            Assert.Empty(auth.Fields);
        }

        [Fact]
        public void Auth_bearer_scheme_without_query_parameter()
        {
            var auth = CompileValid("auth: { scheme: bearer, header: Authorization }\n").Header.Auth;

            Assert.Equal("Authorization", auth!.Header);
            Assert.Null(auth.QueryParameter);
        }

        [Fact]
        public void Auth_basic_scheme()
        {
            var auth = CompileValid("""
                auth:
                  scheme: basic
                """).Header.Auth;

            Assert.Equal("basic", auth!.Scheme);
            Assert.Empty(auth.Fields);
            Assert.Null(auth.Header);
            Assert.Null(auth.QueryParameter);
        }

        // ---------------------------------------------------------------- section 3 operations

        private const string SendSms = """
            code_tables:
              sms_status:
                source: Response Status
                codes:
                  - { code: 0, meaning: OK }
            operations:
              send_sms:
                kind: endpoint
                summary: Send SMS
                description: Sends one SMS to one or more receivers.
                source: SMS API > Send SMS
                method: POST
                path: /sms
                encoding: form
                code_table: sms_status
                note: The document shows only form bodies.
                parameters:
                  acme-text: { type: string, required: true }
            """;

        [Fact]
        public void Endpoint_operation_keys_are_read()
        {
            var op = CompileValid(SendSms).Operation("send_sms");

            Assert.Equal("send_sms", op.Name);
            Assert.Equal(OperationKinds.Endpoint, op.Kind);
            Assert.False(op.IsWebhook);
            Assert.Equal("Send SMS", op.Summary);
            Assert.Equal("Sends one SMS to one or more receivers.", op.Description);
            Assert.Equal("SMS API > Send SMS", op.Source);
            Assert.Equal("POST", op.Method);
            Assert.Equal("/sms", op.Path);
            Assert.Equal("form", op.Encoding);
            Assert.Equal("sms_status", op.CodeTable);
            Assert.Equal("The document shows only form bodies.", op.Note);
            Assert.Null(op.Body);
            Assert.Null(op.Reply);
            Assert.Empty(op.Responses);
            Assert.Empty(op.Rules);
            Assert.Equal("acme-text", Assert.Single(op.Parameters).WireName);
        }

        [Fact]
        public void Operation_span_is_its_name()
        {
            var op = CompileValid(SendSms).Operation("send_sms");

            Assert.Equal(DefaultPath, op.Span.File);
            Assert.Equal(HeaderLines + 7, op.Span.Line);
            Assert.Equal(3, op.Span.Column);
        }

        [Theory]
        [InlineData("GET")]
        [InlineData("POST")]
        [InlineData("PUT")]
        [InlineData("DELETE")]
        public void Operation_methods_are_read(string method)
        {
            var op = CompileValid($"""
                operations:
                  op:
                    kind: endpoint
                    source: S
                    path: /x
                    method: {method}
                """).Operation("op");

            Assert.Equal(method, op.Method);
        }

        [Theory]
        [InlineData("form")]
        [InlineData("query")]
        [InlineData("json")]
        [InlineData("none")]
        public void Operation_encodings_are_read(string encoding)
        {
            var op = CompileValid($"""
                operations:
                  op:
                    kind: endpoint
                    source: S
                    method: POST
                    path: /x
                    encoding: {encoding}
                """).Operation("op");

            Assert.Equal(encoding, op.Encoding);
        }

        [Theory]
        [InlineData("GET", "query")]
        [InlineData("POST", "form")]
        public void Operation_encoding_defaults_by_method(string method, string encoding)
        {
            var op = CompileValid($"""
                operations:
                  op:
                    kind: endpoint
                    source: S
                    path: /x
                    method: {method}
                """).Operation("op");

            Assert.Equal(encoding, op.Encoding);
        }

        [Fact]
        public void Operation_path_parameter_declared_in_path()
        {
            var op = CompileValid("""
                operations:
                  get_message:
                    kind: endpoint
                    source: Query API > Message Status
                    method: GET
                    path: /messages/{message_id}
                    parameters:
                      message_id: { type: string, required: true, in: path }
                      verbose: { type: bool, in: query }
                """).Operation("get_message");

            Assert.Equal("/messages/{message_id}", op.Path);
            Assert.Equal("path", op.Parameters.Field("message_id").In);
            Assert.Equal("query", op.Parameters.Field("verbose").In);
        }

        [Fact]
        public void Operation_json_body_names_a_schema()
        {
            var op = CompileValid("""
                schemas:
                  SendRequest:
                    fields:
                      to: { type: phone, required: true }
                operations:
                  send:
                    kind: endpoint
                    source: WhatsApp API > Send
                    method: POST
                    path: /send-message
                    encoding: json
                    body: SendRequest
                """).Operation("send");

            Assert.Equal("json", op.Encoding);
            Assert.Equal("SendRequest", op.Body);
            Assert.Empty(op.Parameters);
        }

        [Fact]
        public void Operation_level_rules_are_read()
        {
            var op = CompileValid("""
                operations:
                  lookup:
                    kind: endpoint
                    source: S
                    method: GET
                    path: /lookup
                    parameters:
                      mcc: { type: string }
                      mnc: { type: string }
                    rules:
                      - forbidden: mnc
                        when: { field: mcc, present: false }
                """).Operation("lookup");

            var rule = Assert.Single(op.Rules);
            Assert.Equal(RuleKinds.Forbidden, rule.Kind);
            Assert.Equal("mnc", rule.Target);
            Assert.Equal(new ConditionSpec(ConditionKinds.Present, "mcc", Strings(), false, null, null), rule.When);
        }

        // ---------------------------------------------------------------- section 4 parameters and fields

        [Fact]
        public void Parameter_keys_are_read()
        {
            var op = CompileValid("""
                operations:
                  send:
                    kind: endpoint
                    source: S
                    method: POST
                    path: /sms
                    parameters:
                      acme-to:
                        type: phone
                        required: true
                        description: Phone number of the receiver.
                        list: { separators: [" ", ","], join: "," }
                        aliases: [acme_to, to]
                        csharp: Receivers
                        note: Several receivers are allowed.
                      acme-dlr-mask:
                        type: int
                        default: 4
                      acme-program:
                        type: string
                        encode_as: json
                        aliases: acme_program
                """).Operation("send");

            var to = op.Parameters.Field("acme-to");
            Assert.Equal(new TypeRef("phone", null), to.Type);
            Assert.True(to.Required);
            Assert.Null(to.Default);
            Assert.Equal("Phone number of the receiver.", to.Description);
            Assert.Equal(new ListSpec(Strings(" ", ","), ","), to.List);
            Assert.Equal(Strings("acme_to", "to"), to.Aliases);
            Assert.Equal("Receivers", to.CSharpName);
            Assert.Equal("Several receivers are allowed.", to.Note);
            Assert.Null(to.In);
            Assert.Null(to.EncodeAs);

            var mask = op.Parameters.Field("acme-dlr-mask");
            Assert.Equal(new TypeRef("int", null), mask.Type);
            Assert.False(mask.Required);
            Assert.Equal("4", mask.Default);
            Assert.Null(mask.List);
            Assert.Empty(mask.Aliases);
            Assert.Null(mask.CSharpName);

            var program = op.Parameters.Field("acme-program");
            Assert.Equal("json", program.EncodeAs);
            Assert.Equal(Strings("acme_program"), program.Aliases);

            Assert.Equal(new[] { "acme-to", "acme-dlr-mask", "acme-program" }, op.Parameters.Select(p => p.WireName));
        }

        [Fact]
        public void Parameter_list_join_defaults_to_the_first_separator()
        {
            var p = CompileValid("""
                operations:
                  op:
                    kind: endpoint
                    source: S
                    method: GET
                    path: /x
                    parameters:
                      ids: { type: string, list: { separators: [";", ","] } }
                """).Operation("op").Parameters.Field("ids");

            Assert.Equal(new ListSpec(Strings(";", ","), ";"), p.List);
        }

        [Theory]
        [InlineData("string")]
        [InlineData("int")]
        [InlineData("long")]
        [InlineData("decimal")]
        [InlineData("bool")]
        [InlineData("url")]
        [InlineData("phone")]
        [InlineData("datetime")]
        [InlineData("date")]
        [InlineData("binary")]
        public void Primitive_types_are_read(string type)
        {
            var field = CompileValid($$"""
                schemas:
                  S:
                    fields:
                      f: { type: {{type}} }
                """).Schema("S").Fields.Field("f");

            Assert.Equal(new TypeRef(type, null), field.Type);
            Assert.False(field.Type.IsArray);
        }

        [Fact]
        public void Array_field_with_items_and_xml_item()
        {
            var schema = CompileValid("""
                schemas:
                  Message:
                    fields:
                      id: { type: string }
                  Result:
                    xml_root: result
                    fields:
                      messages: { type: array, items: Message, xml_item: message }
                      tags: { type: array, items: string }
                """).Schema("Result");

            var messages = schema.Fields.Field("messages");
            Assert.Equal(new TypeRef("array", new TypeRef("Message", null)), messages.Type);
            Assert.True(messages.Type.IsArray);
            Assert.Equal("Message[]", messages.Type.ToString());
            Assert.Equal("message", messages.XmlItem);
            Assert.Equal(new TypeRef("array", new TypeRef("string", null)), schema.Fields.Field("tags").Type);
            Assert.Null(schema.Fields.Field("tags").XmlItem);
        }

        [Fact]
        public void One_or_many_field_holds_items_like_an_array_and_says_it_takes_one_alone()
        {
            var schema = CompileValid("""
                schemas:
                  Play:
                    fields:
                      file:
                        type: one_or_many
                        items: string
                        rules:
                          - count: { min: 1 }
                          - length: { max: 200 }
                    rules:
                      - unique: file[]
                """).Schema("Play");

            var file = schema.Fields.Field("file");
            Assert.Equal(new TypeRef("one_or_many", new TypeRef("string", null)), file.Type);
            Assert.True(file.Type.IsArray);
            Assert.True(file.Type.IsOneOrMany);
            Assert.False(new TypeRef("array", new TypeRef("string", null)).IsOneOrMany);
            Assert.Equal("string or string[]", file.Type.ToString());
        }

        [Fact]
        public void Field_types_may_name_schemas_unions_enums_and_code_tables()
        {
            var schema = CompileValid("""
                schemas:
                  Text: { fields: { type: { type: string } } }
                  Holder:
                    fields:
                      content: { type: Content }
                      text: { type: Text }
                      format: { type: Format }
                      status: { type: status_codes }
                unions:
                  Content: { discriminator: type, variants: { text: Text } }
                enums:
                  Format: { values: [JSON, XML] }
                code_tables:
                  status_codes: { source: S, codes: [{ code: 0 }] }
                """).Schema("Holder");

            Assert.Equal(new[] { "Content", "Text", "Format", "status_codes" }, schema.Fields.Select(f => f.Type.Name));
        }

        [Fact]
        public void Field_span_is_its_wire_name()
        {
            var field = CompileValid("""
                schemas:
                  S:
                    fields:
                      first: { type: string }
                      second: { type: string }
                """).Schema("S").Fields.Field("second");

            Assert.Equal(DefaultPath, field.Span.File);
            Assert.Equal(HeaderLines + 5, field.Span.Line);
            Assert.Equal(7, field.Span.Column);
        }

        // ---------------------------------------------------------------- section 5 responses

        [Fact]
        public void Responses_are_read()
        {
            var op = CompileValid("""
                schemas:
                  SmsSendResult: { fields: { id: { type: string } } }
                  ErrorResponse: { fields: { status: { type: int } } }
                operations:
                  send:
                    kind: endpoint
                    source: S
                    method: POST
                    path: /sms
                    responses:
                      - outcome: success
                        status: 202
                        body: SmsSendResult
                        formats: [json, xml]
                        variant: async
                        when: acme-nl-url is set
                        note: Only documented for JSON.
                      - outcome: error
                        status: [400, 401]
                        body: ErrorResponse
                      - outcome: success
                        status: 204
                """).Operation("send");

            Assert.Equal(3, op.Responses.Count);

            var ok = op.Responses[0];
            Assert.Equal("success", ok.Outcome);
            Assert.Equal(new EquatableArray<int>(new[] { 202 }), ok.Statuses);
            Assert.Equal("SmsSendResult", ok.Body);
            Assert.Equal(Strings("json", "xml"), ok.Formats);
            Assert.Equal("async", ok.Variant);
            Assert.Equal("acme-nl-url is set", ok.When);
            Assert.Equal("Only documented for JSON.", ok.Note);
            Assert.False(ok.IsBinary);
            Assert.Empty(ok.BinaryContentTypes);
            Assert.Equal(HeaderLines + 11, ok.Span.Line);
            Assert.Equal(9, ok.Span.Column);

            var error = op.Responses[1];
            Assert.Equal("error", error.Outcome);
            Assert.Equal(new EquatableArray<int>(new[] { 400, 401 }), error.Statuses);
            Assert.Equal("ErrorResponse", error.Body);
            Assert.Equal(Strings("json"), error.Formats);
            Assert.Null(error.Variant);
            Assert.Null(error.When);

            var empty = op.Responses[2];
            Assert.Null(empty.Body);
            Assert.Equal(new EquatableArray<int>(new[] { 204 }), empty.Statuses);
        }

        [Fact]
        public void Binary_response_reads_content_types()
        {
            var op = CompileValid("""
                operations:
                  download:
                    kind: endpoint
                    source: Voice API > Recording
                    method: GET
                    path: /voice/rec
                    responses:
                      - outcome: success
                        status: 200
                        binary: { content_types: [audio/mpeg, audio/wav], note: MP3 in practice. }
                """).Operation("download");

            var response = Assert.Single(op.Responses);
            Assert.True(response.IsBinary);
            Assert.Equal(Strings("audio/mpeg", "audio/wav"), response.BinaryContentTypes);
            Assert.Null(response.Body);
        }

        // ---------------------------------------------------------------- webhooks and replies

        [Fact]
        public void Webhook_with_reply_is_read()
        {
            var model = CompileValid("""
                schemas:
                  Ack: { fields: { ok: { type: bool } } }
                operations:
                  delivery_report:
                    kind: webhook
                    source: SMS API > Delivery Report
                    method: POST
                    path: /dlr
                    parameters:
                      acme-dlr-status: { type: int, required: true }
                    reply: { status: 202, body: Ack, note: Any 2xx stops the retries. }
                """);

            var op = model.Operation("delivery_report");
            Assert.Equal(OperationKinds.Webhook, op.Kind);
            Assert.True(op.IsWebhook);
            Assert.Equal("/dlr", op.Path);
            Assert.Equal(new ReplySpec(202, "Ack", "Any 2xx stops the retries."), op.Reply);
        }

        [Fact]
        public void Webhook_reply_status_defaults_to_200()
        {
            var op = CompileValid("""
                operations:
                  hook:
                    kind: webhook
                    source: S
                    method: POST
                    path: /hook
                    reply: { note: Nothing to say. }
                """).Operation("hook");

            Assert.Equal(new ReplySpec(200, null, "Nothing to say."), op.Reply);
        }

        [Fact]
        public void Webhook_only_spec_needs_no_base_url()
        {
            var model = Valid(CompileOne(Header(baseUrl: null) + Lines(
                "operations:",
                "  hook: { kind: webhook, source: S, method: POST, path: /hook }")));

            Assert.Null(model.Header.BaseUrl);
            Assert.True(model.Operation("hook").IsWebhook);
        }

        // ---------------------------------------------------------------- section 6 schemas, unions, enums, code tables, lookups

        [Fact]
        public void Schema_with_fields_and_object_level_rules()
        {
            var schema = CompileValid("""
                schemas:
                  Window:
                    description: A time window.
                    xml_root: window
                    note: Bounds are inclusive.
                    fields:
                      min: { type: int, required: true }
                      max: { type: int }
                    rules:
                      - compare: { left: min, op: le, right: max }
                """).Schema("Window");

            Assert.Equal("Window", schema.Name);
            Assert.Equal("A time window.", schema.Description);
            Assert.Equal("window", schema.XmlRoot);
            Assert.Equal("Bounds are inclusive.", schema.Note);
            Assert.Equal(new[] { "min", "max" }, schema.Fields.Select(f => f.WireName));
            var rule = Assert.Single(schema.Rules);
            Assert.Equal(RuleKinds.Compare, rule.Kind);
            Assert.Equal(HeaderLines + 2, schema.Span.Line);
            Assert.Equal(3, schema.Span.Column);
        }

        [Fact]
        public void Union_with_variants_is_read()
        {
            var model = CompileValid("""
                schemas:
                  TextContent: { fields: { type: { type: string }, text: { type: string } } }
                  RichMediaContent: { fields: { type: { type: string }, url: { type: url } } }
                unions:
                  WhatsappContent:
                    description: One message content.
                    note: Documented per type.
                    discriminator: type
                    variants:
                      text: TextContent
                      image: RichMediaContent
                      video: RichMediaContent
                """);

            var union = Assert.Single(model.Unions);
            Assert.Equal("WhatsappContent", union.Name);
            Assert.Equal("One message content.", union.Description);
            Assert.Equal("Documented per type.", union.Note);
            Assert.Equal("type", union.Discriminator);
            Assert.Equal(
                new[] { ("text", "TextContent"), ("image", "RichMediaContent"), ("video", "RichMediaContent") },
                union.Variants.Select(v => (v.Value, v.Schema)));
            Assert.Equal(HeaderLines + 11, union.Variants[1].Span.Line);
            Assert.Equal(7, union.Variants[1].Span.Column);
        }

        [Fact]
        public void Enum_is_open_by_default_and_reads_scalar_values()
        {
            var e = Assert.Single(CompileValid("""
                enums:
                  Channel:
                    values: [SMS, WHATSAPP, "001"]
                """).Enums);

            Assert.Equal("Channel", e.Name);
            Assert.True(e.Open);
            Assert.Equal(new[] { "SMS", "WHATSAPP", "001" }, e.Values.Select(v => v.Value));
            Assert.All(e.Values, v => Assert.Null(v.Description));
            Assert.All(e.Values, v => Assert.Null(v.Note));
        }

        [Fact]
        public void Enum_closed_with_mapping_values()
        {
            var e = Assert.Single(CompileValid("""
                enums:
                  ResponseFormat:
                    description: Response format of an endpoint.
                    source: Send SMS
                    note: Case-insensitive on the server.
                    open: false
                    values:
                      - { value: XML, description: XML response body (the default). }
                      - value: JSON
                        description: JSON response body.
                        note: Lower case also accepted.
                      - PLAIN
                """).Enums);

            Assert.False(e.Open);
            Assert.Equal("Response format of an endpoint.", e.Description);
            Assert.Equal("Case-insensitive on the server.", e.Note);
            Assert.Equal(
                new[]
                {
                    new EnumValueSpec("XML", "XML response body (the default).", null, default),
                    new EnumValueSpec("JSON", "JSON response body.", "Lower case also accepted.", default),
                    new EnumValueSpec("PLAIN", null, null, default),
                },
                e.Values.AsArray());
        }

        [Fact]
        public void Code_table_with_int_keys()
        {
            var table = Assert.Single(CompileValid("""
                code_tables:
                  sms_status:
                    description: Status of a request.
                    source: Response Status
                    key: int
                    note: 0 is success.
                    codes:
                      - { code: 0, meaning: OK, description: No error encountered. }
                      - code: 1
                        meaning: Authorization failed
                        note: Also for a disabled account.
                """).CodeTables);

            Assert.Equal("sms_status", table.Name);
            Assert.Equal("Status of a request.", table.Description);
            Assert.Equal("Response Status", table.Source);
            Assert.Equal("int", table.Key);
            Assert.True(table.Open);
            Assert.Equal("0 is success.", table.Note);
            Assert.Equal(
                new[]
                {
                    new CodeSpec("0", "OK", "No error encountered.", null, default),
                    new CodeSpec("1", "Authorization failed", null, "Also for a disabled account.", default),
                },
                table.Codes.AsArray());
        }

        [Fact]
        public void Code_table_key_defaults_to_int()
        {
            var table = Assert.Single(CompileValid("code_tables: { t: { source: S, codes: [{ code: 7 }] } }\n").CodeTables);

            Assert.Equal("int", table.Key);
            Assert.True(table.Open);
        }

        [Fact]
        public void Code_table_with_string_keys_keeps_leading_zeros()
        {
            var table = Assert.Single(CompileValid("""
                code_tables:
                  dlr_status:
                    source: Delivery Status
                    key: string
                    open: false
                    codes:
                      - { code: "001", meaning: Delivered }
                      - { code: "01", meaning: Pending }
                      - { code: E1, meaning: Expired }
                """).CodeTables);

            Assert.Equal("string", table.Key);
            Assert.False(table.Open);
            Assert.Equal(new[] { "001", "01", "E1" }, table.Codes.Select(c => c.Code));
        }

        [Fact]
        public void Lookup_with_columns_key_indexes_and_both_row_forms()
        {
            var lookup = Assert.Single(CompileValid("""
                lookups:
                  networks:
                    description: Mobile networks.
                    source: Network Code
                    note: Taken from the appendix.
                    columns: [network_code, country_code, country_name, operator, mcc, mnc]
                    key: network_code
                    indexes: [[mcc, mnc], [country_code]]
                    rows:
                      - [28967, AB, Abkhazia, Aquafon, "289", "67"]
                      - { values: ["0", "*", "*", Unknown, "", ""], note: The catch-all row. }
                """).Lookups);

            Assert.Equal("networks", lookup.Name);
            Assert.Equal("Mobile networks.", lookup.Description);
            Assert.Equal("Network Code", lookup.Source);
            Assert.Equal("Taken from the appendix.", lookup.Note);
            Assert.Equal(Strings("network_code", "country_code", "country_name", "operator", "mcc", "mnc"), lookup.Columns);
            Assert.Equal("network_code", lookup.Key);
            Assert.Equal(new[] { Strings("mcc", "mnc"), Strings("country_code") }, lookup.Indexes.AsArray());
            Assert.Equal(
                new[]
                {
                    new LookupRow(Strings("28967", "AB", "Abkhazia", "Aquafon", "289", "67"), null, default),
                    new LookupRow(Strings("0", "*", "*", "Unknown", "", ""), "The catch-all row.", default),
                },
                lookup.Rows.AsArray());
            Assert.Equal(HeaderLines + 11, lookup.Rows[1].Span.Line);
            Assert.Equal(9, lookup.Rows[1].Span.Column);
        }

        [Fact]
        public void Lookup_without_key_or_indexes()
        {
            var lookup = Assert.Single(CompileValid("""
                lookups:
                  prefixes:
                    source: S
                    columns: [prefix, country]
                    rows:
                      - ["+1", US]
                      - ["+1", CA]
                """).Lookups);

            Assert.Null(lookup.Key);
            Assert.Empty(lookup.Indexes);
            Assert.Equal(2, lookup.Rows.Count);
        }

        // ---------------------------------------------------------------- section 7 rules

        private static RuleSpec FieldRule(string type, string rule, string extraFieldKeys = "")
        {
            var model = CompileValid(
                "schemas:\n" +
                "  S:\n" +
                "    fields:\n" +
                "      kind: { type: string }\n" +
                "      tags: { type: array, items: string }\n" +
                "      f:\n" +
                "        type: " + type + "\n" + extraFieldKeys +
                "        rules:\n" +
                "          - " + rule + "\n");
            var field = model.Schema("S").Fields.Field("f");
            var result = Assert.Single(field.Rules);
            Assert.Null(result.Target);
            return result;
        }

        [Fact]
        public void Rule_allowed()
        {
            var rule = FieldRule("string", "{ allowed: [a, b] }");

            Assert.Equal(RuleKinds.Allowed, rule.Kind);
            Assert.Equal(Strings("a", "b"), rule.Values);
        }

        [Fact]
        public void Rule_range_with_both_bounds()
        {
            var rule = FieldRule("int", "{ range: { min: 60, max: 3600 } }");

            Assert.Equal(RuleKinds.Range, rule.Kind);
            Assert.Equal(60m, rule.Min);
            Assert.Equal(3600m, rule.Max);
        }

        [Fact]
        public void Rule_range_with_one_bound()
        {
            var rule = FieldRule("decimal", "{ range: { min: 0.5 } }");

            Assert.Equal(0.5m, rule.Min);
            Assert.Null(rule.Max);
        }

        [Fact]
        public void Rule_length()
        {
            var rule = FieldRule("string", "{ length: { min: 1, max: 11 } }");

            Assert.Equal(RuleKinds.Length, rule.Kind);
            Assert.Equal(1m, rule.Min);
            Assert.Equal(11m, rule.Max);
        }

        [Fact]
        public void Rule_format_with_pattern()
        {
            var rule = FieldRule("datetime", "{ format: datetime, pattern: \"yyyy-MM-dd HH:mm:ss\" }");

            Assert.Equal(RuleKinds.Format, rule.Kind);
            Assert.Equal("datetime", rule.Format);
            Assert.Equal("yyyy-MM-dd HH:mm:ss", rule.Pattern);
        }

        [Fact]
        public void Rule_format_with_pattern_written_first()
        {
            var rule = FieldRule("datetime", "{ pattern: \"yyyy-MM-dd\", format: datetime }");

            Assert.Equal(RuleKinds.Format, rule.Kind);
            Assert.Equal("datetime", rule.Format);
            Assert.Equal("yyyy-MM-dd", rule.Pattern);
        }

        [Theory]
        [InlineData("phone")]
        [InlineData("url")]
        [InlineData("datetime")]
        [InlineData("date")]
        [InlineData("hex")]
        [InlineData("emoji")]
        public void Rule_format_names(string format)
        {
            var rule = FieldRule("string", "{ format: " + format + " }");

            Assert.Equal(format, rule.Format);
            Assert.Null(rule.Pattern);
        }

        [Fact]
        public void Rule_pattern()
        {
            var rule = FieldRule("string", "{ pattern: '^[0-9]+$' }");

            Assert.Equal(RuleKinds.Pattern, rule.Kind);
            Assert.Equal("^[0-9]+$", rule.Pattern);
            Assert.Null(rule.Format);
        }

        [Fact]
        public void Rule_trimmed()
        {
            var rule = FieldRule("string", "{ trimmed: true }");

            Assert.Equal(RuleKinds.Trimmed, rule.Kind);
        }

        [Fact]
        public void Rule_trimmed_false_is_not_a_trimmed_rule()
        {
            var compilation = CompileOne(WithHeader("""
                schemas:
                  S:
                    fields:
                      f: { type: string, rules: [{ trimmed: false }] }
                """));

            var field = Assert.Single(compilation.Models).Schema("S").Fields.Field("f");
            Assert.DoesNotContain(field.Rules, r => r.Kind == RuleKinds.Trimmed);
        }

        [Fact]
        public void Rule_count_on_an_array()
        {
            var rule = FieldRule("array", "{ count: { min: 1, max: 10 } }", "        items: string\n");

            Assert.Equal(RuleKinds.Count, rule.Kind);
            Assert.Equal(1m, rule.Min);
            Assert.Equal(10m, rule.Max);
        }

        [Fact]
        public void Rule_count_on_a_delimited_list()
        {
            var rule = FieldRule("phone", "{ count: { max: 100 } }", "        list: { separators: [\",\"] }\n");

            Assert.Equal(RuleKinds.Count, rule.Kind);
            Assert.Null(rule.Min);
            Assert.Equal(100m, rule.Max);
        }

        [Fact]
        public void Rule_required_when()
        {
            var rule = FieldRule("string", "{ required_when: { field: kind, equals: quick_reply } }");

            Assert.Equal(RuleKinds.Required, rule.Kind);
            Assert.Equal(new ConditionSpec(ConditionKinds.Equal, "kind", Strings("quick_reply"), false, null, null), rule.When);
        }

        [Fact]
        public void Rule_forbidden_when()
        {
            var rule = FieldRule("string", "{ forbidden_when: { field: kind, present: false } }");

            Assert.Equal(RuleKinds.Forbidden, rule.Kind);
            Assert.Equal(new ConditionSpec(ConditionKinds.Present, "kind", Strings(), false, null, null), rule.When);
        }

        [Fact]
        public void Rule_allowed_variants()
        {
            var model = CompileValid("""
                schemas:
                  Text: { fields: { type: { type: string } } }
                  Media: { fields: { type: { type: string } } }
                  Message:
                    fields:
                      content:
                        type: Content
                        rules:
                          - allowed_variants: [image, video]
                unions:
                  Content:
                    discriminator: type
                    variants: { text: Text, image: Media, video: Media }
                """);

            var rule = Assert.Single(model.Schema("Message").Fields.Field("content").Rules);
            Assert.Equal(RuleKinds.AllowedVariants, rule.Kind);
            Assert.Equal(Strings("image", "video"), rule.Values);
        }

        [Fact]
        public void Rule_message_and_note()
        {
            var rule = FieldRule("string", "{ length: { max: 11 }, message: At most 11 characters., note: GSM-7 only. }");

            Assert.Equal("At most 11 characters.", rule.Message);
            Assert.Equal("GSM-7 only.", rule.Note);
        }

        private const string ObjectRulesSchema = """
            schemas:
              Row: { fields: { id: { type: string }, title: { type: string } } }
              Section: { fields: { title: { type: string }, rows: { type: array, items: Row } } }
              Button: { fields: { type: { type: string }, text: { type: string } } }
              Action:
                fields:
                  button_text: { type: string }
                  sections: { type: array, items: Section }
              Message:
                fields:
                  type: { type: string }
                  action: { type: Action }
                  wa_buttons: { type: array, items: Button }
                  min: { type: int }
                  max: { type: int }
                  mcc: { type: string }
                  mnc: { type: string }
                rules:
            """;

        private static RuleSpec ObjectRule(string rule)
        {
            var model = CompileValid(ObjectRulesSchema + "\n      - " + rule + "\n");
            return Assert.Single(model.Schema("Message").Rules);
        }

        [Fact]
        public void Rule_required_with_when()
        {
            var rule = ObjectRule("{ required: action.button_text, when: { field: type, equals: list } }");

            Assert.Equal(RuleKinds.Required, rule.Kind);
            Assert.Equal("action.button_text", rule.Target);
            Assert.Equal(new ConditionSpec(ConditionKinds.Equal, "type", Strings("list"), false, null, null), rule.When);
        }

        [Fact]
        public void Rule_forbidden_with_when()
        {
            var rule = ObjectRule("{ forbidden: mnc, when: { field: mcc, present: false } }");

            Assert.Equal(RuleKinds.Forbidden, rule.Kind);
            Assert.Equal("mnc", rule.Target);
            Assert.Equal(new ConditionSpec(ConditionKinds.Present, "mcc", Strings(), false, null, null), rule.When);
        }

        [Fact]
        public void Rule_unique()
        {
            var rule = ObjectRule("unique: action.sections[].rows[].id");

            Assert.Equal(RuleKinds.Unique, rule.Kind);
            Assert.Equal("action.sections[].rows[].id", rule.Target);
        }

        [Fact]
        public void Rule_same()
        {
            var rule = ObjectRule("same: wa_buttons[].type");

            Assert.Equal(RuleKinds.Same, rule.Kind);
            Assert.Equal("wa_buttons[].type", rule.Target);
        }

        [Theory]
        [InlineData("lt")]
        [InlineData("le")]
        [InlineData("eq")]
        [InlineData("ge")]
        [InlineData("gt")]
        public void Rule_compare(string op)
        {
            var rule = ObjectRule("{ compare: { left: min, op: " + op + ", right: max } }");

            Assert.Equal(RuleKinds.Compare, rule.Kind);
            Assert.Equal("min", rule.Target);
            Assert.Equal(op, rule.Operator);
            Assert.Equal("max", rule.Right);
        }

        [Fact]
        public void Object_level_value_rule_names_its_target()
        {
            var rule = ObjectRule("{ target: type, allowed: [text, list] }");

            Assert.Equal(RuleKinds.Allowed, rule.Kind);
            Assert.Equal("type", rule.Target);
            Assert.Equal(Strings("text", "list"), rule.Values);
        }

        [Fact]
        public void Object_level_count_may_name_its_target_inside_the_bounds()
        {
            var rule = ObjectRule("{ count: { target: wa_buttons, max: 3 } }");

            Assert.Equal(RuleKinds.Count, rule.Kind);
            Assert.Equal("wa_buttons", rule.Target);
            Assert.Equal(3m, rule.Max);
        }

        [Fact]
        public void Rule_span_is_the_rule_mapping()
        {
            var rule = ObjectRule("same: wa_buttons[].type");

            Assert.Equal(DefaultPath, rule.Span.File);
            Assert.Equal(HeaderLines + 19, rule.Span.Line);
            Assert.Equal(9, rule.Span.Column);
        }

        // ---------------------------------------------------------------- conditions

        [Fact]
        public void Condition_equals()
        {
            var rule = ObjectRule("{ required: mnc, when: { field: type, equals: text } }");

            Assert.Equal(new ConditionSpec(ConditionKinds.Equal, "type", Strings("text"), false, null, null), rule.When);
        }

        [Fact]
        public void Condition_in()
        {
            var rule = ObjectRule("{ required: mnc, when: { field: type, in: [image, video] } }");

            Assert.Equal(new ConditionSpec(ConditionKinds.In, "type", Strings("image", "video"), false, null, null), rule.When);
        }

        [Theory]
        [InlineData("true", true)]
        [InlineData("false", false)]
        public void Condition_present(string text, bool present)
        {
            var rule = ObjectRule("{ required: mnc, when: { field: mcc, present: " + text + " } }");

            Assert.Equal(new ConditionSpec(ConditionKinds.Present, "mcc", Strings(), present, null, null), rule.When);
        }

        [Fact]
        public void Condition_count_gt()
        {
            var rule = ObjectRule("{ forbidden: action, when: { field: wa_buttons, count_gt: 3 } }");

            Assert.Equal(new ConditionSpec(ConditionKinds.CountGreaterThan, "wa_buttons", Strings(), false, 3m, null), rule.When);
        }

        [Fact]
        public void Condition_not()
        {
            var rule = ObjectRule("{ required: action, when: { not: { field: type, equals: text } } }");

            var inner = new ConditionSpec(ConditionKinds.Equal, "type", Strings("text"), false, null, null);
            Assert.Equal(new ConditionSpec(ConditionKinds.Not, null, Strings(), false, null, inner), rule.When);
        }

        [Fact]
        public void Condition_not_nests()
        {
            var rule = ObjectRule("{ required: action, when: { not: { not: { field: mcc, present: true } } } }");

            Assert.Equal(ConditionKinds.Not, rule.When!.Kind);
            Assert.Equal(ConditionKinds.Not, rule.When.Inner!.Kind);
            Assert.Equal(new ConditionSpec(ConditionKinds.Present, "mcc", Strings(), true, null, null), rule.When.Inner.Inner);
        }

        // ---------------------------------------------------------------- section 8 notes

        [Fact]
        public void Notes_are_kept_everywhere()
        {
            var model = CompileValid("""
                note: header note
                auth:
                  scheme: basic
                  note: auth note
                response_format: { parameter: fmt, values: { json: json }, note: format note }
                rate_limit: { requests: 1, per: second, note: rate note }
                schemas:
                  Body:
                    note: schema note
                    fields:
                      type: { type: string, note: field note, rules: [{ trimmed: true, note: rule note }] }
                unions:
                  U:
                    note: union note
                    discriminator: type
                    variants: { a: Body }
                enums:
                  E:
                    note: enum note
                    values: [{ value: A, note: enum value note }]
                code_tables:
                  c:
                    source: S
                    note: table note
                    codes: [{ code: 1, note: code note }]
                lookups:
                  l:
                    source: S
                    note: lookup note
                    columns: [a]
                    rows: [{ values: [x], note: row note }]
                operations:
                  op:
                    kind: webhook
                    source: S
                    method: POST
                    path: /hook
                    note: operation note
                    parameters:
                      p: { type: string, note: parameter note }
                    responses:
                      - { outcome: success, status: 200, note: response note }
                    reply: { status: 200, note: reply note }
                """);

            Assert.Equal("header note", model.Header.Note);
            Assert.Equal("auth note", model.Header.Auth!.Note);
            Assert.Equal("format note", model.Header.ResponseFormat!.Note);
            Assert.Equal("rate note", model.Header.RateLimit!.Note);
            var schema = model.Schema("Body");
            Assert.Equal("schema note", schema.Note);
            Assert.Equal("field note", schema.Fields.Field("type").Note);
            Assert.Equal("rule note", Assert.Single(schema.Fields.Field("type").Rules).Note);
            Assert.Equal("union note", Assert.Single(model.Unions).Note);
            Assert.Equal("enum note", Assert.Single(model.Enums).Note);
            Assert.Equal("enum value note", Assert.Single(model.Enums[0].Values).Note);
            Assert.Equal("table note", Assert.Single(model.CodeTables).Note);
            Assert.Equal("code note", Assert.Single(model.CodeTables[0].Codes).Note);
            Assert.Equal("lookup note", Assert.Single(model.Lookups).Note);
            Assert.Equal("row note", Assert.Single(model.Lookups[0].Rows).Note);
            var op = model.Operation("op");
            Assert.Equal("operation note", op.Note);
            Assert.Equal("parameter note", op.Parameters.Field("p").Note);
            Assert.Equal("response note", Assert.Single(op.Responses).Note);
            Assert.Equal("reply note", op.Reply!.Note);
        }

        [Fact]
        public void Folded_block_scalars_are_read_as_one_line()
        {
            var model = CompileValid("""
                note: >-
                  The document is
                  ambiguous here.
                """);

            Assert.Equal("The document is ambiguous here.", model.Header.Note);
        }

        // ---------------------------------------------------------------- merging files of one spec

        [Fact]
        public void Files_of_one_provider_and_version_are_merged()
        {
            var compilation = Compile(
                ("acme/v1/api.yaml", Header(extraLines: new[] { "title: Acme API", "auth: { scheme: basic }", "code_tables:", "  status: { source: S, codes: [{ code: 0 }] }" })),
                ("acme/v1/sms.yaml", Lines(
                    "spec: 1",
                    "provider: acme",
                    "version: v1",
                    "schemas:",
                    "  Result: { fields: { status: { type: status } } }",
                    "operations:",
                    "  send: { kind: endpoint, source: S, method: POST, path: /sms, code_table: status, responses: [{ outcome: success, status: 200, body: Result }] }")));

            var model = Valid(compilation);
            Assert.Equal("acme/v1", model.Id);
            Assert.Equal("Acme API", model.Header.Title);
            Assert.Equal("acme.txt", model.Header.Document);
            Assert.Equal("https://api.acme.test/v1", model.Header.BaseUrl);
            Assert.Equal("basic", model.Header.Auth!.Scheme);
            Assert.Equal("send", Assert.Single(model.Operations).Name);
            Assert.Equal("Result", Assert.Single(model.Schemas).Name);
            Assert.Equal("status", Assert.Single(model.CodeTables).Name);
        }

        [Fact]
        public void Merge_result_does_not_depend_on_file_order()
        {
            var a = ("acme/v1/a.yaml", Header(extraLines: new[] { "operations:", "  one: { kind: endpoint, source: S, method: GET, path: /one }" }));
            var b = ("acme/v1/b.yaml", Header(document: null, baseUrl: null, extraLines: new[] { "operations:", "  two: { kind: endpoint, source: S, method: GET, path: /two }" }));

            var forward = Valid(Compile(a, b));
            var backward = Valid(Compile(b, a));

            Assert.Equal(forward, backward);
            Assert.Equal(new[] { "one", "two" }, forward.Operations.Select(o => o.Name));
        }

        [Fact]
        public void Identical_header_values_in_two_files_do_not_conflict()
        {
            var model = Valid(Compile(
                ("acme/v1/a.yaml", Header(extraLines: new[] { "title: Acme" })),
                ("acme/v1/b.yaml", Header(extraLines: new[] { "title: Acme" }))));

            Assert.Equal("Acme", model.Header.Title);
        }

        [Fact]
        public void Different_versions_give_separate_models_in_id_order()
        {
            var compilation = Compile(
                ("acme/v2/api.yaml", Header(version: "v2")),
                ("acme/v1/api.yaml", Header(version: "v1")),
                ("beta/v1/api.yaml", Header(provider: "beta")));

            Assert.Empty(compilation.Diagnostics);
            Assert.Equal(new[] { "acme/v1", "acme/v2", "beta/v1" }, compilation.Models.Select(m => m.Id));
        }

        // ---------------------------------------------------------------- value equality

        private const string EqualityBody = """
            title: Acme
            auth: { scheme: fields, fields: { key: { secret: true } } }
            schemas:
              Result:
                description: The result.
                fields:
                  id: { type: string, rules: [{ length: { max: 10 } }] }
            operations:
              get: { kind: endpoint, source: S, method: GET, path: /x, responses: [{ outcome: success, status: 200, body: Result }] }
            """;

        [Fact]
        public void Compiling_the_same_text_twice_gives_equal_models()
        {
            var first = CompileValid(EqualityBody);
            var second = CompileValid(EqualityBody);

            Assert.NotSame(first, second);
            Assert.Equal(first, second);
            Assert.Equal(first.GetHashCode(), second.GetHashCode());
            Assert.Equal(CompileOne(WithHeader(EqualityBody)), CompileOne(WithHeader(EqualityBody)));
        }

        [Fact]
        public void A_comment_line_at_the_top_keeps_the_model_equal()
        {
            var first = CompileValid(EqualityBody);
            var shifted = Valid(CompileOne("# a comment that shifts every line\n" + WithHeader(EqualityBody)));

            Assert.NotEqual(first.Schema("Result").Span.Line, shifted.Schema("Result").Span.Line);
            Assert.Equal(first, shifted);
            Assert.Equal(first.GetHashCode(), shifted.GetHashCode());
        }

        [Fact]
        public void Changing_a_description_gives_an_unequal_model()
        {
            var first = CompileValid(EqualityBody);
            var changed = CompileValid(EqualityBody.Replace("The result.", "The outcome."));

            Assert.NotEqual(first, changed);
            Assert.NotEqual(first.Schemas, changed.Schemas);
            Assert.Equal(first.Operations, changed.Operations);
        }

        [Fact]
        public void Changing_a_rule_bound_gives_an_unequal_model()
        {
            var first = CompileValid(EqualityBody);
            var changed = CompileValid(EqualityBody.Replace("max: 10", "max: 11"));

            Assert.NotEqual(first, changed);
        }
    }
}
