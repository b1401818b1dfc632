namespace TitanFleet.Tests.Api.Devices;

/// <summary>Random IMEIs with a correct Luhn check digit, so tests never collide on the platform-wide unique id.</summary>
public static class TestImei
{
    public static string New()
    {
        var body = string.Concat(Enumerable.Range(0, 14).Select(_ => (char)('0' + Random.Shared.Next(10))));
        var sum = 0;
        for (var i = 0; i < 14; i++)
        {
            // Counted from the right of the full 15 digits, the check digit is position 0: body digits at odd positions double.
            var digit = body[13 - i] - '0';
            if (i % 2 == 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            sum += digit;
        }
        return body + (char)('0' + (10 - sum % 10) % 10);
    }

    /// <summary>The same IMEI with its check digit changed: fifteen digits that fail the Luhn check.</summary>
    public static string WithWrongCheckDigit(string imei) => imei[..14] + (char)('0' + (imei[14] - '0' + 1) % 10);
}
