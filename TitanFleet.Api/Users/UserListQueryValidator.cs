using FluentValidation;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Paging;
using TitanFleet.Grains.Users;

namespace TitanFleet.Api.Users;

public sealed class UserListQueryValidator : AbstractValidator<UserListQuery>
{
    public UserListQueryValidator()
    {
        RuleFor(q => q.Role).Must(r => Roles.UserRoles.Contains(r)).When(q => q.Role is not null)
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", Roles.UserRoles)}.");
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursors.MaxLimit).When(q => q.Limit is not null);
        RuleFor(q => q.Cursor).Must(c => Cursors.TryDecode<UserCursor>(c, out _)).When(q => q.Cursor is not null)
            .WithMessage("'{PropertyName}' is not a cursor this list issued.");
    }
}
