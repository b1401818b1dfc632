namespace TitanFleet.Grains.Defects;

public sealed record DefectPageResult(IReadOnlyList<DefectRecord> Items, DefectCursor? Next);
