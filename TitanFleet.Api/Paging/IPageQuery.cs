namespace TitanFleet.Api.Paging;

/// <summary>A list query's paging part: <c>cursor</c> from the previous page and <c>limit</c> (1 to <see cref="Cursors.MaxLimit"/>).</summary>
public interface IPageQuery
{
    string? Cursor { get; }

    int? Limit { get; }
}
