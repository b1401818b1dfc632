namespace TitanFleet.Api.Shifts;

/// <summary>Bounds the shift requests share.</summary>
public static class ShiftRules
{
    /// <summary>Ten million km: above any real odometer, below an integer overflow.</summary>
    public const int MaxOdometerKm = 10_000_000;
}
