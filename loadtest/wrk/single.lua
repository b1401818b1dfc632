-- POST /api/locations, one position per request, rotating over VEHICLES device tokens (default 10,000).
-- Each wrk thread owns a disjoint set of vehicles and advances its own microsecond clock, so every
-- request is a new fix (no duplicates). Requests are built per call; headers and tokens in init().
package.path = package.path .. ";./loadtest/wrk/?.lua;./?.lua"
local demo = require("tokens")

local vehicles = tonumber(os.getenv("VEHICLES") or "10000")
local threads, counter = {}, 1
local headers, next_vehicle, step, sent, base

function setup(thread)
  thread:set("id", counter)
  thread:set("count", #threads + 1)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  -- thread ids 1..T; vehicles id, id+T, id+2T, ...
  step = tonumber(os.getenv("WRK_THREADS") or "1")
  next_vehicle = id
  sent = 0
  base = os.time() - 600 + id -- fix times start ten minutes back; one thread per whole second of offset
  headers = { ["Content-Type"] = "application/json" }
end

function request()
  local v = next_vehicle
  next_vehicle = next_vehicle + step
  if next_vehicle > vehicles then next_vehicle = id end
  sent = sent + 1
  headers["Authorization"] = "Bearer " .. demo.token(v)
  local micros = sent * 7 -- 7 µs apart within a thread: up to ~140k requests per thread-second of fix time
  local body = string.format(
    '{"timestamp":"%s","latitude":%.6f,"longitude":%.6f,"speed":%.1f,"heading":%.1f,"accuracy":5,"odometer":%d}',
    demo.iso(base + math.floor(micros / 1000000), micros % 1000000), 51.5 + (v % 100) * 0.01, -0.12 - (v % 97) * 0.01,
    40 + (sent % 50), (sent * 3) % 360, 1000 + sent)
  return wrk.format("POST", "/api/locations", headers, body)
end
