namespace TitanFleet.Api.Notifications;

/// <summary>How many notifications "mark all read" marked (those already read are not counted).</summary>
public sealed record ReadAllResponse(int Marked);
