using Npgsql;
using NpgsqlTypes;

namespace TitanFleet.Grains.Telemetry;

/// <summary>A group's positions as one array per history column: the parameters of the unnest statements.</summary>
internal sealed class LocationHistoryColumns
{
    private readonly Guid[] _vehicleIds;
    private readonly DateTime[] _fixTimes;
    private readonly Guid[] _sourceIds;
    private readonly Guid[] _companyIds;
    private readonly double[] _latitudes;
    private readonly double[] _longitudes;
    private readonly double?[] _speeds;
    private readonly double?[] _headings;
    private readonly double?[] _accuracies;
    private readonly double?[] _altitudes;
    private readonly double?[] _odometers;

    public LocationHistoryColumns(IReadOnlyList<PendingAppend> group)
    {
        var count = group.Sum(p => p.Positions.Count);
        _vehicleIds = new Guid[count];
        _fixTimes = new DateTime[count];
        _sourceIds = new Guid[count];
        _companyIds = new Guid[count];
        _latitudes = new double[count];
        _longitudes = new double[count];
        _speeds = new double?[count];
        _headings = new double?[count];
        _accuracies = new double?[count];
        _altitudes = new double?[count];
        _odometers = new double?[count];
        Owners = new int[count];

        var i = 0;
        for (var owner = 0; owner < group.Count; owner++)
        {
            foreach (var p in group[owner].Positions)
            {
                _vehicleIds[i] = p.VehicleId;
                _fixTimes[i] = p.FixTime.UtcDateTime;
                _sourceIds[i] = p.SourceId;
                _companyIds[i] = p.CompanyId;
                _latitudes[i] = p.Latitude;
                _longitudes[i] = p.Longitude;
                _speeds[i] = p.SpeedKmh;
                _headings[i] = p.Heading;
                _accuracies[i] = p.AccuracyMetres;
                _altitudes[i] = p.AltitudeMetres;
                _odometers[i] = p.OdometerMetres;
                Owners[i] = owner;
                i++;
            }
        }
    }

    /// <summary>The index in the group of the caller each position came from.</summary>
    public int[] Owners { get; }

    /// <summary>The key and value columns (everything but the company, which only an insert needs).</summary>
    public void AddKeyAndValues(NpgsqlParameterCollection parameters)
    {
        parameters.Add(new NpgsqlParameter<Guid[]>("vehicle_id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = _vehicleIds });
        parameters.Add(new NpgsqlParameter<DateTime[]>("fix_time", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = _fixTimes });
        parameters.Add(new NpgsqlParameter<Guid[]>("source_id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = _sourceIds });
        parameters.Add(new NpgsqlParameter<double[]>("latitude", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = _latitudes });
        parameters.Add(new NpgsqlParameter<double[]>("longitude", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = _longitudes });
        parameters.Add(new NpgsqlParameter<double?[]>("speed_kmh", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = _speeds });
        parameters.Add(new NpgsqlParameter<double?[]>("heading", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = _headings });
        parameters.Add(new NpgsqlParameter<double?[]>("accuracy_m", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = _accuracies });
        parameters.Add(new NpgsqlParameter<double?[]>("altitude_m", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = _altitudes });
        parameters.Add(new NpgsqlParameter<double?[]>("odometer_m", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = _odometers });
    }

    /// <summary>Every column an insert writes.</summary>
    public void AddRow(NpgsqlParameterCollection parameters)
    {
        AddKeyAndValues(parameters);
        parameters.Add(new NpgsqlParameter<Guid[]>("company_id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = _companyIds });
    }
}
