using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Api.Locations;

/// <summary>The shared <see cref="PositionRules"/> applied to one input; errors are keyed by field (with the batch index prefix).</summary>
public static class PositionValidator
{
    public static void Validate(PositionInput input, string prefix, PositionLimits limits, DateTimeOffset now, IDictionary<string, string[]> errors)
    {
        void Add(string field, string? error)
        {
            if (error is not null) errors[prefix + field] = [error];
        }
        Add("latitude", PositionRules.CheckRange(input.Latitude, PositionRules.Latitude, required: true));
        Add("longitude", PositionRules.CheckRange(input.Longitude, PositionRules.Longitude, required: true));
        Add("speed", PositionRules.CheckRange(input.Speed, PositionRules.Speed(limits), required: false));
        Add("heading", PositionRules.CheckRange(input.Heading, PositionRules.Heading, required: false));
        Add("accuracy", PositionRules.CheckRange(input.Accuracy, PositionRules.Accuracy, required: false));
        Add("altitude", PositionRules.CheckRange(input.Altitude, PositionRules.Altitude, required: false));
        Add("odometer", PositionRules.CheckRange(input.Odometer, PositionRules.Odometer, required: false));
        Add("timestamp", PositionRules.CheckTimestamp(input.Timestamp, limits, now));
    }
}
