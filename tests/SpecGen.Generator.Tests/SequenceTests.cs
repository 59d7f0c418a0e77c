using System;
using System.Linq;
using Mocean.V2;
using Xunit;

namespace SpecGen.Generator.Tests;

/// <summary>Union sequences: an MC program built fluently, validated, and round-tripped as a JSON array.</summary>
public class SequenceTests
{
    private static McActionSequence Program(int min, int max) => new McActionSequence()
        .AddSayAction(new SayAction { Language = SayLanguage.EnGB, Text = "Enter your PIN" })
        .AddCollectAction(new CollectAction { EventUrl = new Uri("https://example.com/webhooks/collect"), Min = min, Max = max, Timeout = 5000 });

    [Fact]
    public void A_program_writes_a_json_array_and_reads_back_the_same_actions()
    {
        var json = Program(1, 4).ToJson();
        Assert.StartsWith("[{\"action\":\"say\"", json);
        Assert.Contains("\"language\":\"en-GB\"", json);
        Assert.Contains("{\"action\":\"collect\",\"event-url\":\"https://example.com/webhooks/collect\",\"max\":4,\"min\":1,\"timeout\":5000", json);

        var read = McActionSequence.FromJson(json);
        Assert.True(read.Success, read.Error?.Message);
        Assert.Equal(new[] { "say", "collect" }, read.Value.Select(a => a.Discriminator));
        Assert.Equal(json, read.Value.ToJson());
    }

    [Fact]
    public void A_program_is_validated_item_by_item_with_indexed_paths()
    {
        Assert.True(Program(1, 4).Validate().IsValid);
        var violation = Assert.Single(Program(5, 2).Validate().Violations);
        Assert.Equal(("[1].min", "compare"), (violation.Path, violation.Rule));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[")]
    [InlineData("42")]
    [InlineData("{\"action\":")]
    public void Bad_json_is_a_typed_error(string json)
    {
        var result = McActionSequence.FromJson(json);
        Assert.False(result.Success);
        Assert.Equal("expected a JSON array of McAction objects, each with \"action\"", result.Error?.Message);
    }

    [Theory]
    [InlineData("[{\"action\":\"say\",\"language\":\"en-US\",\"text\":\"\\ud800\"}]")]   // an escaped lone surrogate: valid JSON, but not text
    [InlineData("[{\"action\":\"say\",\"language\":\"en-US\",\"text\":\"\\udc00 x\"}]")]
    public void A_string_that_is_not_text_is_a_typed_error_not_an_exception(string json)
    {
        // JsonDocument accepts it; reading the string throws InvalidOperationException, which must not escape FromJson.
        var result = McActionSequence.FromJson(json);
        Assert.False(result.Success);
        Assert.False(IMcAction.FromJson(json.Substring(1, json.Length - 2)).Success);
    }

    [Theory]
    [InlineData("[{\"text\":\"no action\"}]")]
    [InlineData("[{\"action\":\"say\",\"language\":\"en-US\",\"text\":\"hi\"}, 7]")]
    public void Bad_json_or_an_item_without_an_action_is_a_typed_error_never_a_shorter_program(string json)
    {
        var result = McActionSequence.FromJson(json);
        Assert.False(result.Success);
        Assert.Contains("\"action\"", result.Error!.Message);
    }

    [Fact]
    public void An_unknown_action_is_kept_with_its_json_round_trips_and_fails_validation()
    {
        const string json = "[{\"action\":\"say\",\"language\":\"en-US\",\"text\":\"hi\"},{\"action\":\"teleport\",\"to\":\"mars\",\"n\":[1,2]}]";
        var result = McActionSequence.FromJson(json);
        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal(2, result.Value.Count);
        var unknown = Assert.IsType<UnknownMcAction>(result.Value[1]);
        Assert.Equal("teleport", unknown.Discriminator);
        Assert.Equal("mars", unknown.Json.GetProperty("to").GetString());
        Assert.Equal(json, result.Value.ToJson());
        // A program is sent by the client: an action the spec does not know is reported, not silently sent.
        var violation = Assert.Single(result.Value.Validate().Violations);
        Assert.Equal(("[1].action", "allowed_variants"), (violation.Path, violation.Rule));
        Assert.StartsWith("action must be one of the variants: \"say\", \"play\"", violation.Message);
    }

    [Fact]
    public void The_variant_sets_its_own_discriminator()
    {
        var say = new SayAction { Language = SayLanguage.EnGB, Text = "Hi" };
        Assert.Equal("say", say.Action);
        Assert.Equal("{\"action\":\"say\",\"language\":\"en-GB\",\"text\":\"Hi\"}", say.ToJson());
        Assert.True(say.Validate().IsValid);
        Assert.Equal("text", new TextContent { Text = "x" }.Type);
    }

    [Fact]
    public void A_single_action_object_reads_as_a_one_action_program()
    {
        var result = McActionSequence.FromJson("{\"action\":\"say\",\"language\":\"en-US\",\"text\":\"hi\"}");
        Assert.True(result.Success);
        Assert.IsType<SayAction>(Assert.Single(result.Value));
    }
}
