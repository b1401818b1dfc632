using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using TitanFleet.Api.OsmAnd;

namespace TitanFleet.Api.OpenApi;

/// <summary>
/// The OsmAnd endpoint reads its fields by hand (query string or form body) so ApiExplorer cannot
/// see them: this lists them as the OsmAnd / Traccar Client protocol defines them.
/// </summary>
public sealed class OsmAndProtocolOperationFilter : IOperationFilter
{
    private static readonly (string Name, JsonSchemaType Type, string? Format, string Description)[] Fields =
    [
        ("id", JsonSchemaType.String, null, "The device's unique id as registered (required, or deviceid)"),
        ("deviceid", JsonSchemaType.String, null, "Alternative name for id"),
        ("lat", JsonSchemaType.Number, "double", "Latitude, degrees (or use location)"),
        ("lon", JsonSchemaType.Number, "double", "Longitude, degrees (or use location)"),
        ("location", JsonSchemaType.String, null, "\"lat,lon\" in place of lat and lon"),
        ("timestamp", JsonSchemaType.String, null, "Fix time: Unix seconds or milliseconds, or ISO 8601"),
        ("speed", JsonSchemaType.Number, "double", "Speed in knots"),
        ("bearing", JsonSchemaType.Number, "double", "Heading, degrees clockwise from north"),
        ("heading", JsonSchemaType.Number, "double", "Alternative name for bearing"),
        ("altitude", JsonSchemaType.Number, "double", "Altitude, metres"),
        ("accuracy", JsonSchemaType.Number, "double", "Horizontal accuracy, metres"),
        ("odometer", JsonSchemaType.Number, "double", "Odometer, metres"),
    ];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if ("/" + context.ApiDescription.RelativePath?.TrimEnd('/') != OsmAndEndpoints.Path) return;

        operation.Parameters ??= [];
        foreach (var (name, type, format, description) in Fields)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Query,
                Description = description,
                Schema = new OpenApiSchema { Type = type, Format = format },
            });
        }

        if (HttpMethods.IsGet(context.ApiDescription.HttpMethod ?? ""))
        {
            operation.RequestBody = null;
            return;
        }
        if (operation.RequestBody?.Content?.ContainsKey("application/x-www-form-urlencoded") == true)
        {
            var form = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = new Dictionary<string, IOpenApiSchema>() };
            foreach (var (name, type, format, description) in Fields)
                form.Properties[name] = new OpenApiSchema { Type = type, Format = format, Description = description };
            operation.RequestBody.Content["application/x-www-form-urlencoded"] = new OpenApiMediaType { Schema = form };
        }
    }
}
