-- PUT /v1/usertasks: replaces a task picked at random among the seeded ones (Struct's last-write-wins PUT, no
-- If-Match): a new title and description, the same shape of assignees and attached entities.
dofile("bench/wrk/common.lua")

function request()
	local i = math.random(1, tasks)
	return wrk.format("PUT", "/v1/usertasks", nil, task_body(task_uid(i), i))
end
