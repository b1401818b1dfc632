using System.Text.Json.Serialization;

namespace TitanFleet.Api.Defects;

/// <summary>
/// Moves a defect along the flow, changes its severity or assigns it (omitted fields stay as they
/// are; <c>"assignedTo": null</c> unassigns it). <see cref="Version"/> is the version the client
/// last read: if the defect changed since, 409.
/// </summary>
public sealed record UpdateDefectRequest(int? Version, string? Status, string? Severity)
{
    private readonly Guid? _assignedTo;

    public Guid? AssignedTo
    {
        get => _assignedTo;
        init
        {
            // The serializer calls this only when the body has the field, a null included: that is how an omitted field differs from null.
            _assignedTo = value;
            AssignedToGiven = true;
        }
    }

    [JsonIgnore]
    public bool AssignedToGiven { get; private init; }
}
