using System.Text;
using TitanFleet.Api.Files;

namespace TitanFleet.Tests.Api.Files;

public sealed class FileSignaturesTests
{
    [Theory]
    [InlineData("FFD8FFE000104A464946", "image/jpeg")]
    [InlineData("89504E470D0A1A0A0000", "image/png")]
    [InlineData("524946462400000057454250565038", "image/webp")]
    [InlineData("0000001866747970686569630000", "image/heic")]
    [InlineData("255044462D312E37", "application/pdf")]
    public void Sniff_KnownMagicBytes_ThatType(string hex, string expected) =>
        Assert.Equal(expected, FileSignatures.Sniff(Convert.FromHexString(hex)));

    [Theory]
    [InlineData("")]
    [InlineData("FFD8")]
    [InlineData("52494646240000004156492020")]
    [InlineData("00000018667479706D6966310000")]
    [InlineData("89504E470D0A1A")]
    public void Sniff_UnknownOrTruncated_Null(string hex) => Assert.Null(FileSignatures.Sniff(Convert.FromHexString(hex)));

    [Fact]
    public void Sniff_TextThatMentionsPdfLater_Null() => Assert.Null(FileSignatures.Sniff(Encoding.ASCII.GetBytes(" %PDF-1.4")));

    [Theory]
    [InlineData("C:\\Users\\me\\photo.jpg", "photo.jpg")]
    [InlineData("dir/", "dir")]
    [InlineData("   ", "file")]
    [InlineData("...", "file")]
    [InlineData("report\u200B.pdf", "report.pdf")]
    public void Sanitise_HostileName_SafeDisplayName(string name, string expected) => Assert.Equal(expected, FileNames.Sanitise(name));

    [Fact]
    public void Sanitise_LongNameOfEmoji_NeverSplitsASurrogatePair()
    {
        var name = FileNames.Sanitise(string.Concat(Enumerable.Repeat("\U0001F69A", 100)));

        Assert.True(name.Length <= FileNames.MaxLength);
        Assert.False(char.IsHighSurrogate(name[^1]));
    }
}
