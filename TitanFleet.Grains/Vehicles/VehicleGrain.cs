using Microsoft.Extensions.Logging;
using TitanFleet.Grains.Drivers;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// Live state of one vehicle. Positions reach it only after they are committed to location history,
/// so history is the source of truth: on activation the grain catches up from history past what its
/// stored state holds, which makes a crash between state writes lose nothing acknowledged.
/// Motion (moving, stopped, overspeed) is worked out as each fix newer than the last one is taken,
/// so an out-of-order fix fires nothing; online and offline follow pings, offline found by the
/// silo's <see cref="OfflineSweep"/>. A ping's events and geofence crossings go to the silo's event writer
/// without holding the ping up (<see cref="VehicleEventOutbox"/> says why nothing acknowledged is lost).
/// </summary>
public sealed partial class VehicleGrain(VehicleGrainServices services) : Grain, IVehicleGrain
{
    private const int CatchUpLimit = 10_000;
    private static readonly TimeSpan CatchUpWindow = TimeSpan.FromDays(8);

    private readonly VehicleEventOutbox _outbox = new(services.Events);

    private VehicleState _state = new();
    private bool _dirty;
    private DateTimeOffset _persistDueAt;

    /// <summary>
    /// Set from the state writer's thread when a write queued without waiting failed; the grain's next
    /// write takes it. A flag rather than the write's task, which every live vehicle would keep (64 B) until its next due write.
    /// </summary>
    private volatile bool _queuedWriteFailed;

    /// <summary>
    /// Fix time dashboards last got. Activation may already have caught up from history with the
    /// very fix that caused it, so "did this call move the vehicle" is not the test for pushing.
    /// </summary>
    private DateTimeOffset? _pushedFixTime;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _state = await services.Store.ReadAsync(this.GetGrainId(), this.GetPrimaryKey(), cancellationToken);
        // The register may have changed while the grain slept (or before this field existed in state).
        var profile = await services.Directory.FindAsync(this.GetPrimaryKey(), cancellationToken);
        if (profile is not null) TakeProfile(profile);
        if (_state.CompanyId == Guid.Empty) return;

        // Replays what history holds past the stored state (a crash between state writes, or the
        // fix whose arrival activated this grain), so odometer and position both catch up.
        var after = _state.LastPosition?.FixTime ?? DateTimeOffset.UtcNow - CatchUpWindow;
        var fixes = await services.History.GetSinceAsync(this.GetPrimaryKey(), after, CatchUpLimit, cancellationToken);
        if (fixes.Count > 0)
        {
            var limits = await services.SpeedLimits.ForCompanyAsync(_state.CompanyId);
            foreach (var fix in fixes) Advance(fix, limits);
            // Crossings too: a silo that died before writing them leaves them to be raised again here.
            if (await services.Geofences.TrackAsync(this.GetPrimaryKey(), _state, [.. fixes]) is { } crossings) _outbox.AddCrossings(crossings);
        }
        // An activation that finds the vehicle online (deactivated, or moved from another silo) watches it again.
        if (_state.Online)
        {
            services.Sweep.Watch(this.GetPrimaryKey(), _state.LastSeen ?? DateTimeOffset.MinValue);
            await MarkPresentAsync(_state.LastSeen ?? services.Time.GetUtcNow());
        }

        // A random first due time spreads state writes over the interval, so vehicles activated
        // together (a silo start, a burst of pings) do not all write in the same second.
        _persistDueAt = services.Time.GetUtcNow() + services.Live.PersistInterval * (0.5 + Random.Shared.NextDouble());
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        PersistIfDirtyAsync(cancellationToken);

    public async Task ApplyPositionsAsync(PositionReport[] positions)
    {
        // Callers other than our endpoints can reach a grain: check everything before changing anything.
        await RefuseInvalidAsync(positions);
        var now = services.Time.GetUtcNow();
        // State is written by the ping that finds it due rather than by a timer per grain: a timer
        // costs every live vehicle memory, and an idle vehicle has nothing new to write until its
        // deactivation does. History stays the source of truth in between. The state stored is the
        // one before this ping's fixes, once the earlier pings' events are written, so it never runs
        // ahead of an event that is not yet stored (this ping's events are handed over below).
        if (now >= _persistDueAt && _outbox.Durable && QueuePersist())
            _persistDueAt = now + services.Live.PersistInterval;
        var cameOnline = !_state.Online;
        if (cameOnline)
        {
            _state.Online = true;
            _outbox.AddFirst(MotionEvents.Online(this.GetPrimaryKey(), _state, now));
        }
        var limits = await services.SpeedLimits.ForCompanyAsync(_state.CompanyId);
        foreach (var position in positions.OrderBy(p => p.FixTime)) Advance(position, limits);
        _state.LastSeen = now;
        services.Sweep.Watch(this.GetPrimaryKey(), now);
        if (cameOnline) await MarkPresentAsync(now);
        _dirty = true;
        if (await services.Geofences.TrackAsync(this.GetPrimaryKey(), _state, positions) is { } crossings) _outbox.AddCrossings(crossings);
        if ((cameOnline || _state.LastPosition?.FixTime != _pushedFixTime) && Snapshot() is { } snapshot)
        {
            services.Push.Publish(snapshot);
            _pushedFixTime = snapshot.FixTime;
        }

        // Last: a full queue answers 503 after everything above is done; the events stay in the outbox.
        await _outbox.HandOffAsync(this);
    }

    public Task<VehicleSnapshot?> GetSnapshotAsync() => Task.FromResult(Snapshot());

    public Task ReleaseWrittenEventsAsync()
    {
        _outbox.Release();
        return Task.CompletedTask;
    }

    public async Task CheckOfflineAsync()
    {
        await _outbox.HandOffAsync(this);
        var s = _state;
        if (!s.Online) return;
        var now = services.Time.GetUtcNow();
        var lastSeen = s.LastSeen ?? DateTimeOffset.MinValue;
        if (now - lastSeen < services.Live.OfflineAfter)
        {
            services.Sweep.Watch(this.GetPrimaryKey(), lastSeen);
            return;
        }

        s.Online = false;
        s.Overspeed = null;
        services.Sweep.Forget(this.GetPrimaryKey());
        await ClearPresentAsync();
        if (s.Moving && s.LastPosition is { } last)
        {
            // No fix says how far it went after the last one: driving ends there, not when the silo noticed.
            s.Moving = false;
            TellDriver(new MotionChange(Moving: false, At: s.SlowSince ?? last.FixTime));
            s.SlowSince = null;
        }
        _dirty = true;
        // Written now, so a restart does not announce the same offline again.
        await TryPersistAsync();
        await services.Events.PublishAsync(MotionEvents.Offline(this.GetPrimaryKey(), s, now, lastSeen));
        if (Snapshot() is { } snapshot) services.Push.Publish(snapshot);
    }

    public async Task ResumeAfterSiloLossAsync(DateTimeOffset onlineSince)
    {
        var s = _state;
        if (!s.Online)
        {
            // The dead silo never wrote down that it came online, nor perhaps its event: raised again
            // with the time its presence row kept, it has the id it was written with, if it was.
            var lastFix = s.LastPosition?.FixTime ?? onlineSince;
            _outbox.AddFirst(MotionEvents.Online(this.GetPrimaryKey(), s, onlineSince));
            s.Online = true;
            s.LastSeen = new[] { s.LastSeen ?? onlineSince, lastFix, onlineSince }.Max();
            _dirty = true;
        }
        // This silo's sweep owns it from here, so a failure below (publishing the replayed fixes'
        // events, say) is retried by the sweep; its presence row moves here only once it is settled,
        // so until then the backstop's next round finds it again too.
        services.Sweep.Watch(this.GetPrimaryKey(), s.LastSeen ?? onlineSince);
        await CheckOfflineAsync();
        if (s.Online) await MarkPresentAsync(s.LastSeen ?? onlineSince);
    }

    public async Task UpdateProfileAsync(VehicleProfile profile)
    {
        TakeProfile(profile);
        await TryPersistAsync();
        if (Snapshot() is { } snapshot) services.Push.Publish(snapshot);
        // A retired vehicle takes no more positions; its grain need not stay in memory.
        if (profile.Status == VehicleRecordStatuses.Retired) DeactivateOnIdle();
    }

    public async Task<DriverBinding> BindDriverAsync(Guid driverId, string driverName, bool handover)
    {
        var s = _state;
        var previous = s.DriverId;
        var previousName = s.DriverName;
        if (previous is { } holder && holder != driverId && !handover) return new DriverBinding(false, holder, previousName, s.Moving);

        s.DriverId = driverId;
        s.DriverName = driverName;
        // The binding is the lock between drivers: it must survive this silo, so it is written before it is acknowledged.
        _dirty = true;
        await PersistIfDirtyAsync(CancellationToken.None);
        if (Snapshot() is { } snapshot) services.Push.Publish(snapshot);
        return new DriverBinding(true, previous == driverId ? null : previous, previous == driverId ? null : previousName, s.Moving);
    }

    public async Task UnbindDriverAsync(Guid driverId)
    {
        if (_state.DriverId != driverId) return;
        _state.DriverId = null;
        _state.DriverName = null;
        _dirty = true;
        await PersistIfDirtyAsync(CancellationToken.None);
        if (Snapshot() is { } snapshot) services.Push.Publish(snapshot);
    }

    /// <summary>Presence rows only back the sweep up: a failed write is logged, never fails a ping.</summary>
    private async Task MarkPresentAsync(DateTimeOffset since)
    {
        try
        {
            await services.Presence.MarkAsync(this.GetPrimaryKey(), services.LocalSilo.SiloAddress.ToParsableString(), since);
        }
        catch (Exception exception)
        {
            LogPresenceFailed(services.Logger, exception, this.GetPrimaryKey());
        }
    }

    private async Task ClearPresentAsync()
    {
        try
        {
            await services.Presence.ClearAsync(this.GetPrimaryKey());
        }
        catch (Exception exception)
        {
            LogPresenceFailed(services.Logger, exception, this.GetPrimaryKey());
        }
    }

    private void TellDriver(MotionChange change)
    {
        if (_state.DriverId is not { } driverId) return;
        // One-way: a slow or failing driver grain must never hold up position ingestion.
        GrainFactory.GetGrain<IDriverGrain>(driverId).OnVehicleMotionAsync(this.GetPrimaryKey(), change.Moving, change.At).Ignore();
    }

    private void TakeProfile(VehicleProfile profile)
    {
        var s = _state;
        if (s.CompanyId == profile.CompanyId && s.Registration == profile.Registration && s.Type == profile.Type && s.RecordStatus == profile.Status) return;
        s.CompanyId = profile.CompanyId;
        s.Registration = profile.Registration;
        s.Type = profile.Type;
        s.RecordStatus = profile.Status;
        s.OffRoad = profile.Status == VehicleRecordStatuses.Vor;
        _dirty = true;
    }

    private async Task RefuseInvalidAsync(PositionReport[] positions)
    {
        // A grain activated before its vehicle was registered has no company yet; look again once.
        if (_state.CompanyId == Guid.Empty && await services.Directory.FindAsync(this.GetPrimaryKey(), CancellationToken.None) is { } profile)
        {
            _state.CompanyId = profile.CompanyId;
            _state.Registration = profile.Registration;
        }
        var now = services.Time.GetUtcNow();
        foreach (var position in positions)
        {
            if (position.VehicleId != this.GetPrimaryKey() || position.CompanyId != _state.CompanyId || _state.CompanyId == Guid.Empty)
                throw new PositionRefusedException("The position belongs to another vehicle or company.");
            if (PositionRules.Check(position, services.Limits, now) is { Count: > 0 } errors)
                throw new PositionRefusedException("Position refused: " + string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value}")));
        }
    }

    /// <summary>
    /// The positions are already durable and applied in memory, so a failed state write must not
    /// fail the caller: the state stays dirty and the next due ping (or deactivation) writes it.
    /// </summary>
    private async Task TryPersistAsync()
    {
        try
        {
            await PersistIfDirtyAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            _dirty = true;
            LogPersistFailed(services.Logger, exception, this.GetPrimaryKey());
        }
    }

    /// <summary>
    /// Queues the current state for the silo's writer; false when there is nothing to write or no room.
    /// The ping's own write joins the silo's next group without holding up the ping: history already
    /// has the positions, so the snapshot may land a moment later. A write that failed, or found the
    /// queue full, leaves the state dirty for the next due ping or the deactivation.
    /// </summary>
    private bool QueuePersist()
    {
        TakeQueuedWriteFailure();
        if (!_dirty || _state.CompanyId == Guid.Empty) return false;
        var write = services.Store.Capture(this.GetPrimaryKey(), _state, services.Time.GetUtcNow());
        if (!services.Store.TryQueue(write)) return false;
        _dirty = false;
        _ = write.Committed.Task.ContinueWith(
            static (_, grain) => ((VehicleGrain)grain!)._queuedWriteFailed = true, this,
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return true;
    }

    /// <summary>A queued write that failed makes the state dirty again (a later failure sets the flag again).</summary>
    private void TakeQueuedWriteFailure()
    {
        if (!_queuedWriteFailed) return;
        _queuedWriteFailed = false;
        _dirty = true;
    }

    private void Advance(PositionReport position, CompanySpeedLimits limits)
    {
        var outcome = VehicleTrack.Take(_state, position, limits, services.Live);
        if (!outcome.Taken) return;
        _dirty = true;
        if (outcome.Change is { } change)
        {
            _outbox.Add(MotionEvents.Motion(this.GetPrimaryKey(), _state, change));
            TellDriver(change);
        }
        if (outcome.Overspeed is { } alert) _outbox.Add(MotionEvents.Overspeed(this.GetPrimaryKey(), _state, alert));
    }

    private VehicleSnapshot? Snapshot()
    {
        var s = _state;
        if (s.CompanyId == Guid.Empty) return null;
        var p = s.LastPosition;
        var status = VehicleMotion.StatusOf(s, services.Time.GetUtcNow(), services.Live);
        return new VehicleSnapshot(
            this.GetPrimaryKey(), s.CompanyId, s.Registration, status,
            p?.Latitude, p?.Longitude, p?.SpeedKmh, p?.Heading, p?.AccuracyMetres, p?.AltitudeMetres, p?.FixTime,
            s.OdometerMetres, s.DriverName, s.LastSeen, s.Type, s.RecordStatus);
    }

    private async Task PersistIfDirtyAsync(CancellationToken cancellationToken)
    {
        TakeQueuedWriteFailure();
        if (!_dirty || _state.CompanyId == Guid.Empty) return;
        // Stored state past unwritten events would hide them from the replay that raises them again.
        if (!await _outbox.SettleAsync())
            throw new InvalidOperationException($"Vehicle {this.GetPrimaryKey()} has events not yet written; its live state is not stored past them.");
        _dirty = false;
        await services.Store.WriteAsync(services.Store.Capture(this.GetPrimaryKey(), _state, services.Time.GetUtcNow()), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing the live state of vehicle {VehicleId} failed; it stays in memory and is written again when next due")]
    private static partial void LogPersistFailed(ILogger logger, Exception exception, Guid vehicleId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording which silo watches vehicle {VehicleId} failed; a crash of this silo may leave it online until it pings again")]
    private static partial void LogPresenceFailed(ILogger logger, Exception exception, Guid vehicleId);
}
