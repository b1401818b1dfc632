using FluentValidation;

namespace TitanFleet.Api.Users;

public sealed class DeactivateUserQueryValidator : AbstractValidator<DeactivateUserQuery>
{
    public DeactivateUserQueryValidator() => RuleFor(q => q.Version).NotNull().GreaterThanOrEqualTo(1);
}
