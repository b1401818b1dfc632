using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Grains.Reminders;

/// <summary>
/// The reminders every new vehicle needs (DOMAIN.md "Reminders"): the MOT at 12 months from
/// registration and yearly after, the safety inspection every few weeks from today, vehicle tax and
/// insurance yearly, and the tachograph calibration every 2 years for the vehicles that carry one
/// (HGVs and PSVs). Dates not given fall on the next anniversary of registration after today.
/// </summary>
public static class DefaultReminders
{
    public static IReadOnlyList<ReminderDetails> For(Guid vehicleId, string vehicleType, DefaultReminderDates dates, DateOnly today)
    {
        var set = new List<ReminderDetails>
        {
            Dated(vehicleId, ReminderTypes.Mot, NextAnniversary(dates.RegistrationDate.AddMonths(12), 12, today), new ReminderRecurrence(Months: 12)),
            Dated(vehicleId, ReminderTypes.SafetyInspection, today.AddDays(7 * dates.SafetyInspectionWeeks), new ReminderRecurrence(Weeks: dates.SafetyInspectionWeeks)),
            Dated(vehicleId, ReminderTypes.Tax, dates.TaxDueDate ?? NextAnniversary(dates.RegistrationDate, 12, today), new ReminderRecurrence(Months: 12)),
            Dated(vehicleId, ReminderTypes.Insurance, dates.InsuranceDueDate ?? NextAnniversary(dates.RegistrationDate, 12, today), new ReminderRecurrence(Months: 12)),
        };
        if (vehicleType is VehicleTypes.Hgv or VehicleTypes.Psv)
        {
            set.Add(Dated(vehicleId, ReminderTypes.Tachograph,
                dates.TachographDueDate ?? NextAnniversary(dates.RegistrationDate.AddMonths(24), 24, today), new ReminderRecurrence(Months: 24)));
        }
        return set;
    }

    /// <summary>The first of <paramref name="first"/>, first + every months, ... that is after <paramref name="today"/>.</summary>
    private static DateOnly NextAnniversary(DateOnly first, int everyMonths, DateOnly today)
    {
        var step = 0;
        var date = first;
        while (date <= today) date = first.AddMonths(everyMonths * ++step);
        return date;
    }

    private static ReminderDetails Dated(Guid vehicleId, string type, DateOnly due, ReminderRecurrence recurrence) =>
        new(VehicleId: vehicleId, Type: type, Title: ReminderTypes.Label(type), Notes: null, DueDate: due, DueMileageKm: null, Recurrence: recurrence);
}
