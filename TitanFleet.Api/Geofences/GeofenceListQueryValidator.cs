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
        this.PageRules<GeofenceListQuery, GeofenceCursor>();
    }
}
