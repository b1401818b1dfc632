using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TitanFleet.Api.Auth;

namespace TitanFleet.Api.Users;

/// <summary>
/// A new password is checked by ASP.NET Core Identity's own <see cref="PasswordValidator{TUser}"/>
/// against its <see cref="PasswordOptions"/> (configuration section <c>Identity:Password</c>), not by
/// rules of ours. Identity's validators take a <see cref="UserManager{TUser}"/> only to read those
/// options; ours is built over <see cref="PasswordOnlyUserStore"/> because users are written by
/// the users register, never through Identity.
/// </summary>
public sealed class PasswordRules
{
    public const int MaxLength = 256;

    private static readonly UserAccount Candidate = new(Guid.Empty, Guid.Empty, "", "", "", "", "");
    private readonly UserManager<UserAccount> _manager;

    public PasswordRules(IOptions<IdentityOptions> options, IPasswordHasher<UserAccount> hasher) =>
        _manager = new UserManager<UserAccount>(
            new PasswordOnlyUserStore(), options, hasher, userValidators: [], passwordValidators: [new PasswordValidator<UserAccount>()],
            new UpperInvariantLookupNormalizer(), new IdentityErrorDescriber(), services: null!, NullLogger<UserManager<UserAccount>>.Instance);

    /// <summary>Adds one failure per broken rule to the validated property (a FluentValidation custom rule).</summary>
    public async Task CheckAsync(string? password, ValidationContext<CreateUserRequest> context, CancellationToken cancellationToken) =>
        Report(await FailuresAsync(password), context.AddFailure);

    /// <inheritdoc cref="CheckAsync(string?, ValidationContext{CreateUserRequest}, CancellationToken)"/>
    public async Task CheckAsync(string? password, ValidationContext<SetPasswordRequest> context, CancellationToken cancellationToken) =>
        Report(await FailuresAsync(password), context.AddFailure);

    public async Task<IReadOnlyList<string>> FailuresAsync(string? password)
    {
        if (string.IsNullOrEmpty(password)) return [];
        if (password.Length > MaxLength) return [$"Passwords must be at most {MaxLength} characters."];
        if (password.Any(char.IsControl)) return ["Passwords must not contain control characters."];
        var failures = new List<string>();
        foreach (var validator in _manager.PasswordValidators)
        {
            var result = await validator.ValidateAsync(_manager, Candidate, password);
            failures.AddRange(result.Errors.Select(error => error.Description));
        }
        return failures;
    }

    private static void Report(IReadOnlyList<string> failures, Action<string> add)
    {
        foreach (var failure in failures) add(failure);
    }
}
