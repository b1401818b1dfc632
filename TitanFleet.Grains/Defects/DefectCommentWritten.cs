namespace TitanFleet.Grains.Defects;

/// <summary>A comment as written, and the version its defect rose to.</summary>
public sealed record DefectCommentWritten(DefectComment Comment, int DefectVersion);
