using System.Collections.Generic;
using System.Linq;
using Mocean.V2;
using SpecGen.Runtime.Wire;
using Xunit;

namespace SpecGen.Generator.Tests;

/// <summary>
/// "string/array" fields (spec type <c>one_or_many</c>: <c>play.file</c>, <c>dial.to</c>): both wire forms read,
/// one item written as a plain value and several as an array, a single value or a list accepted in C#.
/// </summary>
public class OneOrManyWireTests
{
    [Fact]
    public void A_single_file_string_is_read_not_dropped()
    {
        var read = IMcAction.FromJson("{\"action\":\"play\",\"file\":\"x.wav\"}");
        Assert.True(read.Success, read.Error?.Message);
        var play = Assert.IsType<PlayAction>(read.Value);
        Assert.Equal(new[] { "x.wav" }, play.File.ToArray());
        Assert.True(play.Validate().IsValid);
    }

    [Fact]
    public void An_array_of_files_is_read_in_order()
    {
        var play = Assert.IsType<PlayAction>(IMcAction.FromJson("{\"action\":\"play\",\"file\":[\"a.wav\",\"b.wav\"]}").Value);
        Assert.Equal(new[] { "a.wav", "b.wav" }, play.File.ToArray());
    }

    [Fact]
    public void A_single_destination_number_is_read_from_a_string_or_a_number()
    {
        var text = Assert.IsType<DialAction>(IMcAction.FromJson("{\"action\":\"dial\",\"to\":\"60123456789\"}").Value);
        var number = Assert.IsType<DialAction>(IMcAction.FromJson("{\"action\":\"dial\",\"to\":60123456789}").Value);
        Assert.Equal("60123456789", Assert.Single(text.To));
        Assert.Equal("60123456789", Assert.Single(number.To));
    }

    [Fact]
    public void One_item_is_written_as_a_plain_value_and_several_as_an_array()
    {
        Assert.Equal("{\"action\":\"play\",\"file\":\"x.wav\"}", new PlayAction { File = "x.wav" }.ToJson());
        Assert.Equal("{\"action\":\"play\",\"file\":\"x.wav\"}", new PlayAction { File = ["x.wav"] }.ToJson());
        Assert.Equal("{\"action\":\"play\",\"file\":[\"a.wav\",\"b.wav\"]}", new PlayAction { File = ["a.wav", "b.wav"] }.ToJson());
        Assert.Equal("{\"action\":\"dial\",\"to\":[\"60123456789\",\"60198765432\"]}", new DialAction { To = new List<string> { "60123456789", "60198765432" } }.ToJson());
    }

    [Theory]
    [InlineData("{\"action\":\"play\",\"file\":\"x.wav\"}")]
    [InlineData("{\"action\":\"play\",\"file\":[\"a.wav\",\"b.wav\"]}")]
    [InlineData("{\"action\":\"dial\",\"to\":\"60123456789\"}")]
    [InlineData("{\"action\":\"dial\",\"to\":[\"60123456789\",\"60198765432\"],\"dial-sequentially\":true}")]
    public void Both_forms_round_trip_unchanged_and_compare_by_value(string json)
    {
        var first = IMcAction.FromJson(json).Value!;
        Assert.Equal(json, Json(first));
        var second = IMcAction.FromJson(Json(first)).Value!;
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_one_item_array_is_read_and_written_back_as_the_documented_single_value()
    {
        var play = IMcAction.FromJson("{\"action\":\"play\",\"file\":[\"x.wav\"]}").Value!;
        Assert.Equal("{\"action\":\"play\",\"file\":\"x.wav\"}", Json(play));
    }

    [Fact]
    public void A_program_with_single_values_reads_every_action()
    {
        var read = McActionSequence.FromJson("[{\"action\":\"play\",\"file\":\"a.wav\"},{\"action\":\"dial\",\"to\":\"60123456789\"}]");
        Assert.True(read.Success, read.Error?.Message);
        Assert.Equal("a.wav", Assert.Single(Assert.IsType<PlayAction>(read.Value[0]).File));
        Assert.Equal("60123456789", Assert.Single(Assert.IsType<DialAction>(read.Value[1]).To));
        Assert.True(read.Value.Validate().IsValid);
    }

    [Fact]
    public void Empty_and_wrong_values_are_validation_errors_not_silent_drops()
    {
        var empty = IMcAction.FromJson("{\"action\":\"play\",\"file\":[]}").Value!;
        Assert.Equal(("file", "count"), Single(empty));
        var wrongKind = IMcAction.FromJson("{\"action\":\"play\",\"file\":{\"url\":\"x.wav\"}}").Value!;
        Assert.Equal(("file", "required"), Single(wrongKind));
        var notAPhone = new DialAction { To = "call me" };
        Assert.Equal(("to[0]", "format"), Single(notAPhone));
    }

    [Fact]
    public void The_runtime_type_takes_one_value_or_a_list_and_compares_by_content()
    {
        OneOrMany<string> one = "a";
        OneOrMany<string> array = new[] { "a" };
        OneOrMany<string> list = new List<string> { "a", "b" };
        OneOrMany<string> expression = ["a", "b"];
        Assert.True(one.IsSingle);
        Assert.Equal(one, array);
        Assert.Equal(list, expression);
        Assert.Equal(list.GetHashCode(), expression.GetHashCode());
        Assert.NotEqual(one, list);
        Assert.Equal("[a, b]", list.ToString());
    }

    private static string Json(IMcAction action) => JsonText.Write(action.WriteJson);

    private static (string Path, string Rule) Single(IMcAction action)
    {
        var collector = new SpecGen.Runtime.Validation.ViolationCollector();
        action.ValidateInto(ref collector, string.Empty);
        var violation = Assert.Single(collector.ToResult().Violations);
        return (violation.Path, violation.Rule);
    }
}
