using System.Diagnostics;
using Microsoft.Extensions.Hosting;

namespace TitanFleet.Tests.Fixtures;

/// <summary>
/// Catches the host an entry point builds, through the "HostBuilt" event that .NET's host builders
/// raise for test tooling (WebApplicationFactory uses the same event). Only a host the predicate
/// accepts is taken, so hosts other tests build at the same time are ignored.
/// </summary>
internal sealed class HostCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly Func<IHost, bool> _accept;
    private readonly TaskCompletionSource<IHost> _host = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<IDisposable> _subscriptions = [];
    private readonly IDisposable _allListeners;

    public HostCapture(Func<IHost, bool> accept)
    {
        _accept = accept;
        _allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public Task<IHost> Host => _host.Task;

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name != "Microsoft.Extensions.Hosting") return;
        lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> diagnostic)
    {
        if (diagnostic is { Key: "HostBuilt", Value: IHost host } && _accept(host)) _host.TrySetResult(host);
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _allListeners.Dispose();
        lock (_subscriptions) _subscriptions.ForEach(subscription => subscription.Dispose());
    }
}
