using FluentValidation;

namespace TitanFleet.Api.Geofences;

public sealed class DeleteGeofenceQueryValidator : AbstractValidator<DeleteGeofenceQuery>
{
    public DeleteGeofenceQueryValidator() => RuleFor(q => q.Version).NotNull().GreaterThanOrEqualTo(1);
}
