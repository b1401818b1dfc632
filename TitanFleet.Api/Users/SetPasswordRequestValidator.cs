using FluentValidation;
using TitanFleet.Api.Validation;

namespace TitanFleet.Api.Users;

public sealed class SetPasswordRequestValidator : AbstractValidator<SetPasswordRequest>
{
    public SetPasswordRequestValidator(PasswordRules passwords)
    {
        RuleFor(r => r.Token).Cascade(CascadeMode.Stop).NotEmpty().PlainText(SetupTokens.MaxLength);
        RuleFor(r => r.Password).Cascade(CascadeMode.Stop).NotEmpty().CustomAsync(passwords.CheckAsync);
    }
}
