using FluentValidation;
using TitanFleet.Api.Validation;

namespace TitanFleet.Api.Devices;

public sealed class RegisterDeviceRequestValidator : AbstractValidator<RegisterDeviceRequest>
{
    public RegisterDeviceRequestValidator()
    {
        RuleFor(d => d.Name).Cascade(CascadeMode.Stop).NotEmpty().PlainText(60);
        RuleFor(d => d.Kind).Must(k => DeviceKinds.All.Contains(k)).When(d => d.Kind is not null)
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", DeviceKinds.All)}.");
        RuleFor(d => d.UniqueId).Must(id => DeviceUniqueIds.IsImei(id!)).When(d => d.UniqueId is not null)
            .WithMessage("'{PropertyName}' must be a tracker's IMEI: 15 digits with a valid check digit.");
    }
}
