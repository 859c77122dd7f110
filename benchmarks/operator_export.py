#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
# SPDX-License-Identifier: GPL-3.0-or-later

"""An operator's export script as people write it today, kept as the load benchmark's baseline:
requests + csv, one page after another, each cursor taken from the previous page.

    operator_export.py BASE_URL ACCOUNT CAMPAIGN OUT.csv   (credentials from THINGSPACE_*)"""
import csv
import os
import sys

import requests

base, account, campaign, out = sys.argv[1:5]
env = os.environ
s = requests.Session()
token = s.post(f"{base}/api/ts/v1/oauth2/token", data={"grant_type": "client_credentials"},
               auth=(env["THINGSPACE_CLIENT_ID"], env["THINGSPACE_CLIENT_SECRET"]), timeout=60)
token.raise_for_status()
s.headers["Authorization"] = "Bearer " + token.json()["access_token"]
login = s.post(f"{base}/api/m2m/v1/session/login", timeout=60,
               json={"username": env["THINGSPACE_USERNAME"], "password": env["THINGSPACE_PASSWORD"]})
login.raise_for_status()
s.headers["VZ-M2M-Token"] = login.json()["sessionToken"]
s.headers["Content-Type"] = "application/json"

url = f"{base}/api/fota/v3/reports/{account}/campaigns/{campaign}/devices"
fields = ["deviceId", "status", "resultReason", "updatedTime", "recentAttemptTime",
          "nextAttemptTime"]
with open(out, "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f)
    writer.writerow(fields)
    cursor = "0"
    while True:
        r = s.get(url, params={"lastSeenDeviceId": cursor}, timeout=60)
        r.raise_for_status()
        page = r.json()
        for d in page.get("deviceList") or []:
            d.setdefault("updatedTime", d.get("statusTime"))
            writer.writerow([d.get(k) or "" for k in fields])
        if not page.get("hasMoreData"):
            break
        cursor = page["lastSeenDeviceId"]
