namespace TitanFleet.Simulator.Soak;

/// <summary>
/// One minute of the soak: the silo's managed heap after its last GC, GC counts so far, thread-pool
/// and OS threads, open handles, working set, and the percentiles of the server's requests (all routes,
/// from its histogram) and of this client's API reads in that minute.
/// </summary>
public sealed record SoakSample(
    int Minute,
    double HeapMb,
    long Gen0,
    long Gen1,
    long Gen2,
    int PoolThreads,
    int OsThreads,
    int Handles,
    double RssMb,
    double Requests,
    double ServerErrors,
    double ServerP50Ms,
    double ServerP95Ms,
    double ServerP99Ms,
    int Reads,
    int ReadErrors,
    double ReadP50Ms,
    double ReadP99Ms);
