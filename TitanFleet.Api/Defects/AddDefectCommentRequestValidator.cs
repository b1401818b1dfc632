using FluentValidation;
using TitanFleet.Api.Validation;

namespace TitanFleet.Api.Defects;

public sealed class AddDefectCommentRequestValidator : AbstractValidator<AddDefectCommentRequest>
{
    public AddDefectCommentRequestValidator()
    {
        RuleFor(r => r.Body).NotEmpty().Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage("'{PropertyName}' must not be blank.").MultilineText(2000);
    }
}
