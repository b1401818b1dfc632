using System.Globalization;
using FluentValidation;

namespace TitanFleet.Api.Files;

public sealed class UploadFileFormValidator : AbstractValidator<UploadFileForm>
{
    // Each rule names the form field as a client sends it, so the problem names the field to fix.
    public UploadFileFormValidator(TimeProvider time)
    {
        RuleFor(f => f.File).NotNull().WithMessage("Send exactly one file in the form field 'file'.").OverridePropertyName("file");
        RuleFor(f => f.File!.Length).GreaterThan(0).WithMessage("The file is empty.").OverridePropertyName("file").When(f => f.File is not null);
        RuleFor(f => f.FileCount).Equal(1).WithMessage("Send exactly one file in the form field 'file'.").OverridePropertyName("file").When(f => f.File is not null);
        RuleFor(f => f.EntityType).NotEmpty().Must(type => FileOwnerTypes.Supported.Contains(type))
            .WithMessage($"'entityType' must be one of: {string.Join(", ", FileOwnerTypes.Supported)}.").OverridePropertyName("entityType");
        RuleFor(f => f.EntityId).NotEmpty().Must(id => Guid.TryParse(id, out _)).WithMessage("'entityId' must be a record id (a GUID).")
            .OverridePropertyName("entityId");
        RuleFor(f => f.ExpiresAt)
            .Must(value => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at > time.GetUtcNow())
            .WithMessage("'expiresAt' must be an ISO 8601 time in the future.")
            .OverridePropertyName("expiresAt")
            .When(f => f.ExpiresAt is not null);
    }
}
