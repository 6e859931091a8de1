-- POST /bench/ceiling with a small JSON body, as a write endpoint reads one.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"Comment": "Waiting for the photographer; the images should be in the DAM by Friday."}'
