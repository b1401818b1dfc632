using Microsoft.Extensions.Options;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Silo.Options;

/// <summary>A group commit of zero positions never drains the queue: the writer loop would spin forever.</summary>
public sealed class GroupCommitOptionsValidator : IValidateOptions<GroupCommitOptions>
{
    public ValidateOptionsResult Validate(string? name, GroupCommitOptions options)
    {
        var failures = new List<string>();
        if (options.MaxBatchPositions < 1) failures.Add($"{GroupCommitOptions.Section}:{nameof(options.MaxBatchPositions)} must be at least 1.");
        if (options.Writers < 1) failures.Add($"{GroupCommitOptions.Section}:{nameof(options.Writers)} must be at least 1.");
        if (options.CopyMinPositions < 1) failures.Add($"{GroupCommitOptions.Section}:{nameof(options.CopyMinPositions)} must be at least 1.");
        if (options.QueueCapacity < 1) failures.Add($"{GroupCommitOptions.Section}:{nameof(options.QueueCapacity)} must be at least 1.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
