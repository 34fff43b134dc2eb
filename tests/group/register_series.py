"""A small series recorded through the real engine, whose attendance report is checked by hand.

The series protocol (``recorded.series_protocol``) runs ``2n + 2 + case`` minutes net for n members
present: review 1, pitches 1 a member, the case, agreements 1, evaluation 1 a member.
"""

from __future__ import annotations

from pathlib import Path

from tests.group.recorded import Plan, record

GROUP_FILE = """\
name: De Dinsdaggroep
facilitator: Fenna
members: [Anna, Bram, Cor, Dirk]
registers:
  - id: eigen
    title: Ons register
    source: reglement 2026
    checked: 2026-11-01
    min_members: 4
    min_minutes: 30
    hours_per_year: 1
    carry_over_hours: 0.5
    meetings_per_year: 3
    hours_per_five_years: 3
"""

ALL = ["Anna", "Bram", "Cor", "Dirk"]


def write_register_series(root: Path) -> Path:
    """Five meetings; net minutes 50, 48 (Dirk away: too few), 20 (too short), 55, 40 (2027)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "intervision-group.yaml").write_text(GROUP_FILE, encoding="utf-8")
    sessions = root / "sessions"
    record(sessions, Plan("2026-03-03", ALL, owner="Anna", case_minutes=40))
    record(
        sessions,
        Plan("2026-04-07", ALL[:3], owner="Bram", absent=["Dirk"], case_minutes=40),
    )
    learned = [("Dirk", "first ask what the client wants"), ("Anna", "slow down")]
    record(sessions, Plan("2026-05-05", ALL, owner="Cor", case_minutes=10, learning=learned))
    record(sessions, Plan("2026-06-02", ALL, owner="Dirk", case_minutes=45))
    record(sessions, Plan("2027-02-02", ALL, owner="Anna", case_minutes=30))
    return root
