using FluentValidation;
using TitanFleet.Api.Validation;
using TitanFleet.Api.Vehicles;
using TitanFleet.Grains.Checks;

namespace TitanFleet.Api.Inspections;

/// <summary>
/// The shape of a check. Whether the results match the vehicle type's list, and whether the photos
/// are the vehicle's, needs the database: the store checks that and names the same fields
/// ("results.&lt;code&gt;", "results.&lt;code&gt;.photoFileIds").
/// </summary>
public sealed class SubmitInspectionRequestValidator : AbstractValidator<SubmitInspectionRequest>
{
    public const int MaxResults = 200;
    public const int MaxPhotosPerItem = 10;
    public const int MaxNoteLength = 1000;

    public SubmitInspectionRequestValidator()
    {
        RuleFor(r => r.VehicleId).NotEmpty();
        RuleFor(r => r.OdometerKm).NotNull().InclusiveBetween(0, VehicleFieldsValidator.MaxMileageKm);
        RuleFor(r => r.FuelLevelPercent).NotNull().InclusiveBetween(0, 100);
        RuleFor(r => r.Results).NotEmpty().Must(results => results!.Count <= MaxResults)
            .WithMessage($"'{{PropertyName}}' must have at most {MaxResults} items.");
        RuleFor(r => r.Results).Custom((results, context) =>
        {
            if (results is null) return;
            for (var index = 0; index < results.Count; index++)
            {
                foreach (var (field, message) in Problems(results[index], index)) context.AddFailure(field, message);
            }
        });
    }

    private static IEnumerable<(string Field, string Message)> Problems(CheckResultRequest? result, int index)
    {
        if (result is null || !CheckItemCodes.IsValid(result.ItemCode))
        {
            yield return ($"results[{index}].itemCode", "'itemCode' must be the code of an item of the vehicle type's check list.");
            yield break;
        }
        var field = InspectionItemRules.Field(result.ItemCode!);
        if (!CheckOutcomes.All.Contains(result.Result))
            yield return ($"{field}.result", $"'result' must be one of: {string.Join(", ", CheckOutcomes.All)}.");
        if (result.Result == CheckOutcomes.Fail && string.IsNullOrWhiteSpace(result.Note))
            yield return ($"{field}.note", "A failed item needs a note saying what is wrong.");
        if (result.Note is { } note && (note.Length > MaxNoteLength || note.Any(char.IsControl)))
            yield return ($"{field}.note", $"'note' must be at most {MaxNoteLength} characters without control characters.");
        if (result.Severity is not null && !CheckSeverities.All.Contains(result.Severity))
            yield return ($"{field}.severity", $"'severity' must be one of: {string.Join(", ", CheckSeverities.All)}.");
        else if (result.Severity is not null && result.Result != CheckOutcomes.Fail)
            yield return ($"{field}.severity", "Only a failed item has a severity.");
        if (result.PhotoFileIds is { } photos && (photos.Count > MaxPhotosPerItem || photos.Contains(Guid.Empty)))
            yield return ($"{field}.photoFileIds", $"'photoFileIds' must be at most {MaxPhotosPerItem} file ids.");
    }
}
