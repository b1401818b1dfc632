namespace TitanFleet.Api.Reports;

/// <summary>What every report's query string has: the company-local days (both inclusive) and the format.</summary>
public interface IReportQuery
{
    DateOnly? From { get; }

    DateOnly? To { get; }

    string? Format { get; }
}
