-- wrk script for scripts/load: asks for compressed responses as a browser does (Chromium's
-- Accept-Encoding, or LOAD_ACCEPT_ENCODING), sends the signed-in cookie (LOAD_COOKIE), or, with LOAD_BODIES,
-- POSTs one booking form per request, each line of the file once (the file's lines are shared
-- out between wrk's LOAD_THREADS threads, so no two requests book the same time). Prints one
-- line at the end: RESULT requests requests/s p50_ms p99_ms errors.

local cookie = os.getenv("LOAD_COOKIE")
local bodies_file = os.getenv("LOAD_BODIES")
local thread_count = tonumber(os.getenv("LOAD_THREADS") or "1")
local next_id = 0

function setup(thread)
  thread:set("thread_id", next_id)
  next_id = next_id + 1
end

function init(args)
  wrk.headers["Accept-Encoding"] = os.getenv("LOAD_ACCEPT_ENCODING") or "gzip, deflate, br, zstd"
  if cookie and cookie ~= "" then
    wrk.headers["Cookie"] = cookie
  end
  if bodies_file and bodies_file ~= "" then
    bodies = {}
    local line_number = 0
    for line in io.lines(bodies_file) do
      if line_number % thread_count == thread_id then
        bodies[#bodies + 1] = line
      end
      line_number = line_number + 1
    end
    next_body = 1
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
    wrk.headers["Accept"] = "application/json"
  end
end

-- Defined only for the bookings: without it wrk sends one prepared request over and over.
if bodies_file and bodies_file ~= "" then
  function request()
    -- Past the end of its share a thread repeats its last form (the server then refuses the
    -- taken time, and the run reports errors: make the file longer).
    local body = bodies[math.min(next_body, #bodies)]
    next_body = next_body + 1
    return wrk.format(nil, nil, nil, body)
  end
end

function done(summary, latency, requests)
  local errors = summary.errors
  local failed = errors.connect + errors.read + errors.write + errors.status + errors.timeout
  io.write(string.format("RESULT %d %.1f %.2f %.2f %d\n",
    summary.requests,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000,
    latency:percentile(99) / 1000,
    failed))
end
