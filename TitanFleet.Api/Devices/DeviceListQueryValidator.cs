using FluentValidation;
using TitanFleet.Api.Paging;

namespace TitanFleet.Api.Devices;

public sealed class DeviceListQueryValidator : AbstractValidator<DeviceListQuery>
{
    public DeviceListQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursors.MaxLimit).When(q => q.Limit is not null);
        RuleFor(q => q.Cursor).Must(c => Cursors.TryDecode<DeviceCursor>(c, out _)).When(q => q.Cursor is not null)
            .WithMessage("'{PropertyName}' is not a cursor this list issued.");
    }
}
