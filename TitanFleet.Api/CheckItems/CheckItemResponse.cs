using TitanFleet.Grains.Checks;

namespace TitanFleet.Api.CheckItems;

/// <summary>One item of a walkaround list as the API shows it.</summary>
public sealed record CheckItemResponse(string Code, string Label, string Category, string DefaultSeverity, bool BuiltIn)
{
    public static CheckItemResponse From(CheckItem item) => new(item.Code, item.Label, item.Category, item.DefaultSeverity, item.BuiltIn);
}
