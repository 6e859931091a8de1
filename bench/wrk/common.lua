-- Shared by the wrk scripts: the seeded tasks' ids (bench/seed.sql numbers them 1..BENCH_TASKS) and a random
-- source seeded differently in each wrk thread and each run.
tasks = tonumber(os.getenv("BENCH_TASKS") or "1000")

local random = io.open("/proc/sys/kernel/random/uuid")
run_uuid = random:read("*l")
random:close()
math.randomseed(tonumber(run_uuid:sub(1, 8), 16))

function task_uid(i)
	return string.format("00000000-0000-4000-8000-%012d", i)
end

function random_task_uid()
	return task_uid(math.random(1, tasks))
end

function group_uid(g)
	return string.format("00000000-0000-4000-9000-%012d", g)
end

-- A task body as a client sends it to create or replace a task: 2 users, 1 group, 3 attached entities.
function task_body(uid, i)
	local user = i % 200 + 1
	return string.format([[{"Uid": "%s", "Title": "Add images to product %d",
"Description": "Some variants of product %d are missing their primary image; pick them from the DAM and check the crop.",
"Deadline": "2027-01-14T00:00:00.0000000+02:00", "AssignedUsers": ["u%d", "u%d"],
"AssignedUserGroups": ["%s"], "AttachedEntities": [{"EntityType": 0, "EntityId": "%d"},
{"EntityType": 1, "EntityId": "%d-red"}, {"EntityType": 3, "EntityId": "%d.jpg"}]}]],
		uid, i, i, user, (user + 99) % 200 + 1, group_uid(i % 20 + 1), 1000 + i, 1000 + i, 1000 + i)
end

wrk.headers["Content-Type"] = "application/json"
