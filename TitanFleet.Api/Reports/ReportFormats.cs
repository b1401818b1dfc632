using Microsoft.Net.Http.Headers;

namespace TitanFleet.Api.Reports;

/// <summary>JSON unless <c>format=csv</c>, or no format and an Accept header that asks for text/csv.</summary>
public static class ReportFormats
{
    public const string Json = "json";
    public const string Csv = "csv";
    public const string CsvMediaType = "text/csv";

    public static readonly string[] All = [Json, Csv];

    public static bool WantsCsv(string? format, HttpRequest request) => format switch
    {
        Csv => true,
        Json => false,
        _ => MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
            && accepted.Any(type => type.MediaType.Equals(CsvMediaType, StringComparison.OrdinalIgnoreCase)),
    };
}
