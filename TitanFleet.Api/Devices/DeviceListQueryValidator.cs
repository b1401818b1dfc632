using FluentValidation;
using TitanFleet.Api.Paging;

namespace TitanFleet.Api.Devices;

public sealed class DeviceListQueryValidator : AbstractValidator<DeviceListQuery>
{
    public DeviceListQueryValidator()
    {
        this.PageRules<DeviceListQuery, DeviceCursor>();
    }
}
