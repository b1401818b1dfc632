using System.Globalization;
using FluentValidation;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Geofences;

namespace TitanFleet.Api.Geofences;

/// <summary>The rules a geofence's fields obey, on create and update alike.</summary>
public sealed class GeofenceFieldsValidator : AbstractValidator<IGeofenceFields>
{
    public const int MaxNameLength = 100;
    public const string TimeFormat = "HH:mm";

    public GeofenceFieldsValidator()
    {
        RuleFor(g => g.Name).NotEmpty().PlainText(MaxNameLength).Must(n => n is null || n.Trim().Length > 0).WithMessage("'{PropertyName}' must not be blank.");
        RuleFor(g => g.Type).NotEmpty().Must(t => GeofenceTypes.All.Contains(t))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", GeofenceTypes.All)}.");
        RuleFor(g => g.Polygon).Null().When(g => g.Circle is not null).WithMessage("Give either 'circle' or 'polygon', not both.");
        RuleFor(g => g.Polygon).NotNull().When(g => g.Circle is null).WithMessage("Give either 'circle' or 'polygon'.");
        RuleFor(g => g.Polygon).Custom((text, context) =>
        {
            if (!GeofenceShapes.TryParse(text!, out _, out var problem)) context.AddFailure("polygon", $"polygon: {problem}");
        }).When(g => g.Polygon is not null && g.Circle is null);

        RuleFor(g => g.Circle!.Latitude).NotNull().InclusiveBetween(-90, 90).When(g => g.Circle is not null);
        RuleFor(g => g.Circle!.Longitude).NotNull().InclusiveBetween(-180, 180).When(g => g.Circle is not null);
        RuleFor(g => g.Circle!.RadiusMetres).NotNull().InclusiveBetween(GeofenceCircle.MinRadiusMetres, GeofenceCircle.MaxRadiusMetres)
            .When(g => g.Circle is not null);

        RuleFor(g => g.MinDwellSeconds).InclusiveBetween(0, GeofenceRules.MaxDwellSeconds).When(g => g.MinDwellSeconds is not null);
        RuleFor(g => g.SpeedLimitKmh).InclusiveBetween(GeofenceRules.MinSpeedLimitKmh, GeofenceRules.MaxSpeedLimitKmh).When(g => g.SpeedLimitKmh is not null);

        RuleFor(g => g.Schedule!.Days).NotEmpty()
            .Must(days => days!.All(day => GeofenceSchedule.DayNames.Contains(day)) && days!.Distinct(StringComparer.Ordinal).Count() == days!.Length)
            .WithMessage($"'{{PropertyName}}' must list distinct days of: {string.Join(", ", GeofenceSchedule.DayNames)}.")
            .When(g => g.Schedule is not null);
        RuleFor(g => g.Schedule!.Start).Must(BeTime).WithMessage($"'{{PropertyName}}' must be a local time {TimeFormat}.").When(g => g.Schedule is not null);
        RuleFor(g => g.Schedule!.End).Must(BeTime).WithMessage($"'{{PropertyName}}' must be a local time {TimeFormat}.")
            .Must((g, end) => !BeTime(end) || !BeTime(g.Schedule!.Start) || ParseTime(end!) != ParseTime(g.Schedule!.Start!)).WithMessage("'{PropertyName}' must differ from start.")
            .When(g => g.Schedule is not null);
    }

    public static TimeOnly ParseTime(string text) => TimeOnly.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture);

    private static bool BeTime(string? text) => text is not null && TimeOnly.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
