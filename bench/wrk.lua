-- wrk script for bench/run.py: one target per run, figures printed as one JSON line.
--   BENCH_METHOD, BENCH_BODY, BENCH_COOKIE, BENCH_CONTENT_TYPE: a fixed request (POST /share/).
--   BENCH_QUERIES: a file of URL-encoded search queries, one a line: each request asks for a
--   random one of them, so that most searches miss the page cache and reach the database.
local queries = {}
local queries_file = os.getenv("BENCH_QUERIES")
if queries_file then
  for line in io.lines(queries_file) do
    if #line > 0 then queries[#queries + 1] = line end
  end
end

wrk.method = os.getenv("BENCH_METHOD") or "GET"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
wrk.headers["Content-Type"] = os.getenv("BENCH_CONTENT_TYPE")

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed or os.time())
end

if #queries > 0 then
  function request()
    return wrk.format("GET", "/?q=" .. queries[math.random(#queries)])
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "non2xx": %d, "errors": %d, '
      .. '"p50": %d, "p95": %d, "p99": %d, "max": %d}\n',
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
