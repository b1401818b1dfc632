using System.Globalization;

namespace TitanFleet.Simulator.Soak;

/// <summary>One scrape of the silo's Prometheus text endpoint: every sample as name, labels and value.</summary>
public sealed class PrometheusScrape
{
    private readonly List<(string Name, Dictionary<string, string> Labels, double Value)> _samples = [];

    public static PrometheusScrape Parse(string text)
    {
        var scrape = new PrometheusScrape();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var brace = line.IndexOf('{');
            var close = line.LastIndexOf('}');
            var name = brace < 0 ? line[..line.IndexOf(' ')] : line[..brace];
            var rest = (close < 0 ? line[name.Length..] : line[(close + 1)..]).Trim().Split(' ')[0];
            if (!double.TryParse(rest, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) continue;
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            if (brace >= 0)
            {
                // Label values here never hold '",' (routes, status codes, generations), so a plain split is enough.
                foreach (var pair in line[(brace + 1)..close].Split("\","))
                {
                    var equals = pair.IndexOf('=');
                    if (equals > 0) labels[pair[..equals]] = pair[(equals + 1)..].Trim('"');
                }
            }
            scrape._samples.Add((name, labels, value));
        }
        return scrape;
    }

    public double Sum(string name, Func<IReadOnlyDictionary<string, string>, bool>? where = null) =>
        _samples.Where(s => s.Name == name && (where is null || where(s.Labels))).Sum(s => s.Value);

    /// <summary>A histogram's cumulative counts by upper bound, summed over every other label.</summary>
    public SortedDictionary<double, double> Buckets(string name, Func<IReadOnlyDictionary<string, string>, bool>? where = null)
    {
        var buckets = new SortedDictionary<double, double>();
        foreach (var (_, labels, value) in _samples.Where(s => s.Name == name + "_bucket" && (where is null || where(s.Labels))))
        {
            var bound = labels["le"] == "+Inf" ? double.PositiveInfinity : double.Parse(labels["le"], CultureInfo.InvariantCulture);
            buckets[bound] = buckets.GetValueOrDefault(bound) + value;
        }
        return buckets;
    }
}
