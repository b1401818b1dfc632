using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Geofences;

/// <summary>Every bad shape is a 400 naming the field and the problem, and nothing is written.</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class GeofenceValidationTests(InProcessSiloFixture silo)
{
    public static TheoryData<string, string, string> BadPolygons => new()
    {
        { "open ring", "POLYGON ((-0.13 51.5, -0.11 51.5, -0.11 51.51, -0.13 51.51))", "not closed" },
        { "open GeoJSON ring", """{"type":"Polygon","coordinates":[[[-0.13,51.5],[-0.11,51.5],[-0.11,51.51],[-0.13,51.51]]]}""", "not closed" },
        { "bow tie", "POLYGON ((-0.13 51.5, -0.11 51.51, -0.11 51.5, -0.13 51.51, -0.13 51.5))", "self-intersection at 51.505, -0.12" },
        { "two vertices", "POLYGON ((-0.13 51.5, -0.11 51.5, -0.13 51.5))", "at least 3 distinct vertices" },
        { "latitude out of range", "POLYGON ((-0.13 51.5, -0.11 91.5, -0.11 51.51, -0.13 51.5))", "out of range" },
        { "longitude out of range", """{"type":"Polygon","coordinates":[[[-180.5,51.5],[-0.11,51.5],[-0.11,51.51],[-180.5,51.5]]]}""", "out of range" },
        { "too many vertices", ManyVertices(1_001), "at most 1000" },
        { "not a polygon", "LINESTRING (-0.13 51.5, -0.11 51.5)", "WKT (POLYGON" },
        { "multipolygon", "MULTIPOLYGON (((-0.13 51.5, -0.11 51.5, -0.11 51.51, -0.13 51.5)))", "WKT (POLYGON" },
        { "unreadable WKT", "POLYGON ((-0.13 51.5, banana))", "not readable WKT" },
        { "GeoJSON point", """{"type":"Point","coordinates":[-0.12,51.5]}""", "must be a Polygon" },
        { "broken GeoJSON", """{"type":"Polygon","coordinates":[[[-0.13,51.5],""", "not readable GeoJSON" },
        { "empty", "", "required" },
    };

    [Theory]
    [MemberData(nameof(BadPolygons))]
    public async Task Create_BadPolygon_400NamingPolygonAndProblemNothingWritten(string scenario, string polygon, string problem)
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 0);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));

        using var response = await manager.Client.PostAsJsonAsync("/api/geofences", GeofenceRequests.Polygon(polygon));

        var errors = await ProblemAssert.ValidationErrorsAsync(response);
        var message = Assert.Single(errors["polygon"]);
        Assert.StartsWith("polygon: ", message);
        Assert.True(message.Contains(problem, StringComparison.Ordinal), $"{scenario}: '{message}' does not say '{problem}'");
        Assert.Empty((await manager.Client.GetFromJsonAsync<JsonObject>("/api/geofences"))!["items"]!.AsArray());
    }

    public static TheoryData<string, JsonObject, string> BadFields => new()
    {
        { "radius below 10 m", GeofenceRequests.Circle(51.5, -0.12, 9.9), "circle.radiusMetres" },
        { "radius above 100 km", GeofenceRequests.Circle(51.5, -0.12, 100_001), "circle.radiusMetres" },
        { "centre latitude", GeofenceRequests.Circle(90.1, -0.12, 100), "circle.latitude" },
        { "centre longitude", GeofenceRequests.Circle(51.5, 180.1, 100), "circle.longitude" },
        { "no shape", new JsonObject { ["name"] = "Yard", ["type"] = "depot" }, "polygon" },
        { "both shapes", With(GeofenceRequests.Circle(51.5, -0.12, 100), "polygon", GeofenceRequests.SquareWkt), "polygon" },
        { "unknown type", With(GeofenceRequests.Circle(51.5, -0.12, 100), "type", "warehouse"), "type" },
        { "blank name", With(GeofenceRequests.Circle(51.5, -0.12, 100), "name", "  "), "name" },
        { "negative dwell", With(GeofenceRequests.Circle(51.5, -0.12, 100), "minDwellSeconds", -1), "minDwellSeconds" },
        { "speed limit 0", With(GeofenceRequests.Circle(51.5, -0.12, 100), "speedLimitKmh", 0), "speedLimitKmh" },
        { "speed limit above 200", With(GeofenceRequests.Circle(51.5, -0.12, 100), "speedLimitKmh", 201), "speedLimitKmh" },
        { "unknown day", With(GeofenceRequests.Circle(51.5, -0.12, 100), "schedule", new JsonObject { ["days"] = new JsonArray("mon", "funday"), ["start"] = "08:00", ["end"] = "18:00" }), "schedule.days" },
        { "bad end time", With(GeofenceRequests.Circle(51.5, -0.12, 100), "schedule", new JsonObject { ["days"] = new JsonArray("mon"), ["start"] = "08:00", ["end"] = "" }), "schedule.end" },
        { "bad time", With(GeofenceRequests.Circle(51.5, -0.12, 100), "schedule", new JsonObject { ["days"] = new JsonArray("mon"), ["start"] = "8am", ["end"] = "18:00" }), "schedule.start" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Create_BadField_400NamingTheField(string scenario, JsonObject body, string field)
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 0);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));

        using var response = await manager.Client.PostAsJsonAsync("/api/geofences", body);

        var errors = await ProblemAssert.ValidationErrorsAsync(response);
        Assert.True(errors.ContainsKey(field), $"{scenario}: errors name {string.Join(", ", errors.Keys)}, not {field}");
    }

    [Fact]
    public async Task Create_ThousandVerticesAsGeoJson_Created()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 0);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));

        var created = await GeofenceRequests.CreateAsync(manager.Client, GeofenceRequests.Polygon(ManyVertices(1_000)));

        Assert.Equal("polygon", created.GetProperty("shape").GetString());
    }

    /// <summary>A closed GeoJSON ring of <paramref name="count"/> distinct vertices on a circle (so it never self-intersects).</summary>
    private static string ManyVertices(int count)
    {
        var positions = Enumerable.Range(0, count + 1)
            .Select(i => 2 * Math.PI * (i % count) / count)
            .Select(angle => new JsonArray(Math.Round(-0.12 + 0.01 * Math.Cos(angle), 9), Math.Round(51.5 + 0.01 * Math.Sin(angle), 9)));
        return new JsonObject { ["type"] = "Polygon", ["coordinates"] = new JsonArray(new JsonArray([.. positions])) }.ToJsonString();
    }

    private static JsonObject With(JsonObject body, string field, JsonNode? value)
    {
        body[field] = value;
        return body;
    }
}
