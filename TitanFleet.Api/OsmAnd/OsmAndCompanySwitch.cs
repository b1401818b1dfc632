using TitanFleet.Grains.Caching;
using TitanFleet.Grains.Company;

namespace TitanFleet.Api.OsmAnd;

/// <summary>
/// Makes a company's OsmAnd switch take effect at once on every silo: a company settings write
/// (cluster-wide, the company store's region) drops every cached OsmAnd lookup, including one whose
/// query was still running when the write came. Settings change rarely, so dropping every company's
/// entries costs no more than one query per device afterwards.
/// </summary>
public sealed class OsmAndCompanySwitch(OsmAndDevices devices) : ISiloCache
{
    public string Region => PostgresCompanyStore.CacheRegion;

    public void Invalidate(Guid id) => devices.Clear();
}
