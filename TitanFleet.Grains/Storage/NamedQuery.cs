namespace TitanFleet.Grains.Storage;

/// <summary>
/// One SQL statement the service sends, declared once under a stable name. Declaring every
/// statement this way lets the plan check EXPLAIN each of them against a database seeded at
/// realistic volume, so a new query that would scan a large table fails a test instead of a
/// customer. A query with shapes chosen at run time (sort orders, optional filters) declares
/// each shape as its own <see cref="NamedQuery"/>.
/// </summary>
public sealed record NamedQuery(string Name, string Sql)
{
    public override string ToString() => Name;
}
