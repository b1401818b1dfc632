using System.Globalization;

namespace TitanFleet.Api.OsmAnd;

/// <summary>Timestamps as OsmAnd-protocol clients send them: Unix seconds or milliseconds, ISO 8601, or "yyyy-MM-dd HH:mm:ss" (UTC).</summary>
public static class OsmAndTimestamp
{
    // Unix seconds stay below this until the year 5138; milliseconds are above it from 1973 on.
    private const long MillisecondsThreshold = 100_000_000_000;

    public static bool TryParse(string? text, out DateTimeOffset timestamp)
    {
        timestamp = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            if (!double.IsFinite(number) || number < 0) return false;
            var milliseconds = number >= MillisecondsThreshold ? number : number * 1000;
            if (milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()) return false;
            timestamp = DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds);
            return true;
        }
        if (DateTimeOffset.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out timestamp))
            return true;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out timestamp);
    }
}
