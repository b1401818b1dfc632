using TitanFleet.Api.Devices;

namespace TitanFleet.Tests.Api.Devices;

public sealed class DeviceUniqueIdsTests
{
    [Fact]
    public void Generate_ManyIds_TwentyFourBase32CharactersAllDistinct()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => DeviceUniqueIds.Generate()).ToList();

        Assert.All(ids, id => Assert.Matches("^[a-z2-7]{24}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        // Every character position takes many values: no position is stuck (a bit-extraction bug would pin one).
        Assert.All(Enumerable.Range(0, 24), position => Assert.True(ids.Select(id => id[position]).Distinct().Count() > 20));
    }

    [Theory]
    [InlineData("490154203237518", true)]
    [InlineData("356938035643809", true)]
    [InlineData("490154203237517", false)]
    [InlineData("49015420323751", false)]
    [InlineData("4901542032375180", false)]
    [InlineData("49015420323751X", false)]
    public void IsImei_KnownValues_ChecksLengthDigitsAndLuhn(string value, bool expected) =>
        Assert.Equal(expected, DeviceUniqueIds.IsImei(value));

    [Fact]
    public void IsImei_TestGenerator_AgreesWithLuhn()
    {
        var imei = TestImei.New();

        Assert.True(DeviceUniqueIds.IsImei(imei));
        Assert.False(DeviceUniqueIds.IsImei(TestImei.WithWrongCheckDigit(imei)));
    }
}
