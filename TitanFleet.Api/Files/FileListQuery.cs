using TitanFleet.Api.Paging;

namespace TitanFleet.Api.Files;

/// <summary>The file list's query string: one owner record's live files, oldest first.</summary>
public sealed record FileListQuery(string? EntityType, Guid? EntityId, string? Cursor, int? Limit) : IPageQuery;
