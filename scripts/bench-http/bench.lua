-- wrk script of scripts/bench-http.sh: one endpoint per run, chosen by the environment.
--
--   BENCH_MODE   ping | verify | evaluate | submit
--   BENCH_TOKEN  evaluate: the bearer token sent with each evaluation
--   BENCH_IDS    submit: file of prepared requests, one "<request id> <iin> <content digest>" a line
--   BENCH_TOKENS submit: file of "<iin> <bearer token>" lines, one per applicant of BENCH_IDS
--   BENCH_THREADS submit: wrk's -t, so that each thread takes its own share of BENCH_IDS
--
-- Each prepared request is submitted at most once: thread i of n takes lines i, i+n, i+2n ... in turn and never
-- comes back to one (a request lost with a broken connection is not sent again). A thread that has used up its
-- share stops; since wrk still divides by the whole duration, each thread notes (with LuaJIT's FFI) when it sent its
-- first submission and when the last one was acknowledged, and the script divides by that window instead
-- (active_us; 0 where the FFI is missing).
--
-- At the end it prints one line, "BENCH key=value ...", which the shell script reads: completed requests, the
-- run's duration, latency percentiles (µs), wrk's error counts and, for submit, the count of 2xx answers and of
-- every other status.

local mode = os.getenv("BENCH_MODE") or "ping"
local threads = {}

-- CLOCK_MONOTONIC in microseconds, or nil without LuaJIT's FFI
local now_us
do
    local ok, ffi = pcall(require, "ffi")
    if ok then
        ffi.cdef [[ typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
                    int clock_gettime(int clock, bench_timespec *out); ]]
        local ts = ffi.new("bench_timespec")
        now_us = function()
            ffi.C.clock_gettime(1, ts)
            return tonumber(ts.tv_sec) * 1000000 + math.floor(tonumber(ts.tv_nsec) / 1000)
        end
    end
end

local function env(name)
    local value = os.getenv(name)
    assert(value and value ~= "", name .. " is not set")
    return value
end

local function lines(path)
    local out = {}
    local file = assert(io.open(path, "r"), "cannot read " .. tostring(path))
    for line in file:lines() do
        if line:match("%S") then
            out[#out + 1] = line
        end
    end
    file:close()
    return out
end

function setup(thread)
    thread:set("index", #threads)
    threads[#threads + 1] = thread
end

-- Public verification: the six demo certificates (valid, expired, revoked), in turn.
local numbers = { "MC-2022-00000001-4", "MC-2020-00000001-2", "MC-2023-00000001-8", "MC-2022-00000002-3",
                  "MC-2022-00000003-8", "MC-2021-00000001-6" }

-- Evaluation: four realistic dossiers, in turn (answers of 7-11 KB):
--   1. the README's pediatrician confirming her certificate (CONFIRMATION, eligible)
--   2. a residency graduate, everything from the registries (FIRST_TIME, eligible)
--   3. an Uzbek pediatrician with a labour permit and a recognised diploma (FOREIGN_CONFIRMATION, eligible)
--   4. a confirmation refused on three grounds: too little PD, a court prohibition, no consent (R86, R88, R90)
local dossiers = {
    [[{"category":"DOMESTIC","declaredSpecialty":"PEDIATRICS","applicationDate":"2024-12-02","submittedAt":"2024-12-02T10:00:00+05:00","education":[{"level":"HIGHER","field":"PEDIATRICS","graduationDate":"2010-06-30","country":"KZ"}],"postgraduate":[{"type":"INTERNSHIP","specialty":"PEDIATRICS","completedOn":"2011-06-30"}],"professionalDevelopment":[{"specialty":"PEDIATRICS","credits":2,"completedOn":"2021-03-15"},{"specialty":"PEDIATRICS","hours":90,"completedOn":"2024-02-10"}],"certificates":[{"specialty":"PEDIATRICS","issuedOn":"2020-03-01","validUntil":"2025-03-01","indefinite":false,"inRegistry":true}],"employment":[{"specialty":"PEDIATRICS","from":"2011-08-01","to":null,"inRegistry":true}]}]],
    [[{"category":"DOMESTIC","declaredSpecialty":"THERAPY","applicationDate":"2024-12-02","submittedAt":"2024-12-02T10:00:00+05:00","identityInRegistry":true,"firstJobAfterGraduation":true,"education":[{"level":"HIGHER","field":"GENERAL_MEDICINE","graduationDate":"2022-06-30","country":"KZ","inRegistry":true}],"postgraduate":[{"type":"INTERNSHIP","specialty":"THERAPY","completedOn":"2023-06-30","inRegistry":true},{"type":"RESIDENCY","specialty":"THERAPY","completedOn":"2024-06-30","inRegistry":true}],"assessments":[{"specialty":"THERAPY","date":"2024-07-15","passed":true}]}]],
    [[{"category":"FOREIGN","declaredSpecialty":"PEDIATRICS","applicationDate":"2024-12-02","submittedAt":"2024-12-02T10:00:00+05:00","citizenship":"UZ","labourPermit":{"number":"LP-1","issuedOn":"2024-05-01","employer":"City Clinic No. 4"},"education":[{"level":"HIGHER","field":"PEDIATRICS","graduationDate":"2010-06-30","country":"UZ","recognition":{"number":"R-17","issuedOn":"2024-05-10"}}],"postgraduate":[{"type":"INTERNSHIP","specialty":"PEDIATRICS","completedOn":"2011-06-30"}],"professionalDevelopment":[{"specialty":"PEDIATRICS","credits":2,"completedOn":"2021-03-15"},{"specialty":"PEDIATRICS","hours":90,"completedOn":"2024-02-10"}],"certificates":[{"specialty":"PEDIATRICS","issuedOn":"2020-03-01","validUntil":"2025-03-01","indefinite":false,"inRegistry":false}],"employment":[{"specialty":"PEDIATRICS","from":"2011-08-01","to":null,"inRegistry":false}],"assessments":[{"specialty":"PEDIATRICS","date":"2024-07-15","passed":true}],"foreignLanguageDocuments":["EMPLOYMENT_RECORD"]}]],
    [[{"category":"DOMESTIC","declaredSpecialty":"PEDIATRICS","applicationDate":"2024-12-02","submittedAt":"2024-12-02T10:00:00+05:00","consent":false,"prohibition":"ACTIVITY_PROHIBITED","education":[{"level":"HIGHER","field":"PEDIATRICS","graduationDate":"2010-06-30","country":"KZ"}],"postgraduate":[{"type":"INTERNSHIP","specialty":"PEDIATRICS","completedOn":"2011-06-30"}],"professionalDevelopment":[{"specialty":"PEDIATRICS","hours":30,"completedOn":"2023-02-10"}],"certificates":[{"specialty":"PEDIATRICS","issuedOn":"2020-03-01","validUntil":"2025-03-01","indefinite":false,"inRegistry":true}],"employment":[{"specialty":"PEDIATRICS","from":"2011-08-01","to":null,"inRegistry":true}]}]],
}

local prepared = {}    -- this thread's requests, ready as wrk request strings
local next_request = 1
local turn = 0
exhausted = false      -- globals: read by done() through thread:get
statuses = {}
acknowledged = 0
first_sent_us = 0
last_acknowledged_us = 0

function init(args)
    if mode == "verify" then
        for i, number in ipairs(numbers) do
            prepared[i] = wrk.format("GET", "/api/v1/public/certificates/" .. number)
        end
    elseif mode == "evaluate" then
        local headers = { ["Content-Type"] = "application/json",
                          ["Authorization"] = "Bearer " .. env("BENCH_TOKEN") }
        for i, body in ipairs(dossiers) do
            prepared[i] = wrk.format("POST", "/api/v1/evaluations", headers, body)
        end
    elseif mode == "submit" then
        local tokens = {}
        for _, line in ipairs(lines(env("BENCH_TOKENS"))) do
            local iin, token = line:match("^(%d+)%s+(%S+)$")
            tokens[iin] = token
        end
        local count = tonumber(env("BENCH_THREADS"))
        for n, line in ipairs(lines(env("BENCH_IDS"))) do
            if (n - 1) % count == index then
                local id, iin, digest = line:match("^(%S+)%s+(%d+)%s+(%x+)$")
                assert(id and tokens[iin], "bad line or no token for it: " .. line)
                prepared[#prepared + 1] = wrk.format("POST", "/api/v1/requests/" .. id .. "/submission",
                        { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tokens[iin] },
                        '{"signature":"DEMO-EDS:' .. iin .. ':' .. digest .. '"}')
            end
        end
    else
        prepared[1] = wrk.format("GET", "/ping")
    end
end

if mode == "submit" then
    function request()
        if next_request > #prepared then
            -- used up: stop this thread; the request returned here is never answered nor counted
            exhausted = true
            wrk.thread:stop()
            return wrk.format("GET", "/ping")
        end
        if next_request == 1 and now_us then
            first_sent_us = now_us()
        end
        next_request = next_request + 1
        return prepared[next_request - 1]
    end

    -- Only for submissions, so that wrk hands bodies to Lua only where the status breakdown matters.
    function response(status, headers, body)
        statuses[status] = (statuses[status] or 0) + 1
        if status >= 200 and status < 300 then
            acknowledged = acknowledged + 1
            if now_us then
                last_acknowledged_us = now_us()
            end
        end
    end
else
    function request()
        turn = turn % #prepared + 1
        return prepared[turn]
    end
end

function done(summary, latency, requests)
    local ok, others, used_up, first, last = 0, {}, 0, nil, 0
    for _, thread in ipairs(threads) do
        ok = ok + (thread:get("acknowledged") or 0)
        local sent = thread:get("first_sent_us") or 0
        if sent > 0 and (first == nil or sent < first) then
            first = sent
        end
        last = math.max(last, thread:get("last_acknowledged_us") or 0)
        if thread:get("exhausted") then
            used_up = used_up + 1
        end
        for status, count in pairs(thread:get("statuses") or {}) do
            if status < 200 or status >= 300 then
                others[status] = (others[status] or 0) + count
            end
        end
    end
    local other = {}
    for status, count in pairs(others) do
        other[#other + 1] = status .. ":" .. count
    end
    local e = summary.errors
    io.write(string.format("BENCH mode=%s requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d "
            .. "connect=%d read=%d write=%d timeout=%d status_errors=%d acknowledged=%d others=%s exhausted=%d "
            .. "active_us=%d\n",
            mode, summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
            latency:percentile(99), latency.max, e.connect, e.read, e.write, e.timeout, e.status,
            mode == "submit" and ok or summary.requests - e.status,
            #other > 0 and table.concat(other, ",") or "-", used_up, (first and last > first) and last - first or 0))
end
