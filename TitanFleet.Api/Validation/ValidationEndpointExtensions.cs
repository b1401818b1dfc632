namespace TitanFleet.Api.Validation;

public static class ValidationEndpointExtensions
{
    /// <summary>Validates the endpoint's <typeparamref name="T"/> argument (body or [AsParameters] query) with its registered validator.</summary>
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
}
