using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace TitanFleet.Api.Users;

public static class UsersServiceCollectionExtensions
{
    /// <summary>The users register's services; password rules bind Identity's options from <c>Identity:Password</c>.</summary>
    public static IServiceCollection AddFleetUsers(this IServiceCollection services)
    {
        services.AddOptions<IdentityOptions>().BindConfiguration("Identity");
        services.AddOptions<UserSetupOptions>().BindConfiguration(UserSetupOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<UserSetupOptions>, UserSetupOptionsValidator>();
        services.AddSingleton<PasswordRules>();
        return services;
    }
}
