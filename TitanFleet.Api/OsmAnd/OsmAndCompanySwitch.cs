using Microsoft.Extensions.Primitives;
using TitanFleet.Grains.Caching;
using TitanFleet.Grains.Company;

namespace TitanFleet.Api.OsmAnd;

/// <summary>
/// Makes a company's OsmAnd switch take effect at once on every silo. Each cached OsmAnd lookup
/// carries the token current when its query started; a company settings write (cluster-wide, the
/// company store's region) cancels that token, so no lookup read before the write outlives it, even
/// one whose query was still running. Settings change rarely, so dropping every company's entries
/// costs no more than one query per device afterwards.
/// </summary>
public sealed class OsmAndCompanySwitch : ISiloCache
{
    private CancellationTokenSource _current = new();

    public string Region => PostgresCompanyStore.CacheRegion;

    public IChangeToken Current => new CancellationChangeToken(Volatile.Read(ref _current).Token);

    public void Invalidate(Guid id) => Interlocked.Exchange(ref _current, new CancellationTokenSource()).Cancel();
}
