using FluentValidation;

namespace TitanFleet.Api.Validation;

/// <summary>Rules shared by every resource's free-text fields.</summary>
public static class TextRules
{
    /// <summary>Printable text of at most <paramref name="maxLength"/> characters: PostgreSQL refuses NUL, and no field needs control characters.</summary>
    public static IRuleBuilderOptions<T, string?> PlainText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength)
            .Must(value => value is null || !value.Any(char.IsControl)).WithMessage("'{PropertyName}' must not contain control characters.");
}
