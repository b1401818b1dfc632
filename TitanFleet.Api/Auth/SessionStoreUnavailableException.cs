namespace TitanFleet.Api.Auth;

/// <summary>The session grain could not be reached or could not load (grain call failed or timed out, database down).</summary>
public sealed class SessionStoreUnavailableException(Exception innerException)
    : Exception("The sign-in session store is unavailable", innerException);
