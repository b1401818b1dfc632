using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace TitanFleet.Api.OpenApi;

/// <summary>
/// The OpenAPI 3 document at <see cref="DocumentPath"/> and the interactive UI at /api-docs
/// (switch off with <c>OpenApi:EnableUi=false</c>); neither in Production unless <c>OpenApi:Enabled=true</c>.
/// </summary>
public static class FleetOpenApi
{
    public const string DocumentName = "api-docs";
    public const string DocumentPath = "/" + DocumentName + ".json";
    public const string UiPath = "api-docs";

    public static IServiceCollection AddFleetOpenApi(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(FleetOpenApiOptions.Section);
        services.AddOptions<FleetOpenApiOptions>().Bind(section);
        var settings = section.Get<FleetOpenApiOptions>() ?? new FleetOpenApiOptions();

        services.AddEndpointsApiExplorer();
        services.AddSingleton<OperationSecurity>();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Titan Fleet API",
                Version = "v1",
                Description = "Real-time fleet tracking: sign-in, position ingestion (JSON and the OsmAnd protocol), " +
                    "vehicles' live state and trails, probes and metrics. Every error is `application/problem+json`.\n\n" +
                    "## Live map (SignalR)\n\n" + FleetHubDocumentFilter.Contract,
            });
            foreach (var server in settings.Servers.Count > 0 ? settings.Servers : [.. FleetOpenApiOptions.DefaultServers])
                options.AddServer(new OpenApiServer { Url = server.Url, Description = server.Description });
            foreach (var (id, scheme) in FleetSecuritySchemes.Definitions) options.AddSecurityDefinition(id, scheme);

            options.SupportNonNullableReferenceTypes();
            options.OperationFilter<SecurityRequirementsOperationFilter>();
            options.OperationFilter<ProblemResponsesOperationFilter>();
            options.OperationFilter<OsmAndProtocolOperationFilter>();
            options.SchemaFilter<ExamplesSchemaFilter>();
            options.SchemaFilter<ComposedExamplesSchemaFilter>();
            options.SchemaFilter<OpenObjectsSchemaFilter>();
            options.DocumentFilter<UnlistedEndpointsDocumentFilter>();
            options.DocumentFilter<FleetHubDocumentFilter>();
            options.DocumentFilter<TagDescriptionsDocumentFilter>();
            options.DocumentFilter<OperationIdsDocumentFilter>();
        });
        return services;
    }

    public static WebApplication MapFleetOpenApi(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<FleetOpenApiOptions>>().Value;
        if (!options.IsEnabled(app.Environment)) return app;
        app.MapSwagger("/{documentName}.json");
        if (options.EnableUi)
        {
            app.UseSwaggerUI(ui =>
            {
                ui.RoutePrefix = UiPath;
                ui.DocumentTitle = "Titan Fleet API";
                ui.SwaggerEndpoint(DocumentPath, "Titan Fleet API v1");
            });
        }
        return app;
    }
}
