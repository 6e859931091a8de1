-- POST /v1/usertasks/{uid}/comments on a task picked at random among the seeded ones.
dofile("bench/wrk/common.lua")

local body = '{"Comment": "Waiting for the photographer; the images should be in the DAM by Friday."}'

function request()
	return wrk.format("POST", "/v1/usertasks/" .. random_task_uid() .. "/comments", nil, body)
end
