namespace TitanFleet.Api.Defects;

/// <summary>A note on a defect; the server stamps who wrote it and when.</summary>
public sealed record AddDefectCommentRequest(string? Body);
