using TitanFleet.Api.Files;

namespace TitanFleet.Tests.Api.Files;

public sealed class FilesOptionsValidatorTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(FilesOptionsValidator.Ceiling + 1)]
    public void Validate_MaxBytesOutOfRange_FailureNamesTheSetting(long maxBytes)
    {
        var result = new FilesOptionsValidator().Validate(null, new FilesOptions { MaxBytes = maxBytes });

        Assert.True(result.Failed);
        Assert.Contains("Files:MaxBytes", result.FailureMessage);
    }

    [Fact]
    public void Validate_Default_TenMegabytesAccepted()
    {
        var options = new FilesOptions();

        Assert.Equal(10 * 1024 * 1024, options.MaxBytes);
        Assert.True(new FilesOptionsValidator().Validate(null, options).Succeeded);
    }
}
