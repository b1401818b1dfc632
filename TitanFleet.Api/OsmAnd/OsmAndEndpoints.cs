using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TitanFleet.Api.Devices;
using TitanFleet.Api.Locations;
using TitanFleet.Api.Problems;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Api.OsmAnd;

/// <summary>
/// The OsmAnd protocol, so the free Traccar Client and OsmAnd apps work unchanged: point the app at
/// <c>http(s)://host/api/osmand</c> and set its device id to a registered device's unique id.
/// Like Traccar's own server it knows a device by that id alone; it shares validation and the
/// ingestion path with the JSON API.
/// </summary>
public static class OsmAndEndpoints
{
    public const string Path = "/api/osmand";

    public static IEndpointRouteBuilder MapOsmAndApi(this IEndpointRouteBuilder endpoints, IngestionOptions limits)
    {
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], HandleAsync)
            .WithName("OsmAndLocation").WithTags("Locations")
            .WithSummary("OsmAnd / Traccar Client protocol: query string, form body or Traccar JSON body")
            .Accepts<TraccarJsonBody>("application/json", "application/x-www-form-urlencoded")
            .AllowAnonymous()
            .WithMetadata(new RequestSizeLimitAttribute(limits.MaxSingleBodyBytes));
        return endpoints;
    }

    private static async Task<Results<Ok, ValidationProblem>> HandleAsync(
        HttpRequest request, IDeviceStore devices, PositionIngestion ingestion, LocationIngestor ingestor, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var fix = await ReadFixAsync(request, errors, cancellationToken);
        if (fix is null || errors.Count > 0) return TypedResults.ValidationProblem(errors);

        if (string.IsNullOrWhiteSpace(fix.DeviceUniqueId))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["Device id is required."] });
        var device = await devices.FindByUniqueIdAsync(fix.DeviceUniqueId.Trim(), cancellationToken);
        if (device is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["Unknown device."] });

        var input = new PositionInput(device.VehicleId, fix.Timestamp, fix.Latitude, fix.Longitude, fix.SpeedKmh, fix.Heading, fix.Accuracy, fix.Altitude, fix.Odometer);
        var author = new PositionAuthor(device.CompanyId, device.Id, device.VehicleId);
        var (reports, validation) = await ingestion.PrepareAsync([input], author, indexed: false, cancellationToken);
        if (validation.Count > 0) return TypedResults.ValidationProblem(validation);
        await ingestor.IngestAsync(reports, cancellationToken);
        return TypedResults.Ok();
    }

    private static async Task<OsmAndFix?> ReadFixAsync(HttpRequest request, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (request.HasJsonContentType())
        {
            TraccarJsonBody? body;
            try
            {
                body = await request.ReadFromJsonAsync<TraccarJsonBody>(cancellationToken);
            }
            catch (JsonException exception)
            {
                errors[JsonErrorPath.ToField(exception.Path)] = ["Malformed JSON."];
                return null;
            }
            if (body is null)
            {
                errors["body"] = ["A JSON body is required."];
                return null;
            }
            return TraccarJsonMapper.ToFix(body, errors);
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
        string? Get(string name)
        {
            if (request.Query.TryGetValue(name, out var fromQuery) && !string.IsNullOrEmpty(fromQuery)) return fromQuery.ToString();
            return form is not null && form.TryGetValue(name, out var fromForm) && !string.IsNullOrEmpty(fromForm) ? fromForm.ToString() : null;
        }
        return OsmAndQueryParser.Parse(Get, errors);
    }
}
