using FluentValidation;

namespace TitanFleet.Api.Users;

public sealed class CreateUserRequestValidator : AbstractValidator<CreateUserRequest>
{
    public CreateUserRequestValidator(UserFieldsValidator fields, PasswordRules passwords)
    {
        Include(fields);
        RuleFor(u => u.Password).CustomAsync(passwords.CheckAsync).When(u => u.Password is not null);
    }
}
