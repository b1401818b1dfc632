using FluentValidation;
using TitanFleet.Api.Auth;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Rollups;

namespace TitanFleet.Api.Reminders;

public sealed class DefaultRemindersRequestValidator : AbstractValidator<DefaultRemindersRequest>
{
    public DefaultRemindersRequestValidator(TimeProvider time, IHttpContextAccessor http, CompanyTimeZoneCache zones)
    {
        var earliest = ReminderFieldsValidator.EarliestDate.AddYears(-50);
        // "In the past" on the company's own date, as every reminder date is (ReminderSchedule): at UTC+14
        // a vehicle registered today locally is registered "tomorrow" in UTC.
        RuleFor(r => r.RegistrationDate).NotNull()
            .MustAsync(async (date, cancellationToken) => date is null
                || (date >= earliest && date <= await CompanyTodayAsync(time, http, zones, cancellationToken)))
            .WithMessage("'{PropertyName}' must be a date in the past.");
        RuleFor(r => r.SafetyInspectionWeeks).InclusiveBetween(4, 13).When(r => r.SafetyInspectionWeeks is not null);
        RuleFor(r => r.TaxDueDate).InclusiveBetween(ReminderFieldsValidator.EarliestDate, ReminderFieldsValidator.LatestDate).When(r => r.TaxDueDate is not null);
        RuleFor(r => r.InsuranceDueDate).InclusiveBetween(ReminderFieldsValidator.EarliestDate, ReminderFieldsValidator.LatestDate).When(r => r.InsuranceDueDate is not null);
        RuleFor(r => r.TachographDueDate).InclusiveBetween(ReminderFieldsValidator.EarliestDate, ReminderFieldsValidator.LatestDate).When(r => r.TachographDueDate is not null);
    }

    private static async Task<DateOnly> CompanyTodayAsync(TimeProvider time, IHttpContextAccessor http, CompanyTimeZoneCache zones, CancellationToken cancellationToken)
    {
        var user = http.HttpContext?.User ?? throw new InvalidOperationException("Default reminders are validated inside a signed-in request");
        return LocalDays.DayOf(time.GetUtcNow(), await zones.ForCompanyAsync(user.GetCompanyId(), cancellationToken));
    }
}
