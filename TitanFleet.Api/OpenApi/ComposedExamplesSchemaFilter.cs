using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TitanFleet.Api.OpenApi;

/// <summary>
/// Every object schema without a hand-written example (<see cref="ExamplesSchemaFilter"/>) gets one
/// composed from its members: a referenced type's own example, else the first enum value, else a
/// value fitting the type, format and bounds. So a resource added later has examples at once, and a
/// page of vehicles shows the same vehicle as the vehicle itself. Runs after the hand-written filter.
/// </summary>
public sealed class ComposedExamplesSchemaFilter : ISchemaFilter
{
    private const int MaxDepth = 6;

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || HasExample(concrete)) return;
        if (concrete.Properties is not { Count: > 0 } && concrete.AdditionalProperties is null) return;
        if (Compose(concrete, context.SchemaRepository, 0) is { } example) concrete.Examples = [example];
    }

    private static bool HasExample(IOpenApiSchema schema) => schema.Examples is { Count: > 0 };

    private static JsonNode? Compose(IOpenApiSchema schema, SchemaRepository repository, int depth)
    {
        if (depth > MaxDepth) return null;
        if (schema is OpenApiSchemaReference reference)
        {
            return reference.Reference.Id is { } id && repository.Schemas.TryGetValue(id, out var target)
                ? Existing(target) ?? Compose(target, repository, depth + 1)
                : null;
        }
        if (Existing(schema) is { } existing) return existing;
        if (schema.Enum?.FirstOrDefault(value => value is not null) is { } first) return first.DeepClone();
        if (schema.AllOf is { Count: 1 } single) return Compose(single[0], repository, depth + 1);

        var type = schema.Type.GetValueOrDefault() & ~JsonSchemaType.Null;
        if (schema.Properties is { Count: > 0 } || type == JsonSchemaType.Object)
        {
            var example = new JsonObject();
            foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
                example[name] = Compose(property, repository, depth + 1);
            if (example.Count == 0 && schema.AdditionalProperties is { } values)
                example["key"] = Compose(values, repository, depth + 1);
            return example;
        }
        return type switch
        {
            JsonSchemaType.Array => schema.Items is { } items && Compose(items, repository, depth + 1) is { } item ? new JsonArray(item) : new JsonArray(),
            JsonSchemaType.String => Text(schema),
            JsonSchemaType.Integer => JsonValue.Create((long)Number(schema)),
            JsonSchemaType.Number => JsonValue.Create(Number(schema)),
            JsonSchemaType.Boolean => JsonValue.Create(true),
            _ => null,
        };
    }

    private static JsonNode? Existing(IOpenApiSchema schema) => schema.Examples?.FirstOrDefault()?.DeepClone();

    private static JsonNode? Text(IOpenApiSchema schema) => schema.Format switch
    {
        "uuid" => "7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d2001",
        "date-time" => "2025-03-14T09:26:53+00:00",
        "date" => "2025-03-14",
        "time" => "09:26:53",
        "uri" => "https://fleet.titanfleet.example/",
        "email" => "sam.driver@example.co.uk",
        "binary" or "byte" => null,
        _ => Fit("string", schema.MinLength, schema.MaxLength),
    };

    private static string Fit(string text, int? minLength, int? maxLength)
    {
        var fitted = minLength is { } min && text.Length < min ? text.PadRight(min, 'x') : text;
        return maxLength is { } max && fitted.Length > max ? fitted[..max] : fitted;
    }

    private static double Number(IOpenApiSchema schema)
    {
        var minimum = Parse(schema.Minimum);
        var maximum = Parse(schema.Maximum);
        return minimum ?? (maximum is < 0 ? maximum.Value : 0);
    }

    private static double? Parse(string? bound) =>
        double.TryParse(bound, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
