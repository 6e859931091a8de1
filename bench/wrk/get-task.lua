-- GET /v1/usertasks/{uid} of a task picked at random among the seeded ones.
dofile("bench/wrk/common.lua")

function request()
	return wrk.format("GET", "/v1/usertasks/" .. random_task_uid())
end
