using TitanFleet.Grains.Geo;
using TitanFleet.Grains.Rollups;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Tests.Rollups;

/// <summary>The vehicle daily rollups as the history's group commit maintains them, against a recompute from scratch.</summary>
[Collection(RollupCollection.Name)]
public sealed class VehicleRollupTests(RollupFixture fixture)
{
    private static readonly DateTimeOffset Morning = new(2026, 10, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 10, 20);

    [Fact]
    public async Task AppendAsync_InOrderFixesInTwoGroups_DistanceAndTimesAsDefined()
    {
        var (company, vehicle, _) = await fixture.NewCompanyAsync();
        var source = Guid.NewGuid();
        PositionReport[] fixes =
        [
            Fix(company, vehicle, source, Morning, 51.5000, -0.1000, 40),
            Fix(company, vehicle, source, Morning.AddSeconds(30), 51.5020, -0.1000, 40),
            Fix(company, vehicle, source, Morning.AddSeconds(60), 51.5040, -0.1000, 0),
            Fix(company, vehicle, source, Morning.AddSeconds(90), 51.5040, -0.1000, null),
            Fix(company, vehicle, source, Morning.AddSeconds(90).AddMinutes(10), 51.6000, -0.1000, 30),
        ];

        await fixture.History.AppendAsync(fixes[..3]);
        await fixture.History.AppendAsync(fixes[3..]);

        var row = Assert.Single(await RollupRows.VehicleAsync(fixture.DataSource, company, vehicle));
        Assert.Equal(Day, row.Day);
        Assert.Equal(5, row.FixCount);
        Assert.Equal(PathMetres(fixes), row.DistanceMetres, 6);
        // 30 s at 40 km/h moving; 30 s to a 0 km/h fix and 30 s to a fix without speed that did not move are idle;
        // the 10-minute gap (over MaxGap) is neither, though its distance counts.
        Assert.Equal(30, row.MovingSeconds);
        Assert.Equal(60, row.IdleSeconds);
        Assert.Equal(40, row.MaxSpeedKmh);
        Assert.Equal((Morning, 51.5), (row.FirstFixAt, row.FirstLatitude));
        Assert.Equal((fixes[4].FixTime, 51.6), (row.LastFixAt, row.LastLatitude));
    }

    [Fact]
    public async Task AppendAsync_LateFixInMiddleOfDay_CorrectsDayExactly()
    {
        var (company, vehicle, _) = await fixture.NewCompanyAsync();
        var fixes = Zigzag(company, vehicle, Morning, count: 11);
        var late = fixes[5];
        await fixture.History.AppendAsync([.. fixes[..5]]);
        await fixture.History.AppendAsync([.. fixes[6..]]);
        var before = Assert.Single(await RollupRows.VehicleAsync(fixture.DataSource, company, vehicle));

        await fixture.History.AppendAsync([late]);

        var after = Assert.Single(await RollupRows.VehicleAsync(fixture.DataSource, company, vehicle));
        var scratch = FromScratch(fixes)[Day];
        Assert.NotEqual(before.DistanceMetres, after.DistanceMetres, 3);
        Assert.Equal(PathMetres(fixes), after.DistanceMetres, 6);
        Assert.Equal(
            (scratch.FixCount, scratch.MovingSeconds, scratch.IdleSeconds, scratch.MaxSpeedKmh, scratch.First!.Value.At, scratch.Last!.Value.At),
            (after.FixCount, after.MovingSeconds, after.IdleSeconds, after.MaxSpeedKmh, after.FirstFixAt!.Value, after.LastFixAt!.Value));
        Assert.Equal(11, after.FixCount);
    }

    [Fact]
    public async Task AppendAsync_ResentFixes_CountOnce()
    {
        var (company, vehicle, _) = await fixture.NewCompanyAsync();
        var fixes = Zigzag(company, vehicle, Morning, count: 4);
        await fixture.History.AppendAsync([.. fixes[..3]]);
        var first = await RollupRows.VehicleAsync(fixture.DataSource, company, vehicle);

        await fixture.History.AppendAsync([.. fixes[..3]]);
        Assert.Equal(first, await RollupRows.VehicleAsync(fixture.DataSource, company, vehicle));

        await fixture.History.AppendAsync([fixes[2], fixes[3], fixes[3]]);
        var row = Assert.Single(await RollupRows.VehicleAsync(fixture.DataSource, company, vehicle));
        Assert.Equal(4, row.FixCount);
        Assert.Equal(PathMetres(fixes), row.DistanceMetres, 6);
    }

    [Fact]
    public async Task AppendAsync_MidnightsAroundLondonDstEnd_IntervalCountsOnLaterLocalDay()
    {
        var (company, vehicle, _) = await fixture.NewCompanyAsync();
        var source = Guid.NewGuid();
        // 25 October 2026 in London runs 25 hours: from 24 Oct 23:00 UTC (00:00 BST) to 26 Oct 00:00 UTC (00:00 GMT).
        var a = Fix(company, vehicle, source, new DateTimeOffset(2026, 10, 24, 22, 59, 40, TimeSpan.Zero), 51.50, -0.10, 30);
        var b = Fix(company, vehicle, source, new DateTimeOffset(2026, 10, 24, 23, 0, 10, TimeSpan.Zero), 51.51, -0.10, 30);
        var c = Fix(company, vehicle, source, new DateTimeOffset(2026, 10, 25, 23, 59, 50, TimeSpan.Zero), 51.52, -0.10, 0);
        var d = Fix(company, vehicle, source, new DateTimeOffset(2026, 10, 26, 0, 0, 20, TimeSpan.Zero), 51.52, -0.10, 0);
        await fixture.History.AppendAsync([a, c, d]);

        await fixture.History.AppendAsync([b]);

        var rows = await RollupRows.VehicleAsync(fixture.DataSource, company, vehicle);
        Assert.Equal([new DateOnly(2026, 10, 24), new DateOnly(2026, 10, 25), new DateOnly(2026, 10, 26)], rows.Select(r => r.Day));
        Assert.Equal([1, 2, 1], rows.Select(r => r.FixCount));
        Assert.Equal([0, 30, 0], rows.Select(r => r.MovingSeconds));
        Assert.Equal([0, 0, 30], rows.Select(r => r.IdleSeconds));
        Assert.Equal(0, rows[0].DistanceMetres);
        Assert.Equal(PathMetres([a, b, c]), rows[1].DistanceMetres, 6);
        Assert.Equal(PathMetres([c, d]), rows[2].DistanceMetres, 6);
        Assert.Equal((b.FixTime, c.FixTime), (rows[1].FirstFixAt, rows[1].LastFixAt));
    }

    internal static PositionReport Fix(Guid company, Guid vehicle, Guid source, DateTimeOffset at, double latitude, double longitude, double? speed) =>
        new(VehicleId: vehicle, CompanyId: company, SourceId: source, FixTime: at, Latitude: latitude, Longitude: longitude,
            SpeedKmh: speed, Heading: null, AccuracyMetres: null, AltitudeMetres: null, OdometerMetres: null);

    /// <summary>Fixes every 20 s, alternating direction and speed, so a missing one changes distance and moving time.</summary>
    internal static PositionReport[] Zigzag(Guid company, Guid vehicle, DateTimeOffset start, int count)
    {
        var source = Guid.NewGuid();
        return [.. Enumerable.Range(0, count).Select(i => Fix(company, vehicle, source, start.AddSeconds(20 * i),
            51.5 + 0.001 * i, -0.1 + (i % 2 == 0 ? 0 : 0.004), i % 3 == 0 ? 2 : 35 + i))];
    }

    internal static double PathMetres(IReadOnlyList<PositionReport> ordered) =>
        ordered.Zip(ordered.Skip(1)).Sum(pair => GeoMath.DistanceMetres(pair.First.Latitude, pair.First.Longitude, pair.Second.Latitude, pair.Second.Longitude));

    private SortedDictionary<DateOnly, VehicleDayTotals> FromScratch(IEnumerable<PositionReport> fixes) =>
        VehicleDayFold.Fold(null, fixes.Select(p => new RollupFix(p.FixTime, p.SourceId, p.Latitude, p.Longitude, p.SpeedKmh)).OrderBy(f => f.At),
            TimeZoneInfo.FindSystemTimeZoneById("Europe/London"), fixture.Options);
}
