using FluentValidation;
using TitanFleet.Api.Paging;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Geofences;

namespace TitanFleet.Api.Geofences;

public sealed class GeofenceListQueryValidator : AbstractValidator<GeofenceListQuery>
{
    public GeofenceListQueryValidator()
    {
        RuleFor(q => q.Type).Must(t => GeofenceTypes.All.Contains(t)).When(q => q.Type is not null)
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", GeofenceTypes.All)}.");
        RuleFor(q => q.Name).PlainText(GeofenceFieldsValidator.MaxNameLength);
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursors.MaxLimit).When(q => q.Limit is not null);
        RuleFor(q => q.Cursor).Must(cursor => Cursors.TryDecode<GeofenceCursor>(cursor, out _)).When(q => q.Cursor is not null)
            .WithMessage("'{PropertyName}' is not a cursor this list issued.");
    }
}
