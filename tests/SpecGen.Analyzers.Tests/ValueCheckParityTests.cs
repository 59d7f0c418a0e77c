using SpecGen.Analyzers.Checking;
using SpecGen.Runtime.Validation;
using Xunit;

namespace SpecGen.Analyzers.Tests;

/// <summary>The analyzer's copy of the rule checks agrees with SpecGen.Runtime's on the same inputs.</summary>
public sealed class ValueCheckParityTests
{
    [Theory]
    [InlineData("60123456789")]
    [InlineData("+60123456789")]
    [InlineData("0123")]
    [InlineData("1234567")]
    [InlineData("12345678")]
    [InlineData("123456789012345")]
    [InlineData("1234567890123456")]
    [InlineData("+")]
    [InlineData("")]
    [InlineData("60 12345678")]
    [InlineData("６０１２３４５６７８９")]
    public void Phone(string value) => Assert.Equal(RuleChecks.IsPhone(value), ValueChecks.IsPhone(value));

    [Theory]
    [InlineData("https://example.com/x")]
    [InlineData("http://example.com")]
    [InlineData("ftp://example.com")]
    [InlineData("example.com")]
    [InlineData("/relative")]
    [InlineData("")]
    public void Url(string value) => Assert.Equal(RuleChecks.IsAbsoluteUrl(value), ValueChecks.IsAbsoluteUrl(value));

    [Theory]
    [InlineData("2007-03-02 08:55:00")]
    [InlineData("2007-03-02 8:55:00")]
    [InlineData("2007-3-02 08:55:00")]
    [InlineData("2007-03-02")]
    public void DateTime(string value) => Assert.Equal(RuleChecks.IsDateTime(value, "yyyy-MM-dd HH:mm:ss"), ValueChecks.IsDateTime(value, "yyyy-MM-dd HH:mm:ss"));

    [Theory]
    [InlineData("00ff")]
    [InlineData("0f0")]
    [InlineData("zz")]
    [InlineData("")]
    public void Hex(string value) => Assert.Equal(RuleChecks.IsHex(value), ValueChecks.IsHex(value));

    [Theory]
    [InlineData("yes")]
    [InlineData("yes ")]
    [InlineData(" yes")]
    [InlineData("\tyes")]
    [InlineData("")]
    [InlineData("a b")]
    public void Trimmed(string value) => Assert.Equal(RuleChecks.IsTrimmed(value), ValueChecks.IsTrimmed(value));

    [Theory]
    [InlineData("👍")]
    [InlineData("👍👍")]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("👨‍👩‍👧")]
    [InlineData("🇲🇾")]
    public void Emoji(string value) => Assert.Equal(RuleChecks.IsEmoji(value), ValueChecks.IsEmoji(value));
}
