using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TitanFleet.Grains.Caching;
using TitanFleet.Grains.Checks;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Dashboard;
using TitanFleet.Grains.Defects;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Geofences;
using TitanFleet.Grains.Hours;
using TitanFleet.Grains.Notifications;
using TitanFleet.Grains.Push;
using TitanFleet.Grains.Reminders;
using TitanFleet.Grains.Reports;
using TitanFleet.Grains.Rollups;
using TitanFleet.Grains.Shifts;
using TitanFleet.Grains.Telemetry;
using TitanFleet.Grains.Timesheets;
using TitanFleet.Grains.Users;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Grains;

public static class FleetGrainServices
{
    /// <summary>Services the grains depend on; the host must register an NpgsqlDataSource.</summary>
    public static IServiceCollection AddFleetGrainServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GroupCommitOptions>().Bind(configuration.GetSection(GroupCommitOptions.Section));
        services.AddOptions<PushOptions>().Bind(configuration.GetSection(PushOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PushOptions>, PushOptionsValidator>();
        services.AddOptions<VehicleLiveOptions>().Bind(configuration.GetSection(VehicleLiveOptions.Section));
        services.AddOptions<PositionLimits>().Bind(configuration.GetSection(PositionLimits.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PositionLimits>, PositionLimitsValidator>();
        services.AddMemoryCache();
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<RollupOptions>().Bind(configuration.GetSection(RollupOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RollupOptions>, RollupOptionsValidator>();
        services.AddSingleton<VehicleRollupWriter>();
        services.AddSingleton<PostgresLocationHistory>();
        services.AddSingleton<ILocationHistory>(sp => sp.GetRequiredService<PostgresLocationHistory>());
        services.AddHostedService(sp => sp.GetRequiredService<PostgresLocationHistory>());
        services.AddSingleton<PostgresTrailStore>();

        services.AddSingleton<PushSubscribers>();
        services.AddOptions<FleetEventOptions>().Bind(configuration.GetSection(FleetEventOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FleetEventOptions>, FleetEventOptionsValidator>();
        services.AddSingleton<FleetEventWriter>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<FleetEventWriter>());
        services.AddSingleton<IFleetEventPublisher, FleetEventPublisher>();
        services.AddSingleton<FleetEventHistory>();
        services.AddSingleton<RollupEventCounts>();
        services.AddSingleton<DriverRollupWriter>();
        services.AddSingleton<RollupRebuild>();
        services.AddSingleton<PushBatcher>();
        services.AddSingleton<IPushBatcher>(sp => sp.GetRequiredService<PushBatcher>());
        services.AddHostedService(sp => sp.GetRequiredService<PushBatcher>());

        services.AddOptions<SiloCacheOptions>().Bind(configuration.GetSection(SiloCacheOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SiloCacheOptions>, SiloCacheOptionsValidator>();
        services.AddSingleton<SiloCacheObserver>();
        services.AddSingleton<ClusterCacheInvalidator>();
        services.AddHostedService<SiloCacheRegistration>();

        services.AddSingleton<PostgresVehicleDirectory>();
        services.AddSingleton<IVehicleDirectory>(sp => sp.GetRequiredService<PostgresVehicleDirectory>());
        services.AddSingleton<ISiloCache>(sp => sp.GetRequiredService<PostgresVehicleDirectory>());
        services.AddSingleton<PostgresVehicleStore>();
        services.AddOptions<VehicleStateWriteOptions>().Bind(configuration.GetSection(VehicleStateWriteOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<VehicleStateWriteOptions>, VehicleStateWriteOptionsValidator>();
        services.AddSingleton<VehicleStateWriter>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<VehicleStateWriter>());
        services.AddSingleton<VehicleStateStore>();
        services.AddSingleton<VehicleLiveSync>();
        services.AddSingleton<VehicleStatusEvents>();
        services.AddSingleton<LocationIngestor>();
        services.AddSingleton<PostgresUserRecordStore>();
        services.AddSingleton<PostgresUserSetupStore>();
        services.AddSingleton<PostgresDriverProfileStore>();
        services.AddSingleton<PostgresCheckItemStore>();
        services.AddSingleton<PostgresInspectionStore>();
        services.AddSingleton<PostgresInspectionReader>();

        services.AddSingleton<PostgresGeofenceStore>();
        services.AddSingleton<PostgresGeofenceOccupancy>();
        services.AddSingleton<GeofenceIndex>();
        services.AddSingleton<ISiloCache>(sp => sp.GetRequiredService<GeofenceIndex>());
        services.AddSingleton<ISiloCache, GeofenceIndexCompanySettings>();
        services.AddSingleton<GeofenceTracker>();
        services.AddSingleton<GeofenceLiveSync>();
        services.TryAddSingleton<PostgresCompanyStore>();
        services.AddSingleton<SpeedLimitIndex>();
        services.AddSingleton<ISiloCache>(sp => sp.GetRequiredService<SpeedLimitIndex>());
        services.AddSingleton<OfflineSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<OfflineSweep>());
        services.AddSingleton<PostgresVehiclePresence>();
        services.AddSingleton<VehicleGrainServices>();
        services.AddHostedService<DeadSiloBackstop>();
        services.AddSingleton<PostgresDefectStore>();
        services.AddSingleton<PostgresDefectWorkStore>();
        services.AddSingleton<DefectNotifications>();
        services.AddOptions<ShiftsOptions>().Bind(configuration.GetSection(ShiftsOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ShiftsOptions>, ShiftsOptionsValidator>();
        services.AddSingleton<PostgresShiftFacts>();
        services.AddOptions<HoursOptions>().Bind(configuration.GetSection(HoursOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HoursOptions>, HoursOptionsValidator>();
        services.AddSingleton<PostgresTimesheetStore>();
        services.AddSingleton<CompanyTimeZoneCache>();
        services.AddSingleton<ISiloCache>(sp => sp.GetRequiredService<CompanyTimeZoneCache>());

        // Notifications (issue 11)
        services.AddSingleton<PostgresNotificationStore>();
        services.AddSingleton<PostgresNotificationSettingsStore>();
        services.AddSingleton<NotificationRecipients>();
        services.AddSingleton<ISiloCache>(sp => sp.GetRequiredService<NotificationRecipients>());
        services.AddSingleton<NotificationFanOut>();
        services.AddSingleton<IFleetEventSink, DashboardStatsSink>();

        // Reminders (issue 11)
        services.AddOptions<RemindersOptions>().Bind(configuration.GetSection(RemindersOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RemindersOptions>, RemindersOptionsValidator>();
        services.AddSingleton<PostgresReminderStore>();
        services.AddSingleton<PostgresReportStore>();
        return services;
    }
}
