namespace TitanFleet.Silo.Commands;

/// <summary>
/// The operator's command-line options: <c>--name value</c> pairs and bare flags. An unknown
/// option is an error, so a typo never silently falls back to a default.
/// </summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    private CommandLine()
    {
    }

    public static bool TryParse(IReadOnlyList<string> args, IReadOnlySet<string> valued, IReadOnlySet<string> flags, out CommandLine parsed, out string? error)
    {
        parsed = new CommandLine();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (flags.Contains(option))
            {
                parsed._options[option] = null;
            }
            else if (valued.Contains(option))
            {
                if (i + 1 >= args.Count)
                {
                    error = $"{option} needs a value.";
                    return false;
                }
                parsed._options[option] = args[++i];
            }
            else
            {
                error = $"Unknown option {option}.";
                return false;
            }
        }
        return true;
    }

    public string? Value(string option) => _options.GetValueOrDefault(option);

    public bool Has(string option) => _options.ContainsKey(option);
}
