using System.Text.Json;
using System.Text.Json.Nodes;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using TitanFleet.Api.Audit;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Company;
using TitanFleet.Api.Devices;
using TitanFleet.Api.Files;
using TitanFleet.Api.Locations;
using TitanFleet.Api.Paging;
using TitanFleet.Api.Users;
using TitanFleet.Api.Vehicles;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.OpenApi;

/// <summary>Examples for request and response bodies, serialised from real instances with the API's own JSON options, so they keep the wire names and enum spellings.</summary>
public sealed class ExamplesSchemaFilter(IOptions<HttpJsonOptions> json) : ISchemaFilter
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

    private static readonly DeviceResponse Device = new(
        Id: Guid.Parse("7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d3001"), VehicleId: Vehicle.Id, Name: "Sam's phone", Kind: "phone",
        UniqueId: "k3v9q2m7x4b8n1c6d5f0", CreatedAt: Vehicle.CreatedAt, RevokedAt: null);

    private static readonly DriverProfileResponse DriverProfile = new(
        LicenceNumber: "MORGA753116SM9IJ", LicenceCategories: ["B", "C", "CE"], LicenceExpiry: new DateOnly(2031, 4, 30), CpcExpiry: new DateOnly(2027, 9, 1),
        UpdatedAt: Vehicle.UpdatedAt, Version: 1);

    private static readonly UserResponse User = new(
        Id: Guid.Parse("7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d1002"), Email: "sam.driver@example.co.uk", FullName: "Sam Driver", Username: "sam.driver",
        Phone: "+44 7700 900123", Role: "driver", Active: true, HasPassword: true, DriverProfile: DriverProfile,
        CreatedAt: Vehicle.CreatedAt, UpdatedAt: Vehicle.UpdatedAt, Version: 2);

    private static readonly SetupLinkResponse SetupLink = new("tfs_vX3n0k1Qm8yWZt5aLcB2dE7fG9hJ4kLm6nP0qR1sT3u", new DateTimeOffset(2025, 3, 17, 9, 26, 53, TimeSpan.Zero));

    private static readonly FileResponse File = new(
        Id: Guid.Parse("7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d4001"), EntityType: "vehicle", EntityId: Vehicle.Id, FileName: "v5c-logbook.pdf",
        ContentType: "application/pdf", SizeBytes: 184_320, Sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        UploadedBy: AuditEntry.UserId!.Value, CreatedAt: Vehicle.UpdatedAt, ExpiresAt: null);

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
            WalkaroundCheckDueAt: "07:00", ReminderDueSoonDays: 14, OsmAndEnabled: false, Version: 4, OverspeedMinDurationSeconds: 30),
        [typeof(CompanyResponse)] = new CompanyResponse(
            Id: Guid.Parse("7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d0001"), Name: "Pennine Haulage Ltd", TimeZone: "Europe/London", DisplayUnits: "mph_miles",
            SpeedLimitsKmh: new Dictionary<string, int> { ["hgv"] = 90, ["psv"] = 100, ["van"] = 112, ["car"] = 112 },
            WalkaroundCheckDueAt: "07:00", ReminderDueSoonDays: 14, OsmAndEnabled: true,
            CreatedAt: new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero), UpdatedAt: Vehicle.UpdatedAt, Version: 4, OverspeedMinDurationSeconds: 30),
        [typeof(CurrentUser)] = new CurrentUser(
            Id: AuditEntry.UserId!.Value, Email: "manager@demo.titanfleet.test", DisplayName: "Morgan Manager", Role: "manager",
            CompanyId: Guid.Parse("7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d0001"), CompanyName: "Pennine Haulage Ltd"),
        [typeof(DeviceResponse)] = Device,
        [typeof(DeviceRegisteredResponse)] = new DeviceRegisteredResponse(
            Device, "tfd_7f3c2a100d5e4b7a9a612f4b8c1d3001_Qm8yWZt5aLcB2dE7fG9hJ4kLm6nP0qR1", new TraccarClientSetup("https://api.titanfleet.example/api/osmand", Device.UniqueId)),
        [typeof(UserResponse)] = User,
        [typeof(UserCreatedResponse)] = new UserCreatedResponse(User with { HasPassword = false, DriverProfile = null, Version = 1 }, SetupLink),
        [typeof(SetupLinkResponse)] = SetupLink,
        [typeof(DriverProfileResponse)] = DriverProfile,
        [typeof(FileResponse)] = File,
        [typeof(IngestResult)] = new IngestResult(1),
        [typeof(VehicleSnapshot)] = new VehicleSnapshot(
            VehicleId: Vehicle.Id, CompanyId: Guid.Parse("7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d0001"), Registration: Vehicle.Registration, Status: VehicleStatus.Moving,
            Latitude: 51.5072, Longitude: -0.1276, SpeedKmh: 48.5, Heading: 270, AccuracyMetres: 5, AltitudeMetres: 35, FixTime: Vehicle.UpdatedAt,
            OdometerMetres: 120_450_000, DriverName: "Sam Driver", LastSeen: Vehicle.UpdatedAt, Type: Vehicle.Type, RecordStatus: Vehicle.Status),
        [typeof(ProblemDetails)] = new ProblemDetails
        {
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
            Title = "Not Found",
            Status = 404,
            Instance = "/api/vehicles/7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d2001",
        },
        [typeof(HttpValidationProblemDetails)] = new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["registration"] = ["Registration is not a valid UK registration."] })
        {
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            Title = "One or more validation errors occurred.",
            Status = 400,
        },
        [typeof(LoginRequest)] = new LoginRequest("manager@demo.titanfleet.test", "correct horse battery staple"),
        [typeof(PositionInput)] = Position,
        [typeof(PositionBatchInput)] = new PositionBatchInput([Position, Position with { Timestamp = Position.Timestamp!.Value.AddSeconds(5), Latitude = 51.5074 }]),
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && Examples.TryGetValue(context.Type, out var example))
            concrete.Examples = [JsonSerializer.SerializeToNode(example, example.GetType(), json.Value.SerializerOptions)!];
    }
}
