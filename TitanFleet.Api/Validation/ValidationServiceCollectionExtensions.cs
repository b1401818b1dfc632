using System.Text.Json;
using FluentValidation;

namespace TitanFleet.Api.Validation;

public static class ValidationServiceCollectionExtensions
{
    /// <summary>
    /// Registers every request validator of the API (singletons: they hold no request state) and
    /// makes messages name fields as the wire does ("'mileageKm' must be ...", not "'Mileage Km'").
    /// </summary>
    public static IServiceCollection AddFleetValidation(this IServiceCollection services)
    {
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        services.AddValidatorsFromAssemblyContaining(typeof(ValidationFilter<>), ServiceLifetime.Singleton);
        // Some rules are the signed-in company's (its local date); a singleton reaches the request through the accessor.
        services.AddHttpContextAccessor();
        return services;
    }
}
