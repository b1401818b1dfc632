using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TitanFleet.Api.OpenApi;

/// <summary>Each described endpoint's security requirement (or its explicit absence), from <see cref="OperationSecurity"/>.</summary>
public sealed class SecurityRequirementsOperationFilter(OperationSecurity security) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context) =>
        security.Describe(operation, context.ApiDescription.ActionDescriptor.EndpointMetadata, context.Document);
}
