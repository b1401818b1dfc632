using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using TitanFleet.Api.Audit;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Company;
using TitanFleet.Api.Devices;
using TitanFleet.Api.Locations;
using TitanFleet.Api.Paging;
using TitanFleet.Api.Users;
using TitanFleet.Api.Vehicles;

namespace TitanFleet.Api.OpenApi;

/// <summary>Examples for request and response bodies, serialised from real instances so they keep the wire names.</summary>
public sealed class ExamplesSchemaFilter : ISchemaFilter
{
    private static readonly PositionInput Position = new(
        Guid.Parse("7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d2001"), new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero),
        51.5072, -0.1276, 48.5, 270, 5, 35, 120_450);

    private static readonly VehicleResponse Vehicle = new(
        Id: Guid.Parse("7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d2001"), Registration: "AB12CDE", Make: "Volvo", Model: "FH16", Year: 2022,
        Vin: "YV2RT40A5NB123456", Type: "hgv", Status: "active", MileageKm: 120_450, Depot: "Leeds",
        CreatedAt: new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero), UpdatedAt: new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero), Version: 3);

    private static readonly AuditLogEntryResponse AuditEntry = new(
        Id: 4812, UserId: Guid.Parse("7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d1001"), Action: "update", EntityType: "vehicle", EntityId: Vehicle.Id,
        Changes: JsonSerializer.SerializeToElement(new { depot = new { before = "Leeds", after = "York" } }),
        OccurredAt: Vehicle.UpdatedAt, RequestId: "4bf92f3577b34da6a3ce929d0e0e4736", ClientAddress: "203.0.113.7");

    private static readonly Dictionary<Type, object> Examples = new()
    {
        [typeof(CreateVehicleRequest)] = new CreateVehicleRequest(
            Registration: "AB12 CDE", Make: "Volvo", Model: "FH16", Year: 2022, Vin: "YV2RT40A5NB123456", Type: "hgv", Status: "active", MileageKm: 120_450, Depot: "Leeds"),
        [typeof(UpdateVehicleRequest)] = new UpdateVehicleRequest(
            Registration: "AB12 CDE", Make: "Volvo", Model: "FH16", Year: 2022, Vin: "YV2RT40A5NB123456", Type: "hgv", Status: "vor", MileageKm: 120_700, Depot: "Leeds", Version: 3),
        [typeof(VehicleResponse)] = Vehicle,
        [typeof(Page<VehicleResponse>)] = new Page<VehicleResponse>([Vehicle], "eyJzb3J0IjowLCJrZXkiOiJBQjEyQ0RFIn0"),
        [typeof(TrailPoint)] = new TrailPoint(
            FixTime: Position.Timestamp!.Value, Latitude: 51.5072, Longitude: -0.1276, SpeedKmh: 48.5, Heading: 270, AccuracyMetres: 5, AltitudeMetres: 35, OdometerMetres: 120_450_000),
        [typeof(AuditLogEntryResponse)] = AuditEntry,
        [typeof(Page<AuditLogEntryResponse>)] = new Page<AuditLogEntryResponse>([AuditEntry], "eyJiZWZvcmVJZCI6NDgxMn0"),
        [typeof(CreateUserRequest)] = new CreateUserRequest(
            Email: "sam.driver@example.co.uk", FullName: "Sam Driver", Username: "sam.driver", Phone: "+44 7700 900123", Role: "driver", Active: true, Password: null),
        [typeof(UpdateUserRequest)] = new UpdateUserRequest(
            Email: "sam.driver@example.co.uk", FullName: "Sam Driver", Username: "sam.driver", Phone: "+44 7700 900123", Role: "mechanic", Active: true, Version: 2),
        [typeof(SetPasswordRequest)] = new SetPasswordRequest("tfs_vX3n0k1Qm8yWZt5aLcB2dE7fG9hJ4kLm6nP0qR1sT3u", "correct-Horse-battery-9"),
        [typeof(DriverProfileRequest)] = new DriverProfileRequest(
            LicenceNumber: "MORGA753116SM9IJ", LicenceCategories: ["B", "C", "CE"], LicenceExpiry: new DateOnly(2031, 4, 30), CpcExpiry: new DateOnly(2027, 9, 1), Version: 1),
        [typeof(RegisterDeviceRequest)] = new RegisterDeviceRequest(Name: "Sam's phone", Kind: "phone", UniqueId: null),
        [typeof(UpdateCompanyRequest)] = new UpdateCompanyRequest(
            Name: "Pennine Haulage Ltd", TimeZone: "Europe/London", DisplayUnits: "mph_miles",
            SpeedLimitsKmh: new Dictionary<string, int> { ["hgv"] = 90, ["psv"] = 100, ["van"] = 112, ["car"] = 112 },
            WalkaroundCheckDueAt: "07:00", ReminderDueSoonDays: 14, OsmAndEnabled: false, Version: 4),
        [typeof(CompanyResponse)] = new CompanyResponse(
            Id: Guid.Parse("7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d0001"), Name: "Pennine Haulage Ltd", TimeZone: "Europe/London", DisplayUnits: "mph_miles",
            SpeedLimitsKmh: new Dictionary<string, int> { ["hgv"] = 90, ["psv"] = 100, ["van"] = 112, ["car"] = 112 },
            WalkaroundCheckDueAt: "07:00", ReminderDueSoonDays: 14, OsmAndEnabled: true,
            CreatedAt: new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero), UpdatedAt: Vehicle.UpdatedAt, Version: 4),
        [typeof(LoginRequest)] = new LoginRequest("manager@demo.titanfleet.test", "correct horse battery staple"),
        [typeof(PositionInput)] = Position,
        [typeof(PositionBatchInput)] = new PositionBatchInput([Position, Position with { Timestamp = Position.Timestamp!.Value.AddSeconds(5), Latitude = 51.5074 }]),
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && Examples.TryGetValue(context.Type, out var example))
            concrete.Examples = [JsonSerializer.SerializeToNode(example, example.GetType(), JsonSerializerOptions.Web)!];
    }
}
