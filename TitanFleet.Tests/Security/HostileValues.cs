namespace TitanFleet.Tests.Security;

/// <summary>The hostile values the fuzz plants in JSON fields, query strings and route values.</summary>
public static class HostileValues
{
    public const string Script = "<script>alert(1)</script>";
    public const string Sql = "' OR 1=1; DROP TABLE companies; --";

    /// <summary>Raw JSON tokens put in place of a field's value (some deliberately not valid JSON).</summary>
    public static readonly (string Name, string Json)[] JsonValues =
    [
        ("number as string", "\"51.5\""),
        ("word", "\"not-a-value\""),
        ("empty string", "\"\""),
        ("huge number", "1e400"),
        ("huge negative", "-1e400"),
        ("tiny number", "1e-400"),
        ("denormal", "5e-324"),
        ("double max", "1.7976931348623157e308"),
        ("below long min", "-9223372036854775809"),
        ("above ulong max", "18446744073709551616"),
        ("int overflow", "2147483648"),
        ("negative", "-1"),
        ("zero", "0"),
        ("NaN literal", "NaN"),
        ("NaN string", "\"NaN\""),
        ("Infinity literal", "Infinity"),
        ("-Infinity string", "\"-Infinity\""),
        ("boolean", "true"),
        ("array", "[]"),
        ("object", "{}"),
        ("null", "null"),
        ("NUL only", "\"\\u0000\""),
        ("NUL inside", "\"a\\u0000b\""),
        ("lone surrogate", "\"\\ud800\""),
        ("SQL", System.Text.Json.JsonSerializer.Serialize(Sql)),
        ("script", System.Text.Json.JsonSerializer.Serialize(Script)),
        ("year 1", "\"0001-01-01T00:00:00Z\""),
        ("year 9999", "\"9999-12-31T23:59:59.9999999Z\""),
        ("path traversal", "\"../../../../etc/passwd\""),
        ("long string", "\"" + new string('A', 4000) + "\""),
    ];

    /// <summary>Query-string values, already percent-encoded where the point is the raw bytes.</summary>
    public static readonly (string Name, string Encoded)[] QueryValues =
    [
        ("negative", "-1"),
        ("zero", "0"),
        ("int overflow", "2147483648"),
        ("long overflow", "99999999999999999999999"),
        ("huge", "1e309"),
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
        ("year 1", "0001-01-01T00:00:00Z"),
        ("year 1 date", "0001-01-01"),
        ("year 9999", "9999-12-31T23:59:59Z"),
        ("year 9999 date", "9999-12-31"),
        ("year 9999 end of time", "9999-12-31T23:59:59.9999999%2B00:00"),
        ("bad date", "2026-02-30T25:61:00Z"),
        ("empty", ""),
        ("NUL", "%00"),
        ("NUL inside", "a%00b"),
        ("invalid UTF-8", "%C3%28%FF"),
        ("overlong UTF-8", "%C0%AF"),
        ("bad escape", "%zz"),
        ("SQL", Uri.EscapeDataString(Sql)),
        ("script", Uri.EscapeDataString(Script)),
        ("path traversal", "..%2F..%2F..%2Fetc%2Fpasswd"),
        ("long", new string('9', 5000)),
    ];

    /// <summary>Route values, percent-encoded so they stay one path segment.</summary>
    public static readonly (string Name, string Encoded)[] RouteValues =
    [
        ("path traversal", "..%2F..%2F..%2Fetc%2Fpasswd"),
        ("dot segments", "%2e%2e"),
        ("file name traversal", "..%5C..%5Cwindows%5Cwin.ini"),
        ("NUL", "%00"),
        ("empty guid", "00000000-0000-0000-0000-000000000000"),
        ("random guid", Guid.NewGuid().ToString()),
        ("negative", "-1"),
        ("huge", "99999999999999999999999"),
        ("SQL", Uri.EscapeDataString(Sql)),
        ("script", Uri.EscapeDataString(Script)),
        ("invalid UTF-8", "%C3%28"),
        ("long", new string('a', 3000)),
    ];
}
