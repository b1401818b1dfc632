namespace TitanFleet.Api.Shifts;

public enum ShiftState
{
    OffDuty,
    OnShift,
}
