using System.Globalization;
using FluentValidation;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Company;

public sealed class UpdateCompanyRequestValidator : AbstractValidator<UpdateCompanyRequest>
{
    public const int MinSpeedLimitKmh = 5;
    public const int MaxSpeedLimitKmh = 200;
    public const string TimeOfDayFormat = "HH:mm";
    public const int MinOverspeedSeconds = 1;
    public const int MaxOverspeedSeconds = 600;

    public UpdateCompanyRequestValidator()
    {
        RuleFor(c => c.Name).CompanyName();
        RuleFor(c => c.TimeZone).CompanyTimeZone();
        RuleFor(c => c.DisplayUnits).NotEmpty().Must(u => Grains.Company.DisplayUnits.All.Contains(u))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", Grains.Company.DisplayUnits.All)}.");
        RuleFor(c => c.SpeedLimitsKmh).NotNull();
        RuleForEach(c => c.SpeedLimitsKmh).ChildRules(limit =>
        {
            limit.RuleFor(l => l.Key).Must(type => VehicleTypes.All.Contains(type))
                .WithMessage($"Speed limits are per vehicle type, one of: {string.Join(", ", VehicleTypes.All)}.");
            limit.RuleFor(l => l.Value).InclusiveBetween(MinSpeedLimitKmh, MaxSpeedLimitKmh)
                .WithMessage($"A speed limit must be between {MinSpeedLimitKmh} and {MaxSpeedLimitKmh} km/h.");
        }).OverridePropertyName("speedLimitsKmh");
        RuleFor(c => c.WalkaroundCheckDueAt).NotEmpty().Must(t => TryParseTime(t, out _))
            .WithMessage("'{PropertyName}' must be a time of day such as 07:00.");
        RuleFor(c => c.ReminderDueSoonDays).NotNull().InclusiveBetween(1, 90);
        RuleFor(c => c.OsmAndEnabled).NotNull();
        RuleFor(c => c.OverspeedMinDurationSeconds).InclusiveBetween(MinOverspeedSeconds, MaxOverspeedSeconds)
            .When(c => c.OverspeedMinDurationSeconds is not null);
        RuleFor(c => c.Version).NotNull().GreaterThanOrEqualTo(1);
    }

    public static bool TryParseTime(string? value, out TimeOnly time) =>
        TimeOnly.TryParseExact(value, TimeOfDayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
