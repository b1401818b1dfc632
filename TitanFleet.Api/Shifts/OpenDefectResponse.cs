using TitanFleet.Grains.Shifts;

namespace TitanFleet.Api.Shifts;

/// <summary>An open dangerous defect, as a refused shift start lists it in the problem's <c>openDangerousDefects</c>.</summary>
public sealed record OpenDefectResponse(Guid Id, string Category, string Description)
{
    public static OpenDefectResponse From(OpenDefect defect) => new(defect.Id, defect.Category, defect.Description);
}
