using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TitanFleet.Api.Locations;
using TitanFleet.Api.Problems;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Api.OsmAnd;

/// <summary>
/// The OsmAnd protocol, so the free Traccar Client and OsmAnd apps work unchanged: point the app at
/// <c>http(s)://host/api/osmand</c> and set its device id to a registered device's unique id.
/// Like Traccar's own server it knows a device by that id alone; it shares validation and the
/// ingestion path with the JSON API. The id is the only credential, so an unknown id answers like
/// any other bad request, the fix is checked before the id is looked up (a bad fix answers the same
/// whoever sends it), and unknown-id attempts are limited per client address.
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
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithMetadata(new RequestSizeLimitAttribute(limits.MaxSingleBodyBytes));
        return endpoints;
    }

    private static async Task<Results<Ok, ValidationProblem, ProblemHttpResult>> HandleAsync(
        HttpContext context, OsmAndDevices devices, PositionIngestion ingestion, LocationIngestor ingestor,
        DeviceFixRateLimiter fixRate, UnknownDeviceRateLimiter unknownDevices, TimeProvider time, CancellationToken cancellationToken)
    {
        var address = context.Connection.RemoteIpAddress ?? IPAddress.None;
        using (var allowed = unknownDevices.Check(address))
        {
            if (!allowed.IsAcquired) return IngestionProblems.TooManyRequests(context, allowed, "Too many requests with an unknown device id from this address.");
        }

        var errors = new Dictionary<string, string[]>();
        var fix = await ReadFixAsync(context.Request, errors, cancellationToken);
        if (fix is null || errors.Count > 0) return TypedResults.ValidationProblem(errors);

        // Traccar's own server takes a fix without a timestamp as "now"; some phone apps send none.
        var input = new PositionInput(null, fix.Timestamp ?? time.GetUtcNow(), fix.Latitude, fix.Longitude, fix.SpeedKmh, fix.Heading, fix.Accuracy, fix.Altitude, fix.Odometer);
        PositionValidator.Validate(input, "", ingestion.Limits, time.GetUtcNow(), errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var device = OsmAndDeviceId.Normalise(fix.DeviceUniqueId) is { } id ? await devices.FindAsync(id, cancellationToken) : null;
        if (device is null) return UnknownDevice(context, unknownDevices, address);

        using (var lease = fixRate.Acquire(device.Id))
        {
            if (!lease.IsAcquired) return IngestionProblems.TooManyRequests(context, lease, "This device is sending faster than its allowed fix rate. Nothing was stored.");
        }
        var author = new PositionAuthor(device.CompanyId, device.Id, device.VehicleId);
        var (reports, validation) = await ingestion.PrepareAsync([input with { VehicleId = device.VehicleId }], author, indexed: false, cancellationToken);
        // The fix itself passed above, so what is left is the device's vehicle: gone is as unknown.
        if (validation.Count > 0) return UnknownDevice(context, unknownDevices, address);
        try
        {
            await ingestor.IngestAsync(reports, cancellationToken);
        }
        catch (FixConflictException)
        {
            return IngestionProblems.FixConflict();
        }
        catch (EventQueueFullException)
        {
            return IngestionProblems.EventsBehind(context);
        }
        catch (PositionRefusedException refused)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["timestamp"] = [refused.Message] });
        }
        return TypedResults.Ok();
    }

    /// <summary>The same answer for a missing, malformed, unregistered or switched-off id.</summary>
    private static Results<Ok, ValidationProblem, ProblemHttpResult> UnknownDevice(HttpContext context, UnknownDeviceRateLimiter unknownDevices, IPAddress address)
    {
        using var counted = unknownDevices.CountUnknown(address);
        if (!counted.IsAcquired) return IngestionProblems.TooManyRequests(context, counted, "Too many requests with an unknown device id from this address.");
        return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["Device id is missing or not registered."] });
    }

    private static async Task<OsmAndFix?> ReadFixAsync(HttpRequest request, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (request.HasJsonContentType())
        {
            if (RequestCharset.FindUnknown(request) is { } charset)
            {
                errors["Content-Type"] = [$"Unknown charset '{charset}'."];
                return null;
            }
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

        IFormCollection? form = null;
        if (request.HasFormContentType)
        {
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (InvalidDataException)
            {
                errors["body"] = [MalformedBodyExceptionHandler.FormTooLarge];
                return null;
            }
        }
        string? Get(string name)
        {
            if (request.Query.TryGetValue(name, out var fromQuery) && !string.IsNullOrEmpty(fromQuery)) return fromQuery.ToString();
            return form is not null && form.TryGetValue(name, out var fromForm) && !string.IsNullOrEmpty(fromForm) ? fromForm.ToString() : null;
        }
        return OsmAndQueryParser.Parse(Get, errors);
    }
}
