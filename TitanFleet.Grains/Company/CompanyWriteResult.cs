namespace TitanFleet.Grains.Company;

/// <summary>What a write did. <see cref="Record"/> is the company as it now stands (for a version conflict, the current row).</summary>
public sealed record CompanyWriteResult(CompanyWriteStatus Status, CompanyRecord? Record = null);
