using System.Buffers;
using System.Text;

namespace TitanFleet.Api.Auth;

/// <summary>
/// Refuses what could never be a real login before it reaches PostgreSQL or the hasher: PostgreSQL
/// cannot store a NUL character or a lone surrogate and would answer with an encoding error.
/// </summary>
public static class LoginRequestValidator
{
    public const int MaxEmailLength = 254;
    public const int MaxPasswordLength = 1024;

    public static Dictionary<string, string[]> Validate(LoginRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email)) errors["email"] = ["Email is required."];
        else if (request.Email.Length > MaxEmailLength || !IsPlainText(request.Email))
            errors["email"] = [$"Email must be at most {MaxEmailLength} characters of text without control characters."];

        if (string.IsNullOrEmpty(request.Password)) errors["password"] = ["Password is required."];
        else if (request.Password.Length > MaxPasswordLength || !IsPlainText(request.Password))
            errors["password"] = [$"Password must be at most {MaxPasswordLength} characters of text without control characters."];
        return errors;
    }

    private static bool IsPlainText(string value)
    {
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != OperationStatus.Done || Rune.IsControl(rune)) return false;
            rest = rest[consumed..];
        }
        return true;
    }
}
