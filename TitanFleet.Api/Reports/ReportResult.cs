using System.Globalization;
using Microsoft.Net.Http.Headers;
using TitanFleet.Grains.Reports;

namespace TitanFleet.Api.Reports;

/// <summary>
/// A report streamed to the response as CSV (a download named after the report and its range) or JSON.
/// The query runs only here, once the filters are known good, so each row goes from the reader to the wire.
/// </summary>
public sealed class ReportResult<TRow>(ReportLayout<TRow> layout, ReportRange range, bool csv, Func<CancellationToken, IAsyncEnumerable<TRow>> rows) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var cancellationToken = httpContext.RequestAborted;
        response.Headers.CacheControl = "no-store";
        if (csv)
        {
            response.ContentType = ReportFormats.CsvMediaType + "; charset=utf-8";
            var name = string.Create(CultureInfo.InvariantCulture, $"{layout.Name}-{range.From:yyyy-MM-dd}-{range.To:yyyy-MM-dd}.csv");
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = name }.ToString();
            await ReportCsvWriter.WriteAsync(layout, rows(cancellationToken), response.Body, cancellationToken);
        }
        else
        {
            response.ContentType = "application/json; charset=utf-8";
            await ReportJsonWriter.WriteAsync(layout, range, rows(cancellationToken), response.Body, cancellationToken);
        }
    }
}
