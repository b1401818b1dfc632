using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TitanFleet.Api.OpenApi;

/// <summary>
/// System.Text.Json ignores members it does not know, so request and response objects are open:
/// the document must not say <c>additionalProperties: false</c> (clients would reject newer fields).
/// </summary>
public sealed class OpenObjectsSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema { AdditionalPropertiesAllowed: false, AdditionalProperties: null } closed)
            closed.AdditionalPropertiesAllowed = true;
    }
}
