using FluentValidation;

namespace TitanFleet.Api.Geofences;

public sealed class UpdateGeofenceRequestValidator : AbstractValidator<UpdateGeofenceRequest>
{
    public UpdateGeofenceRequestValidator(GeofenceFieldsValidator fields)
    {
        Include(fields);
        RuleFor(g => g.Version).NotNull().GreaterThanOrEqualTo(1);
    }
}
