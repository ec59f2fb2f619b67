#!/usr/bin/env python3
"""Writes a points-ledger action file (JSON Lines) for `lingxi-cli points replay`, to time a
replay at scale (not a test). Deterministic for a given --seed.

  tests/tools/points_actions.py --actions 1000000 --users 100000 > /tmp/actions.jsonl
  tests/tools/points_actions.py --rules > /tmp/rules.json

The mix is what a year of a busy account looks like: mostly check-ins and quiz answers, some
questionnaires, redemptions and adjustments; about 2% retried deliveries (a repeated id) and
0.5% malformed lines. Times run over 2025-2026 in +08:00, roughly in order with some lines
appended late, so the replay's sort has work to do.
"""
import argparse
import json
import random
import sys
from datetime import datetime, timedelta, timezone

RULES = {
    "timezone": "+08:00",
    "checkin": {"points": 10, "streak_bonus": {"3": 5, "7": 20}, "cycle_days": 7},
    "quiz": {"points_per_correct": 5},
    "questionnaire": {"points": 30},
    "daily_cap": 100,
    "expiry_years": 1,
    "levels": [{"name": "Bronze", "min": 0}, {"name": "Silver", "min": 500}, {"name": "Gold", "min": 2000}],
    "leaderboard": {"period": "week", "size": 20},
}

MALFORMED = [
    '{"id": "broken", "user": ',
    '{"id": "x", "user": "u1", "type": "teleport", "time": "2025-06-01T10:00:00+08:00"}',
    '{"id": "y", "user": "u1", "type": "checkin"}',
    "[1, 2, 3]",
]


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--actions", type=int, default=1_000_000)
    p.add_argument("--users", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--rules", action="store_true", help="print the rules file instead")
    args = p.parse_args()
    out = sys.stdout
    if args.rules:
        json.dump(RULES, out, indent=2)
        out.write("\n")
        return

    rng = random.Random(args.seed)
    tz = timezone(timedelta(hours=8))
    start = datetime(2025, 1, 1, tzinfo=tz)
    span_s = 2 * 365 * 86400
    recent = []
    for n in range(args.actions):
        r = rng.random()
        if r < 0.005:
            out.write(rng.choice(MALFORMED) + "\n")
            continue
        if r < 0.025 and recent:
            out.write(rng.choice(recent) + "\n")  # a retried delivery, same id
            continue
        # Mostly in order; one line in twenty arrives up to a day late.
        t = span_s * n // args.actions
        if rng.random() < 0.05:
            t = max(0, t - rng.randrange(86400))
        when = (start + timedelta(seconds=t + rng.randrange(600))).isoformat()
        user = "u%d" % rng.randrange(args.users)
        k = rng.random()
        a = {"id": "a%d" % n, "user": user, "time": when}
        if k < 0.45:
            a["type"] = "checkin"
        elif k < 0.80:
            a.update(type="quiz_answer", question="q%d" % rng.randrange(500), correct=rng.random() < 0.7)
        elif k < 0.88:
            a.update(type="questionnaire", survey="s%d" % rng.randrange(40))
        elif k < 0.96:
            a.update(type="redeem", points=rng.choice([20, 50, 100, 200]), item="item%d" % rng.randrange(30))
        else:
            a.update(type="adjust", points=rng.choice([-50, -10, 10, 50, 100]), reason="support")
        line = json.dumps(a, separators=(",", ":"))
        out.write(line + "\n")
        recent.append(line)
        if len(recent) > 64:
            recent.pop(0)


if __name__ == "__main__":
    main()
