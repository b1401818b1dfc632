using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TitanFleet.Api.OpenApi;

/// <summary>
/// Tags group the operations in the UI and in generated clients; each gets a sentence saying what
/// the group is for. A tag not listed here keeps working, only without a description (the linter
/// warns about it): add a line when adding a resource.
/// </summary>
public sealed class TagDescriptionsDocumentFilter : IDocumentFilter
{
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        ["Auth"] = "Sign in and out with email and password; the session lives on the server and a cookie names it.",
        ["Audit log"] = "Every create, update and delete of the company's records, with the fields changed; PostgreSQL refuses to alter it.",
        ["Company"] = "The company's settings: name, time zone, display units, speed limits, reminders and the OsmAnd switch; which events notify whom.",
        ["Dashboard"] = "Settings the live map page reads at start.",
        ["Devices"] = "Phones and trackers of a vehicle: register (token shown once, Traccar Client set-up), list, revoke.",
        ["Files"] = "Photos and documents attached to records: upload (type sniffed from the bytes), list, download, delete.",
        ["Locations"] = "Position ingestion: our JSON (one or a batch) with a device token or a signed-in user, and the OsmAnd protocol.",
        ["Checks"] = "Walkaround checks: the item lists per vehicle type (built-in DVSA items plus the company's own) and the stored checks. The spec's inspections and shift checks are this one resource, /api/inspections.",
        ["Defects"] = "Defects raised by checks or reported on their own, worked along the status flow and signed off with rectifications; an open dangerous defect keeps its vehicle off road.",
        ["Shifts"] = "The signed-in driver's shift: start it on a checked, roadworthy vehicle, mark breaks and other work, read hours left, end it with the odometer.",
        ["Timesheets"] = "One entry per ended shift: times, odometers, distance, driving, other work and breaks; managers correct them.",
        ["Geofences"] = "Circles and polygons with enter and exit rules, a minimum stay and an optional schedule; who is inside now.",
        ["Notifications"] = "Your own notifications of the fleet events your company's rules send you: unread count, list, mark read; new ones arrive over the hub as NotificationRaised.",
        ["Reminders"] = "MOT, safety inspection, service, tax, insurance and tachograph dates or mileages that turn due soon, overdue and escalate by themselves; recurring ones roll forward when completed.",
        ["Users"] = "The company's people: roles, one-time set-up links, passwords, deactivation and driver profiles.",
        ["Vehicles"] = "The vehicle register (cursor pages, optimistic concurrency, retire instead of delete), live state and trails.",
        ["Probes"] = "Kubernetes probes: liveness, readiness and health; anonymous, details only for ops networks and admins.",
        ["Operations"] = "The Prometheus scrape, for the in-cluster scraper: ops networks and admins only.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var used = (document.Paths ?? [])
            .SelectMany(path => path.Value.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(tag => tag.Name)
            .OfType<string>();
        foreach (var name in used.Distinct())
            UnlistedEndpointsDocumentFilter.EnsureTag(document, name, Descriptions.GetValueOrDefault(name));
    }
}
