namespace TitanFleet.Grains.Reminders;

/// <summary>A reminder that can still move, with what moves it: its vehicle's odometer (km) and the company's least notice in days.</summary>
public sealed record OpenReminder(ReminderRecord Record, int? OdometerKm, int CompanyDueSoonDays);
