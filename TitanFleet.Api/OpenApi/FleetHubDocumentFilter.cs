using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using TitanFleet.Api.Hubs;
using TitanFleet.Grains.Dashboard;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.OpenApi;

/// <summary>
/// The SignalR hub is not HTTP request/response, so OpenAPI has no operation for it: its contract is
/// a tag description, and its payload type is a component schema a client can generate code from.
/// </summary>
public sealed class FleetHubDocumentFilter : IDocumentFilter
{
    public const string Tag = "Live map (SignalR)";

    public static readonly string Contract = $"""
        Dashboards connect to the SignalR hub at `{FleetHub.Path}` (WebSockets, Server-Sent Events or long polling;
        JSON protocol, camelCase, enums as strings), signed in with the `{Auth.AuthServiceCollectionExtensions.CookieName}` cookie
        as an admin, manager or mechanic. Each connection sees only its own company's vehicles.

        | direction | method | payload |
        | --- | --- | --- |
        | client → server | `GetSnapshot()` | returns `VehicleSnapshot[]`: every vehicle of the company with its live state |
        | server → client | `VehiclesUpdated(VehicleSnapshot[] vehicles)` | at most one entry per vehicle per push interval (250 ms) |
        | server → client | `EventRaised(FleetEvent fleetEvent)` | one fleet event of the company (shift started, defect raised, vehicle off road...), each once, in the order raised, as `GET /api/events` lists it |
        | server → client | `StatsChanged(DashboardStats stats)` | the company's header figures after a change, as `GET /api/dashboard/stats` returns them: at most one a second per company, the latest figures when it goes |
        | server → client | `NotificationRaised(NotificationResponse notification)` | a new notification of the connection's own user only, as `GET /api/notifications` lists it |

        `VehicleSnapshot`, `FleetEvent`, `DashboardStats` and `NotificationResponse` are defined under components/schemas.
        """;

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        context.SchemaGenerator.GenerateSchema(typeof(VehicleSnapshot), context.SchemaRepository);
        context.SchemaGenerator.GenerateSchema(typeof(FleetEvent), context.SchemaRepository);
        context.SchemaGenerator.GenerateSchema(typeof(DashboardStats), context.SchemaRepository);
        context.SchemaGenerator.GenerateSchema(typeof(Notifications.NotificationResponse), context.SchemaRepository);
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var (id, schema) in context.SchemaRepository.Schemas) document.Components.Schemas.TryAdd(id, schema);
        UnlistedEndpointsDocumentFilter.EnsureTag(document, Tag, Contract);
    }
}
