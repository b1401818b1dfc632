using FluentValidation;

namespace TitanFleet.Api.Paging;

/// <summary>The paging rules every list validator applies alike.</summary>
public static class PageQueryRules
{
    /// <summary>
    /// A limit from 1 to <see cref="Cursors.MaxLimit"/>, and only a cursor this list issued: one that decodes
    /// as <typeparamref name="TCursor"/> and, where given, <paramref name="fits"/> the rest of the query (a list
    /// whose cursor carries its sort).
    /// </summary>
    public static void PageRules<TQuery, TCursor>(this AbstractValidator<TQuery> validator, Func<TQuery, TCursor, bool>? fits = null,
        string message = "'{PropertyName}' is not a cursor this list issued.")
        where TQuery : IPageQuery
        where TCursor : class
    {
        validator.RuleFor(q => q.Limit).InclusiveBetween(1, Cursors.MaxLimit).When(q => q.Limit is not null);
        validator.RuleFor(q => q.Cursor)
            .Must((query, cursor) => Cursors.TryDecode<TCursor>(cursor, out var position) && (fits is null || fits(query, position)))
            .When(q => q.Cursor is not null)
            .WithMessage(message);
    }
}
