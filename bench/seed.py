#!/usr/bin/env python3
"""Seeds tasks of realistic shape through the public API: 2 assigned users, 1 group, 3 attached entities and
2 comments each. Prints the uid of one task. Usage: seed.py BASE_URL ADMIN_KEY COUNT"""
import json
import sys
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

base, key, count = sys.argv[1], sys.argv[2], int(sys.argv[3])


def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method,
                                     headers={"Authorization": key, "Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return response.read()


group = str(uuid.uuid4())
call("POST", "/v1/usergroups", {"Uid": group, "Name": "Bench group"})
for user in ("b1", "b2"):
    call("POST", "/v1/users", {"Uid": user, "Firstname": "Bench", "Lastname": user, "UserGroups": [group]})


def seed(i):
    uid = str(uuid.uuid4())
    call("POST", "/v1/usertasks", {
        "Uid": uid, "Title": "Add images to products %d" % i,
        "Description": "Some products are missing their primary image; pick them from the DAM.",
        "Deadline": "2027-01-14T00:00:00.0000000+02:00", "AssignedUsers": ["b1", "b2"],
        "AssignedUserGroups": [group],
        "AttachedEntities": [{"EntityType": 0, "EntityId": str(1000 + i * 3 + n)} for n in range(3)]})
    for n in range(2):
        call("POST", "/v1/usertasks/%s/comments" % uid, {"Comment": "Comment %d on task %d" % (n, i)})
    return uid


with ThreadPoolExecutor(8) as pool:
    uids = list(pool.map(seed, range(count)))
print(uids[len(uids) // 2])
