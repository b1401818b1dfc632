using TitanFleet.Tests.Fixtures;
using System.Text.Json;

namespace TitanFleet.Tests.Ops;

public sealed class DockerfileTests
{
    private static readonly IReadOnlyList<DockerInstruction> Instructions = DockerInstruction.Parse("Dockerfile");

    private static IEnumerable<DockerInstruction> FinalStage =>
        Instructions.Where(instruction => instruction.Stage == Instructions.Max(last => last.Stage));

    [Fact]
    public void From_Dockerfile_HasAtLeastTwoStages()
    {
        Assert.InRange(Instructions.Count(instruction => instruction.Keyword == "FROM"), 2, int.MaxValue);
    }

    [Fact]
    public void User_FinalStage_IsNotRoot()
    {
        var user = FinalStage.LastOrDefault(instruction => instruction.Keyword == "USER")?.Arguments;

        Assert.False(string.IsNullOrWhiteSpace(user), "the runtime stage sets no USER, so the silo would run as root");
        var name = user.Split(':')[0];
        Assert.False(name is "root" or "0", $"USER {user} is root");
    }

    [Fact]
    public void Healthcheck_FinalStage_ProbesLiveEndpoint()
    {
        var healthcheck = Assert.Single(FinalStage, instruction => instruction.Keyword == "HEALTHCHECK").Arguments;

        Assert.Contains("/api/live", healthcheck, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8080")]
    [InlineData("11111")]
    public void Expose_FinalStage_IncludesSiloPort(string port)
    {
        Assert.Contains(port, ExposedPorts);
    }

    [Fact]
    public void Expose_FinalStage_NoOrleansGateway()
    {
        Assert.DoesNotContain("30000", ExposedPorts);
    }

    [Fact]
    public void WebStage_Dockerfile_BuildsPageFromLockFile()
    {
        var web = Instructions.Single(instruction => instruction.Keyword == "FROM" && instruction.Arguments.EndsWith(" AS web", StringComparison.OrdinalIgnoreCase));
        var runs = Instructions.Where(instruction => instruction.Stage == web.Stage && instruction.Keyword == "RUN").Select(instruction => instruction.Arguments).ToList();

        Assert.StartsWith("node:", web.Arguments, StringComparison.Ordinal);
        Assert.Contains(runs, run => run.StartsWith("npm ci", StringComparison.Ordinal));
        Assert.Contains(runs, run => run.StartsWith("npm run build", StringComparison.Ordinal));
    }

    [Fact]
    public void CopyFromWeb_BuildStage_PutsPageIntoWwwrootBeforePublish()
    {
        var stageInstructions = Instructions.ToList();
        var copy = stageInstructions.FindIndex(instruction => instruction.Keyword == "COPY"
            && instruction.Arguments.StartsWith("--from=web ", StringComparison.Ordinal)
            && instruction.Arguments.TrimEnd('/').EndsWith("TitanFleet.Silo/wwwroot", StringComparison.Ordinal));
        var publish = stageInstructions.FindIndex(instruction => instruction.Keyword == "RUN" && instruction.Arguments.Contains("dotnet publish", StringComparison.Ordinal));

        Assert.True(copy >= 0, "no COPY --from=web ... TitanFleet.Silo/wwwroot/");
        Assert.True(publish > copy && stageInstructions[publish].Stage == stageInstructions[copy].Stage, "the page is not copied into the build stage before dotnet publish");
    }

    private static IEnumerable<string> ExposedPorts => FinalStage
        .Where(instruction => instruction.Keyword == "EXPOSE")
        .SelectMany(instruction => instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Select(entry => entry.Split('/')[0]);

    [Fact]
    public void CopySources_FromBuildContext_ExistInRepository()
    {
        var missing = Instructions
            .Where(instruction => instruction.Keyword is "COPY" or "ADD")
            .SelectMany(Sources)
            .Where(source => !ExistsInContext(source))
            .ToList();

        Assert.Empty(missing);
    }

    /// <summary>Source paths of a COPY/ADD from the build context; none for one copying from a stage.</summary>
    private static IEnumerable<string> Sources(DockerInstruction instruction)
    {
        var arguments = instruction.Arguments;
        var flags = new List<string>();
        while (arguments.StartsWith("--", StringComparison.Ordinal))
        {
            var end = arguments.IndexOf(' ', StringComparison.Ordinal);
            flags.Add(end < 0 ? arguments : arguments[..end]);
            arguments = end < 0 ? "" : arguments[end..].TrimStart();
        }

        if (flags.Any(flag => flag.StartsWith("--from=", StringComparison.Ordinal)))
        {
            return [];
        }

        var paths = arguments.StartsWith('[')
            ? JsonSerializer.Deserialize<string[]>(arguments) ?? []
            : arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return paths.SkipLast(1).Where(path => !path.Contains("://", StringComparison.Ordinal));
    }

    private static bool ExistsInContext(string source)
    {
        var path = RepoRoot.Combine(source.TrimStart('/'));
        if (source.IndexOfAny(['*', '?']) < 0)
        {
            return File.Exists(path) || Directory.Exists(path);
        }

        var folder = Path.GetDirectoryName(path)!;
        return Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder, Path.GetFileName(path)).Any();
    }
}
