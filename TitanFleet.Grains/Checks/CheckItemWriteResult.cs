namespace TitanFleet.Grains.Checks;

/// <summary>The outcome of adding a company item: the item as written, or why not.</summary>
public sealed record CheckItemWriteResult(CheckItemWriteStatus Status, CheckItem? Item = null);
