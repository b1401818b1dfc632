namespace TitanFleet.Grains.Checks;

public enum CheckItemWriteStatus
{
    Written,
    DuplicateCode,
}
