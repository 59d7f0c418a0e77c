using Mocean.V2;
using Xunit;

namespace SpecGen.Generator.Tests;

/// <summary>
/// "The id must be unique across all sections": a section or an action validated on its own is checked for
/// repeated row ids too; inside the interactive message the repeat is reported once, by the message.
/// </summary>
public class EnclosingRuleTests
{
    private static WhatsappRow Row(string id) => new() { Id = id, Title = id };

    [Fact]
    public void A_section_validated_on_its_own_reports_a_repeated_row_id()
    {
        var violation = Assert.Single(new WhatsappSection { Rows = [Row("r1"), Row("r1")] }.Validate().Violations);
        Assert.Equal(("rows[1].id", "unique", "action.sections[].rows[].id values must be unique"), (violation.Path, violation.Rule, violation.Message));
        Assert.True(new WhatsappSection { Rows = [Row("r1"), Row("r2")] }.Validate().IsValid);
    }

    [Fact]
    public void An_action_validated_on_its_own_reports_a_row_id_repeated_across_sections()
    {
        var action = new WhatsappAction { Sections = [new WhatsappSection { Rows = [Row("r1")] }, new WhatsappSection { Rows = [Row("r1")] }] };
        var violation = Assert.Single(action.Validate().Violations);
        Assert.Equal(("sections[1].rows[0].id", "unique"), (violation.Path, violation.Rule));
    }

    [Fact]
    public void Inside_the_message_the_repeat_is_reported_once()
    {
        var message = new WhatsappInteractive
        {
            Type = WhatsappInteractiveType.List,
            Body = new TextContent { Text = "Menu" },
            Action = new WhatsappAction { ButtonText = "Open", Sections = [new WhatsappSection { Title = "A", Rows = [Row("r1")] }, new WhatsappSection { Title = "B", Rows = [Row("r1")] }] },
        };
        var violation = Assert.Single(message.Validate().Violations);
        Assert.Equal(("action.sections[1].rows[0].id", "unique"), (violation.Path, violation.Rule));
    }
}
