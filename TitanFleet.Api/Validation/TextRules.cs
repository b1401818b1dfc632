using FluentValidation;

namespace TitanFleet.Api.Validation;

/// <summary>Rules shared by every resource's free-text fields.</summary>
public static class TextRules
{
    /// <summary>Printable text of at most <paramref name="maxLength"/> characters: PostgreSQL refuses NUL, and no field needs control characters.</summary>
    public static IRuleBuilderOptions<T, string?> PlainText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength)
            .Must(value => value is null || !value.Any(char.IsControl)).WithMessage("'{PropertyName}' must not contain control characters.");

    /// <summary>Like <see cref="PlainText{T}"/> but line breaks and tabs are allowed (descriptions, comments, work done).</summary>
    public static IRuleBuilderOptions<T, string?> MultilineText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength)
            .Must(value => value is null || !value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            .WithMessage("'{PropertyName}' must not contain control characters other than line breaks and tabs.");
}
