using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Tests.Sql;

/// <summary>
/// Sample values for the plan check, chosen by parameter name. A value given as text is sent
/// untyped, so PostgreSQL infers the type from where the parameter stands (a uuid column, a date,
/// LIMIT); only arrays fed to unnest need typed values (<see cref="ByQuery"/>).
/// <para>
/// To bind a new parameter: add its name to <see cref="ByName"/> with a value seeded by
/// QueryPlanSeed.sql (ids from <see cref="Seeded"/>), or, when the same name means something else in
/// one query, add that query's name and its values to <see cref="ByQuery"/>. An <c>@id</c> is drawn
/// from the table the query's name prefix says (<see cref="IdByPrefix"/>).
/// </para>
/// </summary>
internal static partial class QueryPlanParameters
{
    private const string Time = "2026-11-01T08:00:00Z";
    private const string Later = "2026-11-08T08:00:00Z";

    public static readonly string Company = Seeded("company", 1);
    private static readonly string Vehicle = Seeded("vehicle", 1, 3);
    private static readonly string Driver = Seeded("user", 1, 12);
    private static readonly string Mechanic = Seeded("user", 1, 6);
    private static readonly string Defect = Seeded("defect", 1, 3 * 100 + 5);

    private static readonly Dictionary<string, string> IdByPrefix = new(StringComparer.Ordinal)
    {
        ["auth"] = Driver,
        ["check-items"] = Seeded("check-item", 1, 1),
        ["company"] = Company,
        ["defects"] = Defect,
        ["devices"] = Seeded("device", 1, 3),
        ["files"] = Seeded("file", 1, 31),
        ["geofences"] = Seeded("geofence", 1, 7),
        ["inspections"] = Seeded("inspection", 1, 305),
        ["osmand"] = "dev-1-3",
        ["notifications"] = Seeded("notification", 1, 10007),
        ["reminders"] = Seeded("reminder", 1, 31),
        ["roadworthiness"] = Vehicle,
        ["shifts"] = Driver,
        ["timesheets"] = Seeded("timesheet", 1, 1205),
        ["user-setup"] = Driver,
        ["users"] = Driver,
        ["vehicle-directory"] = Vehicle,
        ["vehicles"] = Vehicle,
    };

    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal)
    {
        ["company"] = Company,
        ["vehicle"] = Vehicle,
        ["driver"] = Driver,
        ["user"] = Driver,
        ["reporter"] = Driver,
        ["onlyDriver"] = Driver,
        ["assignee"] = Mechanic,
        ["author"] = Mechanic,
        ["mechanic"] = Mechanic,
        ["uploadedBy"] = Mechanic,
        ["defect"] = Defect,
        ["inspection"] = Seeded("inspection", 1, 305),
        ["entityId"] = Vehicle,
        ["entityType"] = "vehicle",
        ["afterId"] = Vehicle,
        ["beforeId"] = Vehicle,
        ["afterSeq"] = "1000",
        ["before"] = "100000",
        ["from"] = Time,
        ["to"] = Later,
        ["after"] = Time,
        ["afterAt"] = Time,
        ["afterCreated"] = Time,
        ["afterReported"] = Time,
        ["afterStarted"] = Time,
        ["beforeCreatedAt"] = Time,
        ["now"] = Time,
        ["month"] = Time,
        ["expires"] = Later,
        ["expiresAt"] = Later,
        ["setupExpires"] = Later,
        ["overdueSince"] = Time,
        ["started"] = Time,
        ["ended"] = Later,
        ["afterDue"] = "2026-12-15",
        ["dueBefore"] = "2026-12-31",
        ["dueDate"] = "2026-12-31",
        ["licenceExpiry"] = "2030-01-01",
        ["cpcExpiry"] = "2030-01-01",
        ["walkaroundDue"] = "07:00",
        ["start"] = "07:00",
        ["end"] = "18:00",
        ["afterKey"] = "V1R3",
        ["afterEmail"] = "user12@company1.test",
        ["afterName"] = "Site 7",
        ["prefix"] = "V1",
        ["email"] = "user12@company1.test",
        ["uniqueId"] = "dev-1-3",
        ["registration"] = "V1R3",
        ["vin"] = "1HGCM82633A004352",
        ["status"] = "active",
        ["fromStatus"] = "ok",
        ["type"] = "hgv",
        ["types"] = "{overspeed}",
        ["role"] = "driver",
        ["roles"] = "{mechanic}",
        ["admin"] = "admin",
        ["action"] = "update",
        ["severity"] = "minor",
        ["outcome"] = "rectified",
        ["kind"] = "tracker",
        ["shape"] = "circle",
        ["code"] = "company_item_1",
        ["endedBy"] = "driver",
        ["displayUnits"] = "kmh_km",
        ["timeZone"] = "Europe/London",
        ["ids"] = "{" + Seeded("file", 1, 31) + "}",
        ["photos"] = "{}",
        ["days"] = "{1,2}",
        ["categories"] = "{C}",
        ["active"] = "true",
        ["open"] = "true",
        ["hasDefects"] = "true",
        ["alertOnEnter"] = "true",
        ["alertOnExit"] = "true",
        ["osmAnd"] = "true",
        ["limit"] = "51",
        ["take"] = "51",
        ["year"] = "2020",
        ["mileage"] = "1000",
        ["odometer"] = "1000",
        ["fuel"] = "50",
        ["failed"] = "0",
        ["size"] = "3",
        ["cost"] = "100",
        ["km"] = "1000",
        ["leadKm"] = "1000",
        ["dueKm"] = "1000",
        ["months"] = "12",
        ["weeks"] = "6",
        ["level"] = "1",
        ["fromLevel"] = "0",
        ["version"] = "1",
        ["radius"] = "200",
        ["minDwell"] = "0",
        ["speedLimit"] = "50",
        ["dueSoonDays"] = "30",
        ["startKm"] = "100",
        ["endKm"] = "180",
        ["driving"] = "20000",
        ["otherWork"] = "3000",
        ["break"] = "2700",
        ["latitude"] = "51.5",
        ["longitude"] = "-0.1",
        ["changes"] = "{}",
        ["results"] = "[]",
        ["rules"] = "[]",
        ["breaks"] = "[]",
        ["speedLimits"] = "{}",
        ["token"] = "\\x00",
        ["setupToken"] = "\\x00",
        ["sha256"] = "\\x00",
        ["content"] = "\\x00",
        ["clientAddress"] = "127.0.0.1",
        ["requestId"] = "plan-check",
        ["name"] = "Plan check",
        ["fullName"] = "Plan Check",
        ["username"] = "plan",
        ["phone"] = "0",
        ["passwordHash"] = "x",
        ["make"] = "Make",
        ["model"] = "Model",
        ["depot"] = "Depot 1",
        ["title"] = "Due",
        ["notes"] = "x",
        ["label"] = "Item",
        ["category"] = "Lights",
        ["description"] = "Broken",
        ["body"] = "x",
        ["workDone"] = "x",
        ["parts"] = "x",
        ["reason"] = "x",
        ["fileName"] = "photo.jpg",
        ["contentType"] = "image/jpeg",
        ["polygon"] = "x",
        ["xml"] = "<key/>",
        ["number"] = "LIC1",
        ["item"] = "lights",
        ["silo"] = "10.0.0.1:11111@1",
        ["silos"] = "{10.0.0.1:11111@1}",
        ["since"] = Time,
        ["overspeedSeconds"] = "10",
        ["table"] = "location_history",
        ["cutoff"] = "2025-01-01T00:00:00Z",
        ["key"] = "1",
        ["namespace"] = "13",
        ["keys"] = "{1,2}",
        ["company_id"] = "{" + Company + "}",
        ["vehicle_id"] = "{" + Vehicle + "}",
        ["subject_id"] = "{" + Vehicle + "}",
        ["driver_id"] = "{" + Driver + "}",
        ["day"] = "{2026-11-01}",
        ["from_at"] = "{" + Time + "}",
        ["to_at"] = "{" + Later + "}",
        ["fix_count"] = "{1}",
        ["distance_m"] = "{1}",
        ["moving_seconds"] = "{1}",
        ["idle_seconds"] = "{1}",
        ["max_speed_kmh"] = "{50}",
        ["first_fix_at"] = "{" + Time + "}",
        ["first_latitude"] = "{51.5}",
        ["first_longitude"] = "{-0.1}",
        ["last_fix_at"] = "{" + Later + "}",
        ["last_latitude"] = "{51.5}",
        ["last_longitude"] = "{-0.1}",
        ["first"] = "{0}",
        ["second"] = "{0}",
    };

    private static readonly DateTime FixTime = new(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);

    private static readonly Dictionary<string, object> HistoryArrays = new(StringComparer.Ordinal)
    {
        ["vehicle_id"] = new[] { Guid.Parse(Vehicle) },
        ["fix_time"] = new[] { FixTime },
        ["source_id"] = new[] { Guid.Parse(Vehicle) },
        ["company_id"] = new[] { Guid.Parse(Company) },
        ["latitude"] = new[] { 51.5 },
        ["longitude"] = new[] { -0.1 },
        ["speed_kmh"] = new[] { 10.0 },
        ["heading"] = new[] { 10.0 },
        ["accuracy_m"] = new[] { 5.0 },
        ["altitude_m"] = new[] { 5.0 },
        ["odometer_m"] = new[] { 5.0 },
        ["owner"] = new[] { 0 },
    };

    private static readonly Dictionary<string, Dictionary<string, object>> ByQuery = new(StringComparer.Ordinal)
    {
        ["location-history.insert"] = HistoryArrays,
        ["location-history.insert-group"] = HistoryArrays,
        ["location-history.find-conflicts"] = HistoryArrays,
        ["events.insert"] = new(StringComparer.Ordinal)
        {
            ["id"] = new[] { Guid.NewGuid() },
            ["occurred_at"] = new[] { FixTime },
            ["company_id"] = new[] { Guid.Parse(Company) },
            ["type"] = new[] { "overspeed" },
            ["summary"] = new[] { "x" },
            ["vehicle_id"] = new[] { Guid.Parse(Vehicle) },
            ["registration"] = new[] { "V1R3" },
            ["driver_id"] = new[] { Guid.Parse(Driver) },
            ["driver_name"] = new[] { "x" },
            ["details"] = new[] { "{}" },
        },
        ["notifications.insert"] = new(StringComparer.Ordinal)
        {
            ["ids"] = new[] { Guid.NewGuid() },
            ["companies"] = new[] { Guid.Parse(Company) },
            ["users"] = new[] { Guid.Parse(Driver) },
            ["events"] = new[] { Guid.NewGuid() },
            ["types"] = new[] { "overspeed" },
            ["summaries"] = new[] { "x" },
            ["vehicles"] = new[] { Guid.Parse(Vehicle) },
            ["drivers"] = new[] { Guid.Parse(Driver) },
            ["eventTimes"] = new[] { FixTime },
        },
        ["geofence-occupants.enter"] = new(StringComparer.Ordinal)
        {
            ["geofence_id"] = new[] { Guid.Parse(Seeded("geofence", 1, 7)) },
            ["vehicle_id"] = new[] { Guid.Parse(Vehicle) },
            ["company_id"] = new[] { Guid.Parse(Company) },
            ["registration"] = new[] { "V1R3" },
            ["inside_since"] = new[] { FixTime },
        },
        ["geofence-occupants.exit"] = new(StringComparer.Ordinal)
        {
            ["geofence_id"] = new[] { Guid.Parse(Seeded("geofence", 1, 7)) },
            ["vehicle_id"] = new[] { Guid.Parse(Vehicle) },
        },
        ["geofence-occupants.list"] = new(StringComparer.Ordinal) { ["geofence"] = Guid.Parse(Seeded("geofence", 1, 7)) },
        ["geofence-occupants.clear"] = new(StringComparer.Ordinal) { ["geofence"] = Guid.Parse(Seeded("geofence", 1, 7)) },
        ["geofence-occupants.import-legacy"] = new(StringComparer.Ordinal)
        {
            ["geofence"] = Guid.Parse(Seeded("geofence", 1, 7)),
            ["vehicle_id"] = new[] { Guid.Parse(Vehicle) },
            ["registration"] = new[] { "V1R3" },
            ["inside_since"] = new[] { FixTime },
        },
        ["reports.vehicle-in-company"] = new(StringComparer.Ordinal) { ["id"] = Guid.Parse(Vehicle) },
        ["reports.driver-in-company"] = new(StringComparer.Ordinal) { ["id"] = Guid.Parse(Driver) },
        ["rollups.history-fix-before"] = new(StringComparer.Ordinal) { ["before"] = FixTime },
        ["rollups.history-neighbours"] = new(StringComparer.Ordinal)
        {
            ["vehicle_id"] = new[] { Guid.Parse(Vehicle) },
            ["fix_time"] = new[] { FixTime },
            ["source_id"] = new[] { Guid.Parse(Vehicle) },
        },
        ["rollups.rebuild-insert-driver-days"] = new(StringComparer.Ordinal)
        {
            ["driver_id"] = new[] { Guid.Parse(Driver) },
            ["day"] = new[] { new DateOnly(2026, 11, 1) },
            ["shifts"] = new[] { 1 },
            ["km"] = new[] { 10 },
            ["driving"] = new[] { 3600 },
            ["other_work"] = new[] { 0 },
            ["overspeeds"] = new[] { 0 },
            ["breaches"] = new[] { 0 },
            ["visits"] = new[] { 0 },
        },
        ["vehicle_live_state.upsert_group"] = new(StringComparer.Ordinal)
        {
            ["vehicles"] = new[] { Guid.Parse(Vehicle) },
            ["states"] = new[] { new byte[] { 0 } },
            ["written"] = new[] { FixTime },
        },
        ["driver-profiles.find-many"] = new(StringComparer.Ordinal) { ["users"] = new[] { Guid.Parse(Driver) } },
        ["demo.insertReminders"] = new(StringComparer.Ordinal)
        {
            ["ids"] = new[] { Guid.NewGuid() },
            ["vehicles"] = new[] { Guid.Parse(Vehicle) },
            ["types"] = new[] { "mot" },
            ["titles"] = new[] { "MOT" },
            ["dues"] = new[] { new DateOnly(2026, 12, 31) },
            ["months"] = new int?[] { 12 },
            ["weeks"] = new int?[] { null },
        },
        ["shifts.qualifying-check"] = new(StringComparer.Ordinal) { ["window"] = TimeSpan.FromHours(1) },
    };

    /// <summary>The parameters the SQL names, in order of first use.</summary>
    public static IReadOnlyList<string> NamesIn(NamedQuery query) =>
        [.. ParameterPattern().Matches(query.Sql).Select(match => match.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    /// <summary>The optional filters: parameters the SQL itself tests with <c>@x::type IS NULL</c>.</summary>
    public static IReadOnlySet<string> OptionalIn(NamedQuery query) =>
        OptionalPattern().Matches(query.Sql).Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Binds every parameter, the optional filters as null when asked; returns why it could not, or null.</summary>
    public static string? Bind(NamedQuery query, NpgsqlCommand command, bool optionalAsNull)
    {
        var optional = optionalAsNull ? OptionalIn(query) : new HashSet<string>();
        var missing = new List<string>();
        foreach (var name in NamesIn(query))
        {
            if (ByQuery.TryGetValue(query.Name, out var typed) && typed.TryGetValue(name, out var value))
                command.Parameters.Add(new NpgsqlParameter(name, value));
            else if (optional.Contains(name))
                command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Unknown) { Value = DBNull.Value });
            else if (name == "id" && IdByPrefix.TryGetValue(query.Name.Split('.')[0], out var id))
                command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Unknown) { Value = id });
            else if (ByName.TryGetValue(name, out var text))
                command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Unknown) { Value = text });
            else
                missing.Add(name);
        }
        return missing.Count == 0
            ? null
            : $"{query.Name}: no sample value for @{string.Join(", @", missing)}. Add the name to QueryPlanParameters.ByName "
              + "(or, for @id, the query's name prefix to IdByPrefix; for a name that means something else here, the query to ByQuery).";
    }

    /// <summary>The id QueryPlanSeed.sql gives a row: md5 of kind/a/b, read as a uuid.</summary>
    public static string Seeded(string kind, long a, long b = 0) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes($"{kind}/{a}/{b}")));

    [GeneratedRegex(@"(?<![:@\w])@(\w+)")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"@(\w+)::[\w\[\]]+ IS NULL")]
    private static partial Regex OptionalPattern();
}
