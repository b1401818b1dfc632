using System.Text;
using TitanFleet.Tests.Fixtures;
using Xunit.Abstractions;

namespace TitanFleet.Tests.Security;

/// <summary>
/// The harness's figures. Each suite prints its row; with TITANFLEET_SECURITY_REPORT=1 it also
/// writes the row into docs/security.md (between the figures markers), so the figures there come
/// from a run, never from a keyboard.
/// </summary>
public static class SecurityReport
{
    public const string EnvironmentVariable = "TITANFLEET_SECURITY_REPORT";
    private const string Start = "<!-- figures:start -->";
    private const string End = "<!-- figures:end -->";
    private const string Header = "| suite | cases tried | 5xx seen | known 5xx (issue 8) | rows written by rejected input |\n| --- | --- | --- | --- | --- |";

    public static string Row(string suite, int cases, int serverErrors, int knownServerErrors, long rowsWrittenByRejected) =>
        $"| {suite} | {cases:N0} | {serverErrors} | {knownServerErrors} | {rowsWrittenByRejected} |";

    public static void Record(ITestOutputHelper output, string suite, string row)
    {
        output.WriteLine(Header);
        output.WriteLine(row);
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) != "1") return;

        var path = RepoRoot.Combine("docs/security.md");
        var text = File.ReadAllText(path);
        var start = text.IndexOf(Start, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start) throw new InvalidOperationException($"{path} has no {Start} ... {End} block");
        var rows = text[(start + Start.Length)..end].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| suite", StringComparison.Ordinal) && !line.StartsWith("| ---", StringComparison.Ordinal))
            .Where(line => !line.StartsWith($"| {suite} |", StringComparison.Ordinal))
            .Append(row).Order(StringComparer.Ordinal);
        var block = new StringBuilder().Append(Start).Append('\n').Append(Header).Append('\n');
        foreach (var line in rows) block.Append(line).Append('\n');
        File.WriteAllText(path, text[..start] + block + text[end..]);
    }
}
