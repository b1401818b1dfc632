using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Locations;

namespace TitanFleet.Api.OpenApi;

/// <summary>Examples for the request bodies, serialised from real instances so they keep the wire names.</summary>
public sealed class ExamplesSchemaFilter : ISchemaFilter
{
    private static readonly PositionInput Position = new(
        Guid.Parse("7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d2001"), new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero),
        51.5072, -0.1276, 48.5, 270, 5, 35, 120_450);

    private static readonly Dictionary<Type, object> Examples = new()
    {
        [typeof(LoginRequest)] = new LoginRequest("manager@demo.titanfleet.test", "correct horse battery staple"),
        [typeof(PositionInput)] = Position,
        [typeof(PositionBatchInput)] = new PositionBatchInput([Position, Position with { Timestamp = Position.Timestamp!.Value.AddSeconds(5), Latitude = 51.5074 }]),
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && Examples.TryGetValue(context.Type, out var example))
            concrete.Examples = [JsonSerializer.SerializeToNode(example, example.GetType(), JsonSerializerOptions.Web)!];
    }
}
