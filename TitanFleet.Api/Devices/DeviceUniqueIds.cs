using System.Security.Cryptography;

namespace TitanFleet.Api.Devices;

/// <summary>
/// The id an OsmAnd / Traccar client sends. It is the device's only credential on that protocol, so a
/// generated one is 24 base32 characters from 120 random bits: unguessable. A manager may instead
/// give a tracker's IMEI (15 digits whose last is the Luhn check digit), which the tracker already sends.
/// </summary>
public static class DeviceUniqueIds
{
    public const int GeneratedLength = 24;
    private const string Base32 = "abcdefghijklmnopqrstuvwxyz234567";

    public static string Generate()
    {
        Span<byte> random = stackalloc byte[GeneratedLength * 5 / 8];
        RandomNumberGenerator.Fill(random);
        var chars = new char[GeneratedLength];
        for (var i = 0; i < GeneratedLength; i++)
        {
            var bit = i * 5;
            var pair = (random[bit / 8] << 8) | (bit / 8 + 1 < random.Length ? random[bit / 8 + 1] : 0);
            chars[i] = Base32[(pair >> (11 - bit % 8)) & 31];
        }
        return new string(chars);
    }

    public static bool IsImei(string value)
    {
        if (value.Length != 15 || !value.All(char.IsAsciiDigit)) return false;
        var sum = 0;
        for (var i = 0; i < 15; i++)
        {
            var digit = value[14 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9) digit -= 9;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
