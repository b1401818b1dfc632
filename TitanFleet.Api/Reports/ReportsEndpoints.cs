using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Reports;

namespace TitanFleet.Api.Reports;

/// <summary>
/// The fleet reports (issue 13), over company-local days from daily rollups and indexed lookups, never raw
/// history. Compliance is read by admins, managers and mechanics (mechanics keep the vehicles roadworthy and
/// answer for defects and inspections); utilisation and driver performance by admins and managers. A vehicle
/// or driver filter naming another company's record answers 404 like a missing one. Any other report name is
/// no route, so 404 as well.
/// </summary>
public static class ReportsEndpoints
{
    private const string Formats = "JSON by default; format=csv (or Accept: text/csv) downloads CSV. Both stream row by row. "
        + "from and to are dates in the company's time zone, both inclusive, at most 366 days apart.";

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/api/reports").WithTags("Reports");
        reports.MapGet("/compliance", ComplianceAsync).Validate<VehicleReportQuery>().RequireAuthorization(Policies.FleetViewer)
            .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: ReportFormats.CsvMediaType)
            .WithName("ComplianceReport").WithSummary("DVSA compliance per vehicle and day")
            .WithDescription("Per vehicle and day: first use (first fix) and first walkaround check, whether the check came before first use, "
                + "nil-defect and defect reports, defects still open at the day's end by severity and the oldest one's age, "
                + "whether the vehicle was off road (VOR) at any time that day, and the safety inspection, MOT, tax, insurance and "
                + "tachograph reminders due soon or overdue on it (by due date, and by due mileage against the vehicle's current odometer). Filters: vehicleId, depot, driverId (the vehicles the driver had a shift on in the range; their rows stay whole). " + Formats);
        reports.MapGet("/utilisation", UtilisationAsync).Validate<UtilisationReportQuery>().RequireAuthorization(Policies.FleetManager)
            .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: ReportFormats.CsvMediaType)
            .WithName("UtilisationReport").WithSummary("Fleet utilisation per vehicle (or per vehicle and day), with fleet totals")
            .WithDescription("By default one row per vehicle in service during the range, by registration: distance, hours moving and idle, "
                + "days used (it moved) and days available (not VOR or retired at any time of the day, or it moved anyway), and its "
                + "utilisation percentage (days used over days available), then its highest speed (km/h), overspeed events, geofence visits, "
                + "and its first and last fix (time, latitude, longitude; null without fixes). groupBy=day gives one row per vehicle and day instead, by day "
                + "then registration, with used and available as booleans (30 days of 1,000 vehicles is 30,000 rows: ask for it as CSV). "
                + "Totals: the fleet's sums, highest speed and days used over days available, the same in both groupings. Filters: vehicleId, depot, driverId (the vehicles the driver had a shift on in the range; their rows stay whole). " + Formats);
        reports.MapGet("/drivers", DriversAsync).Validate<DriverReportQuery>().RequireAuthorization(Policies.FleetManager)
            .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: ReportFormats.CsvMediaType)
            .WithName("DriverReport").WithSummary("Driver performance per driver")
            .WithDescription("Per driver: completed shifts and those with the driver's own walkaround check of the vehicle in the 24 h "
                + "before the start (completion rate), distance and hours driven, overspeed events (and per 100 km), drivers'-hours breaches, "
                + "geofence visits, and from their vehicles' fixes during their shifts: GPS distance, hours moving and idle, the highest speed, "
                + "and the first and last fix of the range (time, latitude, longitude; speed and fixes null when none was recorded). "
                + "Filters: driverId, or depot (the drivers with a shift in the range on one of that depot's vehicles; their figures "
                + "are all of their driving in the range). " + Formats);
        return endpoints;
    }

    private static async Task<Results<ReportResult<ComplianceRow>, NotFound>> ComplianceAsync(
        [AsParameters] VehicleReportQuery query, HttpRequest request, ClaimsPrincipal principal, PostgresReportStore store, CancellationToken cancellationToken)
    {
        var companyId = principal.GetCompanyId();
        if (query.VehicleId is { } vehicleId && !await store.VehicleInCompanyAsync(companyId, vehicleId, cancellationToken)) return TypedResults.NotFound();
        var range = Range(query);
        if (query.DriverId is { } driverId && !await store.DriverInCompanyAsync(companyId, driverId, cancellationToken)) return TypedResults.NotFound();
        var filter = new VehicleReportFilter(query.VehicleId, query.Depot, query.DriverId);
        return new ReportResult<ComplianceRow>(ReportLayouts.Compliance, range, ReportFormats.WantsCsv(query.Format, request),
            token => store.ComplianceAsync(companyId, range, filter, token));
    }

    private static async Task<Results<ReportResult<VehicleUtilisationRow>, ReportResult<UtilisationRow>, NotFound>> UtilisationAsync(
        [AsParameters] UtilisationReportQuery query, HttpRequest request, ClaimsPrincipal principal, PostgresReportStore store, CancellationToken cancellationToken)
    {
        var companyId = principal.GetCompanyId();
        if (query.VehicleId is { } vehicleId && !await store.VehicleInCompanyAsync(companyId, vehicleId, cancellationToken)) return TypedResults.NotFound();
        var range = Range(query);
        if (query.DriverId is { } driverId && !await store.DriverInCompanyAsync(companyId, driverId, cancellationToken)) return TypedResults.NotFound();
        var filter = new VehicleReportFilter(query.VehicleId, query.Depot, query.DriverId);
        var csv = ReportFormats.WantsCsv(query.Format, request);
        if (UtilisationGroupings.ByDay(query.GroupBy))
            return new ReportResult<UtilisationRow>(ReportLayouts.Utilisation, range, csv, token => store.UtilisationByDayAsync(companyId, range, filter, token));
        return new ReportResult<VehicleUtilisationRow>(ReportLayouts.UtilisationByVehicle, range, csv,
            token => store.UtilisationByVehicleAsync(companyId, range, filter, token));
    }

    private static async Task<Results<ReportResult<DriverReportRow>, NotFound>> DriversAsync(
        [AsParameters] DriverReportQuery query, HttpRequest request, ClaimsPrincipal principal, PostgresReportStore store, CancellationToken cancellationToken)
    {
        var companyId = principal.GetCompanyId();
        if (query.DriverId is { } driverId && !await store.DriverInCompanyAsync(companyId, driverId, cancellationToken)) return TypedResults.NotFound();
        var range = Range(query);
        return new ReportResult<DriverReportRow>(ReportLayouts.Drivers, range, ReportFormats.WantsCsv(query.Format, request),
            token => store.DriversAsync(companyId, range, new DriverReportFilter(query.DriverId, query.Depot), token));
    }

    // The validator has run: both dates are present and in order.
    private static ReportRange Range(IReportQuery query) => new(query.From!.Value, query.To!.Value);
}
