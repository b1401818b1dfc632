using FluentValidation;
using TitanFleet.Api.Paging;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Vehicles;

public sealed class DrivableVehicleQueryValidator : AbstractValidator<DrivableVehicleQuery>
{
    public DrivableVehicleQueryValidator()
    {
        RuleFor(q => q.Registration).PlainText(16);
        this.PageRules<DrivableVehicleQuery, VehicleCursor>((_, position) => position.Sort == VehicleSort.RegistrationAscending);
    }
}
