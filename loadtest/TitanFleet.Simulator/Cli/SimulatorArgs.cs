using System.Globalization;

namespace TitanFleet.Simulator.Cli;

/// <summary>
/// <c>mode --name value --flag …</c>. Every option read is remembered so a misspelt one is reported
/// instead of silently ignored.
/// </summary>
public sealed class SimulatorArgs
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _read = new(StringComparer.OrdinalIgnoreCase);

    private SimulatorArgs(string mode) => Mode = mode;

    public string Mode { get; }

    public static SimulatorArgs Parse(string[] args)
    {
        var first = args.FirstOrDefault() ?? "help";
        var mode = first == "--demo" ? "demo" : first;
        var parsed = new SimulatorArgs(mode);
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            var name = args[i][2..];
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            parsed._values[name] = hasValue ? args[++i] : null;
        }
        return parsed;
    }

    public string Text(string name, string fallback)
    {
        _read.Add(name);
        return _values.TryGetValue(name, out var value) && value is not null ? value : fallback;
    }

    public string? OptionalText(string name)
    {
        _read.Add(name);
        return _values.GetValueOrDefault(name);
    }

    public int Int(string name, int fallback, int min = 0, int max = int.MaxValue) =>
        (int)Number(name, fallback, min, max);

    public double Number(string name, double fallback, double min = 0, double max = double.MaxValue)
    {
        var text = OptionalText(name);
        if (text is null) return fallback;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new ArgumentException($"--{name} must be a number between {min} and {max} (got '{text}').");
        return value;
    }

    /// <summary>A duration as <c>hh:mm:ss</c> (invariant), at least <paramref name="min"/>.</summary>
    public TimeSpan Duration(string name, TimeSpan fallback, TimeSpan min)
    {
        var text = OptionalText(name);
        if (text is null) return fallback;
        if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) || value < min)
            throw new ArgumentException($"--{name} must be a duration hh:mm:ss of at least {min} (got '{text}').");
        return value;
    }

    public bool Flag(string name)
    {
        _read.Add(name);
        return _values.ContainsKey(name);
    }

    public void RejectUnknown()
    {
        var unknown = _values.Keys.Where(key => !_read.Contains(key)).ToArray();
        if (unknown.Length > 0) throw new ArgumentException($"Unknown option(s) for {Mode}: {string.Join(", ", unknown.Select(u => "--" + u))}.");
    }
}
