using System.Globalization;
using System.Net;

namespace TitanFleet.Tests.Hosting;

/// <summary>
/// The TCP sockets a process listens on, read from Linux /proc: the LISTEN rows of
/// /proc/net/tcp and tcp6 whose socket inode is one of the process's open descriptors.
/// </summary>
public static class ProcessListeners
{
    private const string ListenState = "0A";

    public static IReadOnlyList<IPEndPoint> Of(int processId)
    {
        var inodes = Directory.EnumerateFiles($"/proc/{processId}/fd")
            .Select(descriptor => new FileInfo(descriptor).LinkTarget)
            .OfType<string>()
            .Where(target => target.StartsWith("socket:[", StringComparison.Ordinal))
            .Select(target => target["socket:[".Length..^1])
            .ToHashSet(StringComparer.Ordinal);
        string[] tables = ["/proc/net/tcp", "/proc/net/tcp6"];
        return tables
            .SelectMany(File.ReadLines)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length > 9 && fields[3] == ListenState && inodes.Contains(fields[9]))
            .Select(fields => Parse(fields[1]))
            .ToList();
    }

    /// <summary>"0100007F:1F90" (address bytes as little-endian 32-bit words, port in hex).</summary>
    private static IPEndPoint Parse(string local)
    {
        var (hexAddress, hexPort) = (local[..local.IndexOf(':', StringComparison.Ordinal)], local[(local.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        var bytes = new byte[hexAddress.Length / 2];
        for (var word = 0; word < bytes.Length / 4; word++)
        {
            for (var i = 0; i < 4; i++)
                bytes[word * 4 + i] = byte.Parse(hexAddress.AsSpan(word * 8 + (3 - i) * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        return new IPEndPoint(new IPAddress(bytes), int.Parse(hexPort, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }
}
