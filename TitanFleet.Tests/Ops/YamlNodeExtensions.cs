using YamlDotNet.RepresentationModel;

namespace TitanFleet.Tests.Ops;

/// <summary>
/// Path navigation over YamlDotNet's representation model. A missing step yields null or an empty
/// result instead of throwing, so that a test can say what is missing.
/// </summary>
internal static class YamlNodeExtensions
{
    public static YamlNode? At(this YamlNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out node))
            {
                return null;
            }
        }

        return node;
    }

    public static string? Text(this YamlNode? node, params string[] path) => (node.At(path) as YamlScalarNode)?.Value;

    public static IReadOnlyList<YamlNode> Items(this YamlNode? node, params string[] path) =>
        node.At(path) is YamlSequenceNode sequence ? sequence.Children.ToList() : [];

    public static IReadOnlyList<string> Keys(this YamlNode? node, params string[] path) =>
        node.At(path) is YamlMappingNode mapping
            ? mapping.Children.Keys.OfType<YamlScalarNode>().Select(key => key.Value ?? "").ToList()
            : [];

    /// <summary>A mapping of scalars, such as labels or a selector.</summary>
    public static IReadOnlyDictionary<string, string> Map(this YamlNode? node, params string[] path) =>
        node.At(path) is YamlMappingNode mapping
            ? mapping.Children
                .Where(pair => pair.Key is YamlScalarNode && pair.Value is YamlScalarNode)
                .ToDictionary(pair => ((YamlScalarNode)pair.Key).Value ?? "", pair => ((YamlScalarNode)pair.Value).Value ?? "")
            : new Dictionary<string, string>();

    /// <summary>One scalar or a sequence of scalars, as in "needs: build" and "needs: [test, lint]".</summary>
    public static IReadOnlyList<string> TextOrList(this YamlNode? node, params string[] path) =>
        node.At(path) switch
        {
            YamlScalarNode scalar => [scalar.Value ?? ""],
            YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().Select(item => item.Value ?? "").ToList(),
            _ => [],
        };
}
