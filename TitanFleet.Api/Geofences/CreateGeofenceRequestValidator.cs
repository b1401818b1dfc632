using FluentValidation;

namespace TitanFleet.Api.Geofences;

public sealed class CreateGeofenceRequestValidator : AbstractValidator<CreateGeofenceRequest>
{
    public CreateGeofenceRequestValidator(GeofenceFieldsValidator fields) => Include(fields);
}
