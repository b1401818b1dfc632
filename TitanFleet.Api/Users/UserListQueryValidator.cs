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
        this.PageRules<UserListQuery, UserCursor>();
    }
}
