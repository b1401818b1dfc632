using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Security;

/// <summary>
/// How a route parameter is filled. A company record (<see cref="IsCompanyRecord"/>) is taken from
/// the company under test, and the isolation matrix asks for company A's record as company B. The
/// New* kinds make a record per request (<see cref="SecurityRecords"/>) for writes that consume it
/// or need its first version.
/// </summary>
public sealed record RouteValue(string Kind, Func<TestCompany, string> Resolve, bool IsCompanyRecord)
{
    /// <summary>For a record that belongs to one person (a notification): resolved from the caller too, not the company alone.</summary>
    public Func<RequestContext, string>? ResolveForCaller { get; init; }

    /// <summary>The value for a request: the owner company's record, the caller's own where the record is one person's.</summary>
    public string ValueFor(RequestContext context) => ResolveForCaller is { } resolve ? resolve(context) : Resolve(context.Owner);

    public static readonly RouteValue Vehicle = new("vehicle", company => company.Vehicles[0].VehicleId.ToString(), IsCompanyRecord: true);

    public static readonly RouteValue Device = new("device", company => company.Vehicles[0].DeviceId.ToString(), IsCompanyRecord: true);

    /// <summary>The company's driver: a user every company has and nobody's session depends on.</summary>
    public static readonly RouteValue User = new("user", company => SecurityRecords.UserId(company, CallerRole.Driver).ToString(), IsCompanyRecord: true);

    public static readonly RouteValue NewVehicle = new("new vehicle", company => SecurityRecords.NewVehicle(company).ToString(), IsCompanyRecord: true);

    /// <summary>A new device of the company's first vehicle (<see cref="Vehicle"/>), so both route values name records of one vehicle.</summary>
    public static readonly RouteValue NewDevice = new("new device", company => SecurityRecords.NewDevice(company).ToString(), IsCompanyRecord: true);

    public static readonly RouteValue NewDriver = new("new driver", company => SecurityRecords.NewDriver(company).ToString(), IsCompanyRecord: true);

    public static readonly RouteValue File = new("file", company => SecurityFiles.Kept(company).ToString(), IsCompanyRecord: true);

    /// <summary>A file only the DELETE row names, so deleting it leaves the reads' file in place.</summary>
    public static readonly RouteValue DeletableFile = new("deletable file", company => SecurityFiles.Deletable(company).ToString(), IsCompanyRecord: true);

    /// <summary>A nil-defect check the company's driver submitted: a driver reads only their own checks.</summary>
    public static readonly RouteValue Inspection = new("inspection", company => SecurityRecords.NewInspection(company).ToString(), IsCompanyRecord: true);

    // Geofences (issue 11): reads name a geofence made on first use; writes each get their own at version 1.
    public static readonly RouteValue Geofence = new("geofence", company => SecurityRecords.KeptGeofence(company).ToString(), IsCompanyRecord: true);

    public static readonly RouteValue NewGeofence = new("new geofence", company => SecurityRecords.NewGeofence(company).ToString(), IsCompanyRecord: true);
    /// <summary>An open minor defect the company's driver reported, kept for the reads and comments (a driver sees only their own).</summary>
    public static readonly RouteValue Defect = new("defect", company => SecurityRecords.KeptDefect(company).ToString(), IsCompanyRecord: true);

    /// <summary>A new open minor defect the company's driver reported, at its first version, for a write that changes or resolves it.</summary>
    public static readonly RouteValue NewDefect = new("new defect", company => SecurityRecords.NewDefect(company).ToString(), IsCompanyRecord: true);

    /// <summary>A timesheet of the company's driver (drivers read only their own).</summary>
    public static readonly RouteValue Timesheet = new("timesheet", company => SecurityRecords.Timesheet(company).ToString(), IsCompanyRecord: true);

    public static readonly RouteValue NewTimesheet = new("new timesheet", company => SecurityRecords.NewTimesheet(company).ToString(), IsCompanyRecord: true);

    /// <summary>
    /// A notification of the owner company's user with the caller's role (the driver's for callers that are not users):
    /// the caller's own when the owner is their company, and one they must not see when it is another's (issue 11).
    /// </summary>
    public static readonly RouteValue Notification = new("notification", company => SecurityRecords.KeptNotification(company, CallerRole.Driver).ToString(), IsCompanyRecord: true)
    {
        ResolveForCaller = context => SecurityRecords.KeptNotification(context.Owner, context.Caller.Role.IsUser() ? context.Caller.Role : CallerRole.Driver).ToString(),
    };

    // Reminders (issue 11): reads name a reminder made on first use; writes each get their own at version 1.
    public static readonly RouteValue Reminder = new("reminder", company => SecurityRecords.KeptReminder(company).ToString(), IsCompanyRecord: true);

    public static readonly RouteValue NewReminder = new("new reminder", company => SecurityRecords.NewReminder(company).ToString(), IsCompanyRecord: true);

    public static RouteValue Literal(string value) => new($"'{value}'", _ => value, IsCompanyRecord: false);
}
