using System;
using Mocean.V2;
using Xunit;

namespace SpecGen.Generator.Tests;

/// <summary>A discriminator value that selects no variant is one violation (the value's own), with no follow-on about the variant.</summary>
public class WrongVariantTests
{
    private static WhatsappInteractive List(ITextOrRichMediaContent? header) => new()
    {
        Type = WhatsappInteractiveType.List,
        Header = header,
        Body = new TextContent { Text = "Menu" },
        Action = new WhatsappAction { ButtonText = "Open", Sections = [new WhatsappSection { Rows = [new WhatsappRow { Id = "r1", Title = "One" }] }] },
    };

    [Fact]
    public void An_unknown_rich_media_type_in_a_header_is_one_violation_on_the_type()
    {
        var result = List(new RichMediaContent { Type = "gif", RichMediaUrl = new Uri("https://example.com/a.gif") }).Validate();
        var violation = Assert.Single(result.Violations);
        Assert.Equal(("header.type", "allowed"), (violation.Path, violation.Rule));
    }

    [Fact]
    public void A_known_variant_the_header_does_not_allow_is_one_violation_on_the_header()
    {
        var result = List(new RichMediaContent { Type = RichMediaType.Audio, RichMediaUrl = new Uri("https://example.com/a.mp3") }).Validate();
        var violation = Assert.Single(result.Violations);
        Assert.Equal(("header", "allowed_variants"), (violation.Path, violation.Rule));
    }

    [Fact]
    public void A_valid_header_has_no_violation()
    {
        Assert.True(List(new RichMediaContent { Type = RichMediaType.Image, RichMediaUrl = new Uri("https://example.com/a.png") }).Validate().IsValid);
    }
}
