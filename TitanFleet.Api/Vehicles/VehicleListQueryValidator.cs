using FluentValidation;
using TitanFleet.Api.Paging;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Vehicles;

public sealed class VehicleListQueryValidator : AbstractValidator<VehicleListQuery>
{
    public VehicleListQueryValidator()
    {
        RuleFor(q => q.Status).Must(s => VehicleRecordStatuses.All.Contains(s)).When(q => q.Status is not null)
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", VehicleRecordStatuses.All)}.");
        RuleFor(q => q.Type).Must(t => VehicleTypes.All.Contains(t)).When(q => q.Type is not null)
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", VehicleTypes.All)}.");
        RuleFor(q => q.Depot).PlainText(100);
        RuleFor(q => q.Registration).PlainText(16);
        RuleFor(q => q.Sort).Must(s => VehicleListSorts.ByName.ContainsKey(s!)).When(q => q.Sort is not null)
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", VehicleListSorts.ByName.Keys)}.");
        this.PageRules<VehicleListQuery, VehicleCursor>(
            (query, position) => query.Sort is null || !VehicleListSorts.ByName.TryGetValue(query.Sort, out var sort) || position.Sort == sort,
            "'{PropertyName}' is not a cursor this list issued with this sort.");
    }
}
