-- POST /api/locations/batch: 100 positions per request for one vehicle (a phone uploading its
-- offline buffer), rotating over VEHICLES device tokens (default 10,000). Fixes are one second apart
-- and continue per vehicle across requests, starting six hours back plus a per-run microsecond
-- offset, so no request repeats a stored fix. Headers in init(); bodies built per request.
package.path = package.path .. ";./loadtest/wrk/?.lua;./?.lua"
local demo = require("tokens")

local vehicles = tonumber(os.getenv("VEHICLES") or "10000")
local per_request = tonumber(os.getenv("BATCH") or "100")
local counter = 1
local headers, next_vehicle, step, rounds, base, micros

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  step = tonumber(os.getenv("WRK_THREADS") or "1")
  next_vehicle = id
  rounds = {}
  base = os.time() - 6 * 3600
  math.randomseed(os.time() * 1000 + id)
  micros = math.random(0, 999999)
  headers = { ["Content-Type"] = "application/json" }
end

function request()
  local v = next_vehicle
  next_vehicle = next_vehicle + step
  if next_vehicle > vehicles then next_vehicle = id end
  local round = rounds[v] or 0
  rounds[v] = round + 1
  local parts = {}
  for k = 0, per_request - 1 do
    local second = round * per_request + k
    parts[#parts + 1] = string.format(
      '{"timestamp":"%s","latitude":%.6f,"longitude":%.6f,"speed":%d,"heading":%d,"accuracy":5,"odometer":%d}',
      demo.iso(base + second, micros), 52.0 + second * 0.0002, -1.5 + (v % 100) * 0.01, 60 + k % 30, (k * 7) % 360, 100000 + second * 25)
  end
  headers["Authorization"] = "Bearer " .. demo.token(v)
  return wrk.format("POST", "/api/locations/batch", headers, '{"positions":[' .. table.concat(parts, ",") .. ']}')
end
