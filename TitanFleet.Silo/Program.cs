using TitanFleet.Api;
using TitanFleet.Api.Observability;
using TitanFleet.Api.OpenApi;
using TitanFleet.Silo.Commands;
using TitanFleet.Silo.Dashboard;
using TitanFleet.Silo.Database;
using TitanFleet.Silo.Health;
using TitanFleet.Silo.Hosting;
using TitanFleet.Silo.KeyProtection;
using TitanFleet.Silo.Observability;
using TitanFleet.Silo.Operations;
using TitanFleet.Silo.Options;
using TitanFleet.Silo.Proxies;
using TitanFleet.Silo.SecurityHeaders;

if (CompanyCreateCommand.Matches(args)) return await CompanyCreateCommand.RunAsync(args, Console.In, Console.Out, Console.Error);
if (RollupsRebuildCommand.Matches(args)) return await RollupsRebuildCommand.RunAsync(args, Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);
builder.AddFleetDatabase();
builder.AddFleetSilo();
builder.Services.AddFleetApi(builder.Configuration);
builder.AddFleetKeyProtection();
builder.Services.AddFleetForwardedHeaders();
builder.Services.AddFleetProbes();
builder.Services.AddFleetOpsAccess();
builder.AddFleetErrorTracking();
builder.AddFleetTelemetry();
builder.Services.AddFleetOpenApi(builder.Configuration);
builder.Services.AddFleetOptionsValidation();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseFleetForwardedHeaders();
app.UseFleetSecurityHeaders();
app.UseFleetApi();
app.UseFleetErrorTracking();
app.MapFleetProbes();
app.MapFleetTelemetry();
app.MapFleetOpenApi();
app.MapFleetApi();
app.UseFleetDashboard();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so tests can locate the assembly.</summary>
public partial class Program;
