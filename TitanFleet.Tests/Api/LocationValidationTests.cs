using System.Net;
using System.Net.Http.Json;
using System.Text;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api;

/// <summary>Each rule of the spec's position validation: 400 problem+json naming the field, and nothing written.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class LocationValidationTests(SingleSiloFixture fixture)
{
    public static TheoryData<string, string> BadFields => new()
    {
        { """ "latitude": 90.5, "longitude": 0 """, "latitude" },
        { """ "latitude": -91, "longitude": 0 """, "latitude" },
        { """ "latitude": 51, "longitude": 180.01 """, "longitude" },
        { """ "latitude": 51, "longitude": -181 """, "longitude" },
        { """ "longitude": 0 """, "latitude" },
        { """ "latitude": 51, "longitude": 0, "speed": 250.5 """, "speed" },
        { """ "latitude": 51, "longitude": 0, "speed": -1 """, "speed" },
        { """ "latitude": 51, "longitude": 0, "heading": 360.1 """, "heading" },
        { """ "latitude": 51, "longitude": 0, "heading": -5 """, "heading" },
        { """ "latitude": "NaN", "longitude": 0 """, "latitude" },
        { """ "latitude": NaN, "longitude": 0 """, "body" },
        { """ "latitude": 51, "longitude": 1e999 """, "longitude" },
        { """ "latitude": 51, "longitude": "Infinity" """, "longitude" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task PostLocation_BadField_ProblemNamesFieldAndWritesNothing(string fields, string expectedField)
    {
        var (vehicle, device) = await NewDeviceAsync();
        var json = $$"""{ "timestamp": "{{DateTimeOffset.UtcNow:O}}", {{fields}} }""";

        using var response = await device.PostAsync("/api/locations", new StringContent(json, Encoding.UTF8, "application/json"));

        var errors = await ProblemAssert.ValidationErrorsAsync(response);
        if (expectedField == "body")
            Assert.NotEmpty(errors);
        else
            Assert.Contains(expectedField, errors.Keys);
        Assert.Equal(0, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }

    [Theory]
    [InlineData(6, "future")]
    [InlineData(-60 * 24 * 7 - 5, "old")]
    public async Task PostLocation_TimestampOutsideWindow_Rejected(int minutesFromNow, string why)
    {
        var (vehicle, device) = await NewDeviceAsync();

        using var response = await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow.AddMinutes(minutesFromNow), 51, 0));

        var errors = await ProblemAssert.ValidationErrorsAsync(response);
        Assert.Contains(why, Assert.Single(errors["timestamp"]));
        Assert.Equal(0, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }

    [Fact]
    public async Task PostLocation_MissingTimestamp_Rejected()
    {
        var (_, device) = await NewDeviceAsync();

        using var response = await device.PostAsync("/api/locations", new StringContent("""{"latitude":51,"longitude":0}""", Encoding.UTF8, "application/json"));

        Assert.Contains("timestamp", (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task PostLocation_DeviceNamesAnotherVehicle_Rejected()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 2);
        using var device = FleetHttp.Device(fixture.BaseAddress, company.Vehicles[0].DeviceToken);

        using var response = await device.PostAsJsonAsync("/api/locations",
            FleetHttp.Position(DateTimeOffset.UtcNow, 51, 0, vehicleId: company.Vehicles[1].VehicleId));

        Assert.Contains("vehicleId", (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
        Assert.Equal(0, await HistoryQueries.CountAsync(fixture.ConnectionString, company.Vehicles[1].VehicleId));
    }

    [Fact]
    public async Task PostLocation_UserPostsForUnknownVehicle_Rejected()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));

        using var response = await driver.Client.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51, 0, vehicleId: Guid.NewGuid()));

        Assert.Equal(["Unknown vehicle."], (await ProblemAssert.ValidationErrorsAsync(response))["vehicleId"]);
    }

    [Fact]
    public async Task PostLocation_BodyOverLimit_RejectedAsTooLarge()
    {
        var (vehicle, device) = await NewDeviceAsync();
        var padding = new string(' ', 20 * 1024);
        var json = $$"""{ "timestamp": "{{DateTimeOffset.UtcNow:O}}", "latitude": 51, {{padding}} "longitude": 0 }""";

        using var response = await device.PostAsync("/api/locations", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }

    private async Task<(TestVehicle Vehicle, HttpClient Device)> NewDeviceAsync()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        return (company.Vehicles[0], FleetHttp.Device(fixture.BaseAddress, company.Vehicles[0].DeviceToken));
    }
}
