namespace TitanFleet.Grains.Storage;

/// <summary>Transaction control sent as a statement, so a commit can travel in the batch that ends the transaction's work.</summary>
public static class TransactionQueries
{
    /// <summary>
    /// Ends the connection's open transaction. In an NpgsqlBatch it runs only if every statement before it
    /// succeeded (PostgreSQL skips the rest of a batch after an error), so a batch that returns committed all of it.
    /// </summary>
    public static readonly NamedQuery Commit = new("transaction.commit", "COMMIT");
}
