-- POST /api/locations, one position per request, rotating over VEHICLES device tokens (default 10,000).
-- Each wrk thread owns a disjoint set of vehicles and advances its own microsecond clock, so every
-- request is a new fix (no duplicates). Requests are built per call; headers and tokens in init().
-- FIX_AGE (seconds, default 600): how far before wrk's start the fix times begin. Fix times advance
-- 7 µs a request, slower than the clock, so with FIX_AGE=0 every fix is newer than any its vehicle
-- posted before the run (in order); with FIX_AGE=600 after posts at the current time, every fix is
-- older than its vehicle's newest (a late fix, as a tracker uploading an offline backlog sends).
-- ONCE=1 (with -t1): the thread posts each vehicle exactly once, then ends the run (SIGINT to wrk,
-- which stops waiting for -d and reports), so with a pause before the run every post finds its
-- vehicle idle; done() also prints the rate from the first request to the last response.
package.path = package.path .. ";./loadtest/wrk/?.lua;./?.lua"
local demo = require("tokens")
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } wrk_timespec;
  int clock_gettime(int clock, wrk_timespec *ts);
  int getpid(void);
  int tgkill(int tgid, int tid, int sig);
]]
local timespec = ffi.new("wrk_timespec")
local function monotonic()
  ffi.C.clock_gettime(1, timespec)
  return tonumber(timespec.tv_sec) + tonumber(timespec.tv_nsec) / 1e9
end

local vehicles = tonumber(os.getenv("VEHICLES") or "10000")
local once = os.getenv("ONCE") == "1"
local threads, counter = {}, 1
local headers, next_vehicle, step, sent, base, own

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
  own = math.floor((vehicles - id) / step) + 1
  received, started, finished = 0, nil, nil
  -- one thread per whole second of offset, none in the future
  base = os.time() - tonumber(os.getenv("FIX_AGE") or "600") - step + id
  headers = { ["Content-Type"] = "application/json" }
end

function delay()
  -- ONCE: a connection with nothing left to send waits (far past -d) instead of posting a vehicle twice.
  -- wrk calls the first thread's request() once before the run to check it, a request never sent.
  if once and sent >= own + (id == 1 and 1 or 0) then return 3600000 end
  return 0
end

function request()
  local v = next_vehicle
  next_vehicle = next_vehicle + step
  if next_vehicle > vehicles then next_vehicle = id end
  sent = sent + 1
  started = started or monotonic()
  headers["Authorization"] = "Bearer " .. demo.token(v)
  local micros = sent * 7 -- 7 µs apart within a thread: up to ~140k requests per thread-second of fix time
  local body = string.format(
    '{"timestamp":"%s","latitude":%.6f,"longitude":%.6f,"speed":%.1f,"heading":%.1f,"accuracy":5,"odometer":%d}',
    demo.iso(base + math.floor(micros / 1000000), micros % 1000000), 51.5 + (v % 100) * 0.01, -0.12 - (v % 97) * 0.01,
    40 + (sent % 50), (sent * 3) % 360, 1000 + sent)
  return wrk.format("POST", "/api/locations", headers, body)
end

function response(status, headers, body)
  received = received + 1
  if once and received >= own then
    finished = monotonic()
    wrk.thread:stop()
    -- to wrk's main thread (its id is the process id): it sleeps for -d and only a signal there wakes it
    ffi.C.tgkill(ffi.C.getpid(), ffi.C.getpid(), 2)
  end
end

function done(summary, latency, requests)
  if not once then return end
  local total, first, last = 0, nil, nil
  for _, thread in ipairs(threads) do
    total = total + thread:get("received")
    local s, f = thread:get("started"), thread:get("finished")
    if s and (not first or s < first) then first = s end
    if f and (not last or f > last) then last = f end
  end
  if first and last then
    io.write(string.format("once: %d responses in %.2f s = %.1f requests/s\n", total, last - first, total / (last - first)))
  else
    io.write(string.format("once: %d responses, not all vehicles answered within -d\n", total))
  end
end
