-- Demo device identities, as TitanFleet.Silo/Demo/DemoFleet.cs formats them (seed with Demo__Vehicles=10000).
local M = {}

local function device_hex(i)
  if i < 1000 then
    return string.format("7f3c2a100d5e4b7a9a612f4b8c1d3%03d", i)
  end
  return string.format("7f3c2a100d5e4b7a9a612f4b83%06d", i)
end

function M.token(i)
  return string.format("tfd_%s_demo-device-secret-%03d", device_hex(i), i)
end

-- ISO-8601 UTC with microseconds: fix times must be unique per vehicle, or the
-- history's ON CONFLICT DO NOTHING turns repeats into cheap no-ops and flatters the figure.
function M.iso(seconds, micros)
  return os.date("!%Y-%m-%dT%H:%M:%S", seconds) .. string.format(".%06dZ", micros)
end

return M
