using TitanFleet.Api;
using TitanFleet.Api.Observability;
using TitanFleet.Api.OpenApi;
using TitanFleet.Silo.Database;
using TitanFleet.Silo.Health;
using TitanFleet.Silo.Hosting;
using TitanFleet.Silo.Observability;

var builder = WebApplication.CreateBuilder(args);
builder.AddFleetDatabase();
builder.AddFleetSilo();
builder.Services.AddFleetApi(builder.Configuration);
builder.Services.AddFleetProbes();
builder.AddFleetErrorTracking();
builder.AddFleetTelemetry();
builder.Services.AddFleetOpenApi(builder.Configuration);

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseFleetApi();
app.UseFleetErrorTracking();
app.MapFleetProbes();
app.MapFleetTelemetry();
app.MapFleetOpenApi();
app.MapFleetApi();
await app.RunAsync();

/// <summary>Entry point; public so tests can locate the assembly.</summary>
public partial class Program;
