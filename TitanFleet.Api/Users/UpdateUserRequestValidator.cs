using FluentValidation;

namespace TitanFleet.Api.Users;

public sealed class UpdateUserRequestValidator : AbstractValidator<UpdateUserRequest>
{
    public UpdateUserRequestValidator(UserFieldsValidator fields)
    {
        Include(fields);
        RuleFor(u => u.Active).NotNull();
        RuleFor(u => u.Version).NotNull().GreaterThanOrEqualTo(1);
    }
}
