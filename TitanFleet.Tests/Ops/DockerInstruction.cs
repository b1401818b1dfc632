using TitanFleet.Tests.Fixtures;
using System.Text;

namespace TitanFleet.Tests.Ops;

/// <summary>One Dockerfile instruction; Stage counts FROM lines from 0.</summary>
internal sealed record DockerInstruction(string Keyword, string Arguments, int Stage)
{
    /// <summary>
    /// Reads a Dockerfile as Docker does for these checks: comment lines dropped (also inside a
    /// continuation), backslash continuations joined, keywords upper-cased. Heredocs are not
    /// supported.
    /// </summary>
    public static IReadOnlyList<DockerInstruction> Parse(string relativePath)
    {
        var instructions = new List<DockerInstruction>();
        var pending = new StringBuilder();
        var stage = -1;
        foreach (var raw in File.ReadLines(RepoRoot.Combine(relativePath)))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending.Append(line[..^1]).Append(' ');
                continue;
            }

            var text = pending.Append(line).ToString();
            pending.Clear();
            var space = text.IndexOfAny([' ', '\t']);
            var keyword = (space < 0 ? text : text[..space]).ToUpperInvariant();
            if (keyword == "FROM")
            {
                stage++;
            }

            instructions.Add(new DockerInstruction(keyword, space < 0 ? "" : text[(space + 1)..].Trim(), stage));
        }

        return instructions;
    }
}
