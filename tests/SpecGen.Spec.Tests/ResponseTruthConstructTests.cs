using System.Linq;
using SpecGen.Spec.Model;
using Xunit;
using static SpecGen.Spec.Tests.TestSpecs;

namespace SpecGen.Spec.Tests
{
    /// <summary>The spec-language constructs of issue 9 read into the model: body_status, items:, code-table success, time_zone, webhook content_types.</summary>
    public sealed class ResponseTruthConstructTests
    {
        private const string Body = """
            schemas:
              SendResult:
                body_status:
                  code: messages[].status
                  message: messages[].err_msg
                  requires: ["messages[].msgid"]
                  note: One status per receiver.
                fields:
                  messages: { type: array, items: Item, required: true }
              Item:
                fields:
                  status: { type: int }
                  msgid: { type: string }
                  err_msg: { type: string }
              Error:
                body_status: { code: code, message: text }
                fields:
                  code: { type: int }
                  text: { type: string }
            code_tables:
              status:
                source: Status
                success: [0]
                codes:
                  - { code: 0, meaning: Sent }
                  - { code: 28, meaning: Invalid destination }
            operations:
              send:
                kind: endpoint
                source: API > Send
                method: POST
                path: /send
                code_table: status
                parameters:
                  at: { type: datetime, time_zone: "+08:00", rules: [{ format: datetime, pattern: "yyyy-MM-dd HH:mm:ss" }] }
                responses:
                  - { outcome: success, status: 202, body: SendResult }
                  - { outcome: error, status: 400, body: Error, body_status: { code: code } }
              list:
                kind: endpoint
                source: API > List
                method: GET
                path: /items
                responses:
                  - { outcome: success, status: 200, items: Item }
              report:
                kind: webhook
                source: API > Report
                method: PUT
                path: /hook
                encoding: form
                content_types: [application/x-www-form-urlencoded, application/json]
                parameters:
                  msgid: { type: string }
            """;

        private static SpecModel Model() => CompileValid(Body);

        [Fact]
        public void Body_status_on_a_schema_is_read_with_its_item_path()
        {
            var schema = Model().Schemas.Single(s => s.Name == "SendResult");
            var status = Assert.IsType<BodyStatusSpec>(schema.BodyStatus);
            Assert.Equal("messages[].status", status.Code);
            Assert.Equal("messages", status.ItemsPath);
            Assert.Equal("messages[].err_msg", status.Message);
            Assert.Equal(new[] { "messages[].msgid" }, status.Requires.AsArray());
            Assert.Equal("One status per receiver.", status.Note);
        }

        [Fact]
        public void Body_status_on_a_response_overrides_and_has_no_items()
        {
            var response = Model().Operations.Single(o => o.Name == "send").Responses[1];
            Assert.Equal("code", response.BodyStatus!.Code);
            Assert.Null(response.BodyStatus.ItemsPath);
            Assert.Null(response.BodyStatus.Message);
        }

        [Fact]
        public void Items_make_an_array_body()
        {
            var response = Model().Operations.Single(o => o.Name == "list").Responses[0];
            Assert.True(response.IsArray);
            Assert.Equal("Item", response.Body);
            Assert.Equal("Item[]", response.BodyType);
        }

        [Fact]
        public void Code_table_success_codes_are_the_declared_ones()
        {
            var table = Model().CodeTables.Single();
            Assert.Equal(new[] { "0" }, table.SuccessCodes);
        }

        [Fact]
        public void Code_table_without_success_keeps_the_old_rule()
        {
            var model = CompileValid("""
                code_tables:
                  t:
                    source: S
                    codes:
                      - { code: 0, meaning: Done }
                      - { code: 7, meaning: OK }
                """);
            Assert.Equal(new[] { "0", "7" }, model.CodeTables.Single().SuccessCodes);
        }

        [Fact]
        public void Time_zone_is_read_on_a_date_time()
        {
            var at = Model().Operations.Single(o => o.Name == "send").Parameters.Single();
            Assert.Equal("+08:00", at.TimeZone);
        }

        [Theory]
        [InlineData("UTC", 0)]
        [InlineData("+08:00", 480)]
        [InlineData("-05:30", -330)]
        [InlineData("+14:00", 840)]
        public void Time_zone_offsets_parse(string text, int minutes)
        {
            Assert.True(TimeZones.TryParseOffset(text, out var m));
            Assert.Equal(minutes, m);
        }

        [Theory]
        [InlineData("+8")]
        [InlineData("+15:00")]
        [InlineData("+08:60")]
        [InlineData("Asia/Kuala_Lumpur")]
        [InlineData("")]
        public void Bad_time_zones_do_not_parse(string text) => Assert.False(TimeZones.TryParseOffset(text, out _));

        [Fact]
        public void Webhook_content_types_are_read()
        {
            var report = Model().Operations.Single(o => o.Name == "report");
            Assert.Equal(new[] { "application/x-www-form-urlencoded", "application/json" }, report.ContentTypes.AsArray());
        }
    }
}
