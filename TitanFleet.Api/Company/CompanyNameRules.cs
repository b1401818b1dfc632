using FluentValidation;
using TitanFleet.Api.Validation;

namespace TitanFleet.Api.Company;

/// <summary>The rules a company's name and time zone follow wherever they are written (the API and the operator command). NotEmpty refuses a blank name too.</summary>
public static class CompanyNameRules
{
    public const int MaxNameLength = 100;

    public static IRuleBuilderOptions<T, string?> CompanyName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().PlainText(MaxNameLength);

    public static IRuleBuilderOptions<T, string?> CompanyTimeZone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(CompanyTimeZones.IsIana).WithMessage("'{PropertyName}' must be an IANA time zone such as Europe/London.");
}
