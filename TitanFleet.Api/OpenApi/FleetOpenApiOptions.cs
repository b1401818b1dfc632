using Microsoft.Extensions.Hosting;

namespace TitanFleet.Api.OpenApi;

/// <summary>The API documentation: whether the interactive UI is served, and the servers the document lists.</summary>
public sealed class FleetOpenApiOptions
{
    public const string Section = "OpenApi";

    /// <summary>
    /// Serve the API docs at all (the JSON document, and the UI when <see cref="EnableUi"/>). Unset:
    /// everywhere but Production, where the docs would map the attack surface for anyone.
    /// </summary>
    public bool? Enabled { get; set; }

    public bool IsEnabled(IHostEnvironment environment) => Enabled ?? !environment.IsProduction();

    /// <summary>Serve the interactive UI at /api-docs when the docs are enabled; false serves the JSON document alone.</summary>
    public bool EnableUi { get; set; } = true;

    /// <summary>Servers to list; when none are configured, <see cref="DefaultServers"/>.</summary>
    public List<OpenApiServerEntry> Servers { get; set; } = [];

    /// <summary>Placeholders until the real hosts exist: override with OpenApi__Servers__0__Url and so on.</summary>
    public static readonly OpenApiServerEntry[] DefaultServers =
    [
        new() { Url = "http://localhost:8080", Description = "Development (a local silo)" },
        new() { Url = "https://staging.titanfleet.example", Description = "Staging" },
        new() { Url = "https://api.titanfleet.example", Description = "Production" },
    ];
}

public sealed class OpenApiServerEntry
{
    public string Url { get; set; } = "";

    public string Description { get; set; } = "";
}
