namespace TitanFleet.Api.Hubs;

public static class HubGroups
{
    public static string Company(Guid companyId) => $"company:{companyId:N}";
}
