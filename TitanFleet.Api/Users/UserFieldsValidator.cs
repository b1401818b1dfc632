using FluentValidation;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Validation;

namespace TitanFleet.Api.Users;

/// <summary>The rules every user write shares; create and update add what differs.</summary>
public sealed class UserFieldsValidator : AbstractValidator<IUserFields>
{
    public UserFieldsValidator()
    {
        RuleFor(u => u.Email).Cascade(CascadeMode.Stop).NotEmpty().PlainText(254).EmailAddress();
        RuleFor(u => u.FullName).Cascade(CascadeMode.Stop).NotEmpty().PlainText(100);
        RuleFor(u => u.Username).Matches("^[A-Za-z0-9._-]{3,50}$").When(u => u.Username is not null)
            .WithMessage("'{PropertyName}' must be 3 to 50 letters, digits, dots, dashes or underscores.");
        RuleFor(u => u.Phone).Matches(@"^\+?[0-9][0-9 ()-]{5,22}$").When(u => u.Phone is not null)
            .WithMessage("'{PropertyName}' must be a phone number such as +44 7700 900123.");
        RuleFor(u => u.Role).NotEmpty().Must(r => Roles.UserRoles.Contains(r))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", Roles.UserRoles)}.");
    }
}
