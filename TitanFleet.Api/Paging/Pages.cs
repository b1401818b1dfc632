namespace TitanFleet.Api.Paging;

/// <summary>A store's page as the wire's <see cref="Page{T}"/>: its items in their response shape, its next position as an opaque cursor.</summary>
public static class Pages
{
    public static Page<T> Of<T, TCursor>(IEnumerable<T> items, TCursor? next) where TCursor : class =>
        new([.. items], next is null ? null : Cursors.Encode(next));
}
