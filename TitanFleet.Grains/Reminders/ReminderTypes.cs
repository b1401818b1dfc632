namespace TitanFleet.Grains.Reminders;

/// <summary>The six reminder types of DOMAIN.md "Reminders" (sql/0110 checks the same list).</summary>
public static class ReminderTypes
{
    public const string Mot = "mot";
    public const string SafetyInspection = "safetyInspection";
    public const string Service = "service";
    public const string Tax = "tax";
    public const string Insurance = "insurance";
    public const string Tachograph = "tachograph";

    public static readonly string[] All = [Mot, SafetyInspection, Service, Tax, Insurance, Tachograph];

    public static string Label(string type) => type switch
    {
        Mot => "MOT",
        SafetyInspection => "Safety inspection",
        Service => "Service",
        Tax => "Vehicle tax",
        Insurance => "Insurance",
        Tachograph => "Tachograph calibration",
        _ => type,
    };
}
