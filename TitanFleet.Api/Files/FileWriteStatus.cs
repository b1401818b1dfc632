namespace TitanFleet.Api.Files;

public enum FileWriteStatus
{
    Written,

    /// <summary>The file was already deleted: nothing to do, nothing audited.</summary>
    Unchanged,

    /// <summary>No such file or owner record in the caller's company (another company's answers the same).</summary>
    NotFound,

    /// <summary>The caller may not delete this file: neither its uploader nor a manager or admin.</summary>
    Forbidden,
}
