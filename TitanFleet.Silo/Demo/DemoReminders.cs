using TitanFleet.Grains.Reminders;

namespace TitanFleet.Silo.Demo;

/// <summary>
/// The demo fleet's reminders: each vehicle's default set (MOT, safety inspection, tax, insurance, and
/// the tachograph calibration for HGVs and PSVs) with due dates spread from two weeks overdue to
/// about two months ahead, so the reminders view opens with some ok, some due soon, some overdue,
/// and more turn due soon and overdue day by day. Only the first <see cref="MaxVehicles"/> vehicles
/// get them: a load-test fleet of thousands would make every reminders sweep read tens of thousands.
/// </summary>
public static class DemoReminders
{
    public const int MaxVehicles = 100;

    private const int SpreadDays = 75;
    private const int MostOverdueDays = 15;
    private const int InspectionWeeks = 6;

    public static IEnumerable<(Guid Id, ReminderDetails Details)> For(int vehicleIndex, DateOnly today)
    {
        var registered = today.AddDays(-(365 + vehicleIndex * 97 % 2000));
        var defaults = DefaultReminders.For(DemoFleet.VehicleId(vehicleIndex), DemoFleet.VehicleType(vehicleIndex),
            new DefaultReminderDates(registered, InspectionWeeks, TaxDueDate: null, InsuranceDueDate: null, TachographDueDate: null), today);
        for (var slot = 0; slot < defaults.Count; slot++)
        {
            // Co-prime steps scatter the days over vehicles and types alike.
            var days = (vehicleIndex * 7 + slot * 13) % SpreadDays - MostOverdueDays;
            yield return (DemoFleet.ReminderId(vehicleIndex, slot), defaults[slot] with { DueDate = today.AddDays(days) });
        }
    }
}
