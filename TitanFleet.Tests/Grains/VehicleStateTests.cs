using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using TitanFleet.Grains.Geofences;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Tests.Grains;

/// <summary>What each live vehicle's state keeps in memory: at a million vehicles every object counts.</summary>
public sealed class VehicleStateTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    [Fact]
    public void New_VehicleInNoGeofence_HoldsNoGeofenceDictionary()
    {
        Assert.Null(new VehicleState().Geofences);
    }

    [Fact]
    public void Compact_StoredBeforeGeofencesCouldBeNull_DropsTheEmptyDictionaryAndSharesRegisterStrings()
    {
        var stored = Serializer.SerializeToArray(new VehicleState { Geofences = [], Type = VehicleTypes.Van, RecordStatus = VehicleRecordStatuses.Maintenance });
        var state = Assert.IsType<VehicleState>(Serializer.Deserialize<VehicleState>(stored));
        Assert.NotSame(VehicleTypes.Van, state.Type);

        state.Compact();

        Assert.Null(state.Geofences);
        Assert.Same(VehicleTypes.Van, state.Type);
        Assert.Same(VehicleRecordStatuses.Maintenance, state.RecordStatus);
    }

    [Fact]
    public void Compact_InsideAGeofence_KeepsTheStay()
    {
        var geofence = Guid.NewGuid();
        var state = new VehicleState { Geofences = new() { [geofence] = new GeofencePresence { Since = DateTimeOffset.UtcNow, Counted = true } } };

        state.Compact();

        Assert.True(state.Geofences![geofence].Counted);
    }

    [Fact]
    public void Shared_UnknownType_KeptAsGiven()
    {
        Assert.Equal("hovercraft", VehicleTypes.Shared("hovercraft"));
    }
}
