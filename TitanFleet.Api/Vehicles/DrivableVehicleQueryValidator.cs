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
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursors.MaxLimit).When(q => q.Limit is not null);
        RuleFor(q => q.Cursor)
            .Must(cursor => Cursors.TryDecode<VehicleCursor>(cursor, out var position) && position.Sort == VehicleSort.RegistrationAscending)
            .When(q => q.Cursor is not null)
            .WithMessage("'{PropertyName}' is not a cursor this list issued.");
    }
}
