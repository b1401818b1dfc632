using Microsoft.Extensions.Options;
using TitanFleet.Grains.Telemetry;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Locations;

/// <summary>
/// Validates positions for an author and turns them into reports. A request is all-or-nothing:
/// any bad item rejects the whole request and nothing is written.
/// </summary>
public sealed class PositionIngestion(IVehicleDirectory vehicles, IOptions<IngestionOptions> options, IOptions<PositionLimits> limits, TimeProvider time)
{
    public IngestionOptions Options => options.Value;

    public PositionLimits Limits => limits.Value;

    public async Task<(PositionReport[] Reports, Dictionary<string, string[]> Errors)> PrepareAsync(
        IReadOnlyList<PositionInput> inputs, PositionAuthor author, bool indexed, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var reports = new PositionReport[inputs.Count];
        var now = time.GetUtcNow();
        for (var i = 0; i < inputs.Count; i++)
        {
            var prefix = indexed ? $"positions[{i}]." : "";
            var input = inputs[i];
            if (input is null)
            {
                errors[prefix.TrimEnd('.')] = ["Position is required."];
                continue;
            }
            var before = errors.Count;
            PositionValidator.Validate(input, prefix, limits.Value, now, errors);
            var vehicleId = await ResolveVehicleAsync(input.VehicleId, author, prefix, errors, cancellationToken);
            if (errors.Count > before || vehicleId is null) continue;
            reports[i] = new PositionReport(vehicleId.Value, author.CompanyId, author.SourceId, input.Timestamp!.Value.ToUniversalTime(),
                input.Latitude!.Value, input.Longitude!.Value, input.Speed, input.Heading, input.Accuracy, input.Altitude, input.Odometer);
        }
        return (reports, errors);
    }

    private async Task<Guid?> ResolveVehicleAsync(Guid? requested, PositionAuthor author, string prefix, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var field = prefix + "vehicleId";
        var vehicleId = requested ?? author.BoundVehicleId;
        if (vehicleId is null)
        {
            errors[field] = ["Vehicle id is required."];
            return null;
        }
        if (author.BoundVehicleId is { } bound && bound != vehicleId)
        {
            errors[field] = ["This device is bound to another vehicle."];
            return null;
        }
        var profile = await vehicles.FindAsync(vehicleId.Value, cancellationToken);
        if (profile is null || profile.CompanyId != author.CompanyId)
        {
            // Same answer for "no such vehicle" and "another company's vehicle": existence is not revealed.
            errors[field] = ["Unknown vehicle."];
            return null;
        }
        return vehicleId;
    }
}
