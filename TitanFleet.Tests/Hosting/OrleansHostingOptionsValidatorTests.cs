using TitanFleet.Silo.Hosting;

namespace TitanFleet.Tests.Hosting;

public sealed class OrleansHostingOptionsValidatorTests
{
    [Theory]
    [InlineData(" ")]
    [InlineData("")]
    public void Validate_BlankSiloName_FailsNamingTheSetting(string name)
    {
        var result = new OrleansHostingOptionsValidator().Validate(null, new OrleansHostingOptions { SiloName = name });

        Assert.True(result.Failed);
        Assert.Contains("Orleans:SiloName", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SiloNameUnsetOrGiven_Succeeds()
    {
        var validator = new OrleansHostingOptionsValidator();

        Assert.True(validator.Validate(null, new OrleansHostingOptions()).Succeeded);
        Assert.True(validator.Validate(null, new OrleansHostingOptions { SiloName = "silo-a" }).Succeeded);
    }
}
