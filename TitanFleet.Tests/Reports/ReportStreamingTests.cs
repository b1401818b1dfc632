using TitanFleet.Api.Reports;
using TitanFleet.Grains.Reports;

namespace TitanFleet.Tests.Reports;

/// <summary>
/// The writers hand rows on while the reader is still producing them: the row source below stops half way and
/// goes on only once the output has received bytes, so a writer that gathered every row first would never finish.
/// </summary>
public sealed class ReportStreamingTests
{
    private const int RowsBeforeGate = ReportCsvWriter.FlushEvery * 3;

    [Fact]
    public async Task Csv_RowsStillComing_BytesReachTheOutputBeforeTheLastRowIsRead()
    {
        var output = new SignallingStream();

        await ReportCsvWriter.WriteAsync(ReportLayouts.Utilisation, GatedRowsAsync(output), output, CancellationToken.None);

        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).TrimEnd().Split("\r\n");
        Assert.Equal(1 + RowsBeforeGate * 2 + 1, lines.Length);
        Assert.StartsWith("total,", lines[^1]);
    }

    [Fact]
    public async Task Json_RowsStillComing_BytesReachTheOutputBeforeTheLastRowIsRead()
    {
        var output = new SignallingStream();
        var range = new ReportRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

        await ReportJsonWriter.WriteAsync(ReportLayouts.Utilisation, range, GatedRowsAsync(output), output, CancellationToken.None);

        using var document = System.Text.Json.JsonDocument.Parse(output.ToArray());
        Assert.Equal(RowsBeforeGate * 2, document.RootElement.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task Csv_TextStartingLikeAFormula_WrittenAsTextNotAFormula()
    {
        var output = new MemoryStream();
        var rows = new[] { new UtilisationRow(new DateOnly(2026, 1, 1), Guid.Empty, "=HYPERLINK(\"x\")", "+Depot, North", 0, 0, 0, false, null, 0, 0, null, null) };

        await ReportCsvWriter.WriteAsync(ReportLayouts.Utilisation, rows.ToAsyncEnumerable(), output, CancellationToken.None);

        var line = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split("\r\n")[1];
        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\")\",\"'+Depot, North\",", line);
    }

    private static async IAsyncEnumerable<UtilisationRow> GatedRowsAsync(SignallingStream output)
    {
        for (var i = 0; i < RowsBeforeGate * 2; i++)
        {
            if (i == RowsBeforeGate)
            {
                // Fails rather than hangs when nothing was written: a buffering writer would wait for the end.
                await output.FirstWrite.WaitAsync(TimeSpan.FromSeconds(10));
            }
            yield return new UtilisationRow(new DateOnly(2026, 1, 1).AddDays(i % 365), Guid.NewGuid(), $"AB{i:D2}CDE", null, 1000, 60, 30, false, null, 0, 0, null, null);
        }
    }

    private sealed class SignallingStream : MemoryStream
    {
        private readonly TaskCompletionSource _firstWrite = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task FirstWrite => _firstWrite.Task;

        public override void Write(byte[] buffer, int offset, int count)
        {
            base.Write(buffer, offset, count);
            _firstWrite.TrySetResult();
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _firstWrite.TrySetResult();
            return base.WriteAsync(buffer, offset, count, cancellationToken);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _firstWrite.TrySetResult();
            return base.WriteAsync(buffer, cancellationToken);
        }
    }
}
