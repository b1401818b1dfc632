namespace TitanFleet.Api.Files;

public sealed record FileWriteResult(FileWriteStatus Status, StoredFile? File = null);
