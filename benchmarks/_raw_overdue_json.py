"""Yardstick for cli.py: the overdue requests as `opt-out requests list --overdue --json` prints
them, read with plain sqlite3 and written with json, and nothing else.

Usage: python _raw_overdue_json.py DATABASE TODAY
"""

import json
import sqlite3
import sys
from datetime import date

AWAITING_ANSWER = "('sent', 'acknowledged', 'extended')"
OVERDUE = f"r.status IN {AWAITING_ANSWER} AND coalesce(r.extended_deadline, r.deadline) < :today"


def main() -> None:
    database, today = sys.argv[1], sys.argv[2]
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    timelines: dict[int, list[dict]] = {}
    last_event = None
    for owner, event_id, kind, on, note, file_name, sha256, size, stored_path in connection.execute(
        "SELECT e.request_id, e.id, e.kind, e.date, e.note, a.file_name, a.sha256, a.size, a.stored_path "
        "FROM requests r JOIN request_events e ON e.request_id = r.id "
        f"LEFT JOIN attachments a ON a.event_id = e.id WHERE {OVERDUE} "
        "ORDER BY e.request_id, e.date, e.id, a.id",
        {"today": today},
    ):
        timeline = timelines.setdefault(owner, [])
        if event_id != last_event:
            timeline.append({"kind": kind, "date": on, "note": note, "attachments": []})
            last_event = event_id
        if file_name is not None:
            timeline[-1]["attachments"].append(
                {"file_name": file_name, "sha256": sha256, "size": size, "stored_path": stored_path}
            )
    requests = []
    today_ordinal = date.fromisoformat(today).toordinal()
    for row in connection.execute(
        "SELECT r.id, r.reference, r.platform, r.account, r.type, r.law, r.language, r.channel, "
        "r.recipient, r.subject, r.status, r.refusal_reason, r.created_at, r.sent_at, r.deadline, "
        "r.extended_deadline, r.acknowledge_by, coalesce(r.extended_deadline, r.deadline), "
        f"r.received_at, r.received_basis FROM requests r WHERE {OVERDUE} ORDER BY r.id",
        {"today": today},
    ):
        requests.append(
            {
                "id": row[0],
                "reference": row[1],
                "platform": row[2],
                "account": row[3],
                "type": row[4],
                "law": row[5],
                "language": row[6],
                "channel": row[7],
                "recipient": row[8],
                "subject": row[9],
                "status": row[10],
                "refusal_reason": row[11],
                "created_at": row[12],
                "sent": row[13],
                "deadline": row[14],
                "extended_deadline": row[15],
                "acknowledge_by": row[16],
                "days_left": date.fromisoformat(row[17]).toordinal() - today_ordinal,
                "overdue": True,
                "events": timelines.get(row[0], []),
                "received": row[18],
                "received_basis": row[19],
            }
        )
    sys.stdout.write(json.dumps(requests, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
