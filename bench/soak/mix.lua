-- wrk script for bench/soak/run.sh: admins reading dashboards and item pages while crew
-- submit items with photos. Run with as many threads as connections (-tN -cN): each thread
-- then has one connection, whose answers come in the order of its requests, so every answer
-- is known by what was asked. A GET of /crew/submit yields the form's _csrf and form_token,
-- and the thread's next request posts that form (multipart, 1-3 real JPEGs, an item number no one else uses). A
-- success redirect names the item; the thread writes it and its photo count to
-- $SOAK_OUT/accepted-<thread>.txt for the SQL check afterwards, and every answer's second
-- status and kind of request to $SOAK_OUT/answers-<thread>.txt.
--
-- Settings (environment): ADMIN_COOKIE, CREW_COOKIE (JSESSIONID values), FIRST_ITEM and
-- LAST_ITEM (the item ids to open), RUN_ID (makes item numbers unique), SOAK_OUT (a folder),
-- PHOTOS (space-separated JPEG paths), SUBMIT_EVERY (one form GET every N requests).

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

local function read_file(path)
  local file = assert(io.open(path, "rb"))
  local bytes = file:read("*a")
  file:close()
  return bytes
end

function init(args)
  admin_cookie = "JSESSIONID=" .. os.getenv("ADMIN_COOKIE")
  crew_cookie = "JSESSIONID=" .. os.getenv("CREW_COOKIE")
  first_item = tonumber(os.getenv("FIRST_ITEM"))
  last_item = tonumber(os.getenv("LAST_ITEM"))
  item_count = last_item - first_item + 1
  run_id = os.getenv("RUN_ID")
  submit_every = tonumber(os.getenv("SUBMIT_EVERY") or "8")
  photos = {}
  for path in string.gmatch(os.getenv("PHOTOS"), "%S+") do
    table.insert(photos, { name = path:match("[^/]+$"), bytes = read_file(path) })
  end
  accepted = assert(io.open(os.getenv("SOAK_OUT") .. "/accepted-" .. thread_number .. ".txt", "w"))
  math.randomseed(thread_number * 7919)
  form = nil
  asked = nil
  photo_counts = {}
  sent = 0
  submitted = 0
  -- One line per answer, "<epoch second> <status>", flushed as each second ends.
  answers = assert(io.open(os.getenv("SOAK_OUT") .. "/answers-" .. thread_number .. ".txt", "w"))
  current_second = os.time()
end

local searches = { "pump", "valve", "hull", "seal aft", "0020", "frame", "DRAFT" }
local statuses = { "Submitted", "Needs%20Revision", "Awaiting%20Photos", "Completed%20Review" }
local sorts = { "item_number", "date_asc", "submitter" }

local function dashboard()
  local pick = math.random(6)
  if pick == 1 then return "/admin/dashboard" end
  if pick == 2 then return "/admin/dashboard?status=" .. statuses[math.random(#statuses)] end
  if pick == 3 then return "/admin/dashboard?search=" .. searches[math.random(#searches)]:gsub(" ", "%%20") end
  if pick == 4 then return "/admin/dashboard?sort=" .. sorts[math.random(#sorts)] end
  if pick == 5 then return "/admin/dashboard?page=" .. math.random(math.max(1, math.floor(item_count / 25))) end
  return "/admin/dashboard?per_page=100&page=" .. math.random(math.max(1, math.floor(item_count / 100)))
end

local boundary = "drydock-soak-7d1c2b"

local function field(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

local function submission(form)
  submitted = submitted + 1
  local number = string.format("SOAK-%s-%d-%d", run_id, thread_number, submitted)
  local parts = {
    field("_csrf", form.csrf), field("form_token", form.token), field("item_number", number),
    field("location", "Engine room, frame " .. math.random(200)),
    field("description", "Soak test item " .. number),
    field("detail", "Seal weeping at the flange; renew gasket and check the studs."),
    field("references", "Drawing 12-" .. math.random(99)),
  }
  local count = math.random(3)
  for i = 1, count do
    local photo = photos[math.random(#photos)]
    table.insert(parts, "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\""
      .. photo.name .. "\"\r\nContent-Type: image/jpeg\r\n\r\n" .. photo.bytes .. "\r\n")
    table.insert(parts, field("photo_captions", "Photo " .. i .. " of " .. number))
  end
  table.insert(parts, "--" .. boundary .. "--\r\n")
  photo_counts[number] = count
  return wrk.format("POST", "/crew/submit", {
    ["Cookie"] = crew_cookie,
    ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
  }, table.concat(parts))
end

function request()
  sent = sent + 1
  if form then
    local posted = form
    form = nil
    asked = "submission"
    return submission(posted)
  end
  if sent % submit_every == 0 then
    asked = "form"
    return wrk.format("GET", "/crew/submit", { ["Cookie"] = crew_cookie })
  end
  if math.random(3) == 1 then
    asked = "item"
    return wrk.format("GET", "/admin/view/" .. math.random(first_item, last_item), { ["Cookie"] = admin_cookie })
  end
  asked = "dashboard"
  return wrk.format("GET", dashboard(), { ["Cookie"] = admin_cookie })
end

function response(status, headers, body)
  local second = os.time()
  if second ~= current_second then
    answers:flush()
    current_second = second
  end
  local location = headers["Location"] or ""
  -- A redirect to a sign-in page means a session was lost: told apart from the success redirects.
  answers:write(second, " ", status, location:find("login", 1, true) and "-to-sign-in" or "", " ", asked, "\n")
  local number = location:match("/crew/success%?item_number=([%w%-_]+)")
  if status == 302 and number then
    accepted:write(number, " ", photo_counts[number] or 0, "\n")
    accepted:flush()
    photo_counts[number] = nil
  elseif status == 200 and asked == "form" then
    local csrf = body:match("name=\"_csrf\" value=\"([^\"]+)\"")
    local token = body:match("name=\"form_token\" value=\"([^\"]+)\"")
    if csrf and token then
      form = { csrf = csrf, token = token }
    end
  end
end

function done(summary, latency, requests)
  io.write(string.format("errors: connect %d, read %d, write %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  for _, p in ipairs({ 50, 90, 99 }) do
    io.write(string.format("p%d: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
