"""Plain-text views for next, agreements and stats (no rich: these commands must start fast)."""

from __future__ import annotations

from datetime import date
from typing import Any

from intervision.cli.table import Output, Table
from intervision.group.agreements import Item
from intervision.group.history import attendees, key
from intervision.group.rotation import Proposal, propose_facilitator
from intervision.group.series import Series
from intervision.group.trends import Trends, sparkline
from intervision.i18n import count, language, t
from intervision.terminal import safe
from intervision.ui.advice import reason_text


def _present(series: Series, members: list[str] | None, today: date) -> list[str]:
    if members:
        return members
    group = series.group
    if group is not None:
        from intervision.group.roster import Roster

        return [m.name for m in Roster.of(group).expected_on(today)]
    last = series.history.last
    return [*attendees(last), *last.absent] if last else []


def _facilitator(series: Series, present: list[str]) -> tuple[str | None, Proposal | None]:
    group = series.group
    if group is not None and group.facilitator_rota:
        proposal = propose_facilitator(series.history, present, group.facilitator_rota)
        return proposal.name, proposal
    if group is not None and group.facilitator:
        return group.facilitator, None
    last = series.history.last
    return (last.facilitator if last else None), None


def next_proposal(series: Series, members: list[str] | None, today: date) -> dict[str, Any]:
    """Who is proposed for the next session, with the reasons and the table, as plain data."""
    present = _present(series, members, today)
    facilitator, f_proposal = _facilitator(series, present)
    present_members = [p for p in present if not facilitator or key(p) != key(facilitator)]
    owner = series.owner(present_members, facilitator=facilitator)
    pitches = series.pitches(present_members)
    waiting = series.to_review(present)
    return {
        "owner": owner.name,
        "owner_reason": reason_text(owner.reason),
        "facilitator": facilitator,
        "facilitator_reason": reason_text(f_proposal.reason) if f_proposal else None,
        "members": [r.to_dict() for r in owner.table],
        "pitches": [
            {"member": p.member, "text": p.text, "date": p.date, "session": p.session}
            for p in pitches
        ],
        "open_agreements": len(waiting),
        "sessions": len(series.history),
    }


def show_next(proposal: dict[str, Any]) -> None:
    out = Output()
    if not proposal["sessions"] and not proposal["members"]:
        out.line(t("series.next.no_history"))
        return
    nobody = t("series.next.none")
    out.line(t("series.next.owner", name=safe(proposal["owner"] or nobody)), "bold")
    out.line(t("series.next.why", reason=proposal["owner_reason"]))
    out.line(t("series.next.facilitator", name=safe(proposal["facilitator"] or nobody)), "bold")
    if proposal["facilitator_reason"]:
        out.line(t("series.next.why", reason=proposal["facilitator_reason"]))
    for pitch in proposal["pitches"]:
        out.line(
            t(
                "rotation.pitch_waiting",
                name=safe(pitch["member"]),
                date=pitch["date"],
                text=safe(pitch["text"]),
            )
        )
    out.line(t("series.next.open_agreements", n=proposal["open_agreements"]))
    out.line()
    keys = ("member", "attended", "owner_turns", "last_owner", "facilitated")
    table = Table([t(f"series.col.{k}") for k in keys], right={1, 2, 4})
    for row in proposal["members"]:
        table.add_row(
            safe(row["name"]),
            str(row["attended"]),
            str(row["owner_turns"]),
            row["last_owner"] or "–",
            str(row["facilitated"]),
        )
    table.render(out)


def status_text(item: Item) -> str:
    text = t(f"series.status.{item.status}")
    if item.is_open and item.reviews:
        text += f" ({item.reviews[-1].outcome.text()})"
    if item.renewed_twice:
        text += f" · {t('series.renewed_twice')}"
    return text


def show_agreements(items: list[Item]) -> None:
    out = Output()
    if not items:
        out.line(t("series.no_agreements"))
        return
    keys = ("date", "who", "what", "by", "status")
    table = Table([t(f"series.col.{k}") for k in keys])
    for item in items:
        table.add_row(
            item.date,
            safe(item.who),
            safe(item.what),
            safe(item.by or "–"),
            status_text(item),
            style="yellow" if item.renewed_twice else None,
        )
    table.render(out)


def _minutes(seconds: float) -> str:
    return count(round(seconds / 60), "minute")


def _share(part: float, total: float) -> str:
    return f"{round(100 * part / total)}%" if total else "–"


def show_stats(trends: Trends, out: Output | None = None) -> None:
    out = out or Output()
    if not trends.sessions:
        out.line(t("stats.empty"))
        return
    pictures = bool(getattr(out.stream, "isatty", lambda: False)())
    out.line(t("stats.title", sessions=count(trends.sessions, "session")), "bold")
    out.line()
    out.line(t("stats.members"), "bold")
    keys = ("member", "attended", "owner_turns", "facilitated", "speaking", "fair", "agreements")
    table = Table([t(f"series.col.{k}") for k in keys], right={1, 2, 3, 4, 5, 6})
    total = trends.speaking_total
    for m in trends.members:
        only_chair = m.facilitator_only  # never a member: no attendance, no fair share
        table.add_row(
            safe(m.name),
            t("stats.facilitator_only") if only_chair else f"{m.attended}/{m.expected}",
            str(m.owner_turns),
            str(m.facilitated),
            _share(m.speaking_seconds, total),
            "–" if only_chair else _share(m.fair_seconds, total),
            f"{m.done}/{m.open}",
        )
    table.render(out)
    if trends.dimensions:
        out.line()
        out.line(t("stats.scores"), "bold")
        for d in trends.dimensions:
            fields = {
                "dimension": safe(d.title or d.dimension) or t("stats.score"),
                "mean": _number(d.mean),
                "last": _number(d.last),
                "previous": _number(d.previous),
                "scored": count(next((n for n in reversed(d.scored) if n), 0), "member"),
            }
            out.wrapped(t("stats.score_line", **fields), hang=2)
            means = d.means
            if pictures and out.columns is not None:  # the latest sessions that fit, one a column
                means = means[-max(out.columns - 3, 1) :]
            line = sparkline(means) if pictures else " ".join(_number(m) for m in means)
            out.line("  " + line)
    out.line()
    out.line(t("stats.phases"), "bold")
    over = [p for p in trends.phases if p.over]
    if not over:
        out.line(t("stats.no_phases"))
    for p in sorted(over, key=lambda p: -p.over_seconds):
        out.wrapped(
            t(
                "stats.phase_line",
                title=safe(p.title),
                protocol=p.protocol,
                over=p.over,
                runs=count(p.runs, "session"),
                minutes=_minutes(p.mean_over),
            ),
            hang=2,
        )
        if p.advice:
            advice = t("stats.advice", title=safe(p.title), minutes=_minutes(p.mean_over))
            out.wrapped(advice, indent=2, hang=2)


def _number(value: float | None) -> str:
    """A mean as the minutes write it: one decimal, a decimal comma in Dutch."""
    from intervision.render.units import decimal

    return "–" if value is None else decimal(value, language())
