using Sentry;
using TitanFleet.Grains.Observability;

namespace TitanFleet.Api.Observability;

internal sealed class SentryTrackedTransaction(ITransactionTracer transaction) : ITrackedTransaction
{
    private Exception? _failure;

    public void Fail(Exception exception) => _failure = exception;

    public void Dispose()
    {
        if (transaction.IsFinished) return;
        if (_failure is null) transaction.Finish(SpanStatus.Ok);
        else transaction.Finish(_failure);
    }
}
