-- POST /v1/usertasks: a new task each request, with a Uid unique to this wrk thread and run.
dofile("bench/wrk/common.lua")

local prefix = run_uuid:sub(1, 24)
local created = 0

function request()
	created = created + 1
	local uid = prefix .. string.format("%012x", created)
	return wrk.format("POST", "/v1/usertasks", nil, task_body(uid, created))
end
