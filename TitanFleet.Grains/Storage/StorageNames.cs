namespace TitanFleet.Grains.Storage;

/// <summary>Names of the Orleans providers and well-known grain keys, shared by silo wiring and grains.</summary>
public static class StorageNames
{
    public const string GrainStore = "fleet";
    public const string AdoNetInvariant = "Npgsql";
    public const long PushDirectoryKey = 0;
    public const long CacheDirectoryKey = 0;
}
