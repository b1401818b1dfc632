namespace TitanFleet.Api.Auth;

/// <summary>The session store could not say whether a cookie's session is live (grain call failed or timed out, database down).</summary>
public sealed class SessionCheckUnavailableException(Exception innerException)
    : Exception("The sign-in session could not be checked", innerException);
