using FluentValidation;
using TitanFleet.Api.Users;
using TitanFleet.Api.Validation;

namespace TitanFleet.Api.Company;

/// <summary>The operator command's input follows the same rules as the company settings and the users API.</summary>
public sealed class NewCompanyRequestValidator : AbstractValidator<NewCompanyRequest>
{
    public NewCompanyRequestValidator(PasswordRules passwords)
    {
        RuleFor(c => c.Name).CompanyName();
        RuleFor(c => c.TimeZone).CompanyTimeZone();
        RuleFor(c => c.AdminEmail).Cascade(CascadeMode.Stop).NotEmpty().PlainText(254).EmailAddress();
        RuleFor(c => c.AdminName).Cascade(CascadeMode.Stop).NotEmpty().PlainText(100);
        RuleFor(c => c.AdminPassword).CustomAsync(async (password, context, _) =>
        {
            foreach (var failure in await passwords.FailuresAsync(password)) context.AddFailure(failure);
        }).When(c => c.AdminPassword is not null);
    }
}
