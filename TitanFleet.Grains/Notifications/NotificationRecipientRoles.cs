namespace TitanFleet.Grains.Notifications;

/// <summary>
/// Who a notification rule names: everyone of a role in the company, or <see cref="OwnDriver"/>, the one
/// person the event is about (its driver: their own shift, hours or defect report), whatever their role.
/// </summary>
public static class NotificationRecipientRoles
{
    public const string Admin = "admin";
    public const string Manager = "manager";
    public const string Mechanic = "mechanic";
    public const string OwnDriver = "ownDriver";

    public static readonly string[] All = [Admin, Manager, Mechanic, OwnDriver];
}
