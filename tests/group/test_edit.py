"""In-place roster edits: whatever the layout, the file reads back as exactly the intended roster and
every comment stays (Hypothesis: random rosters, layouts and sequences of edits)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from intervision.errors import UsageError
from intervision.group import edit
from intervision.group.groupfile import GroupFile
from intervision.group.load import check_group_text
from intervision.group.roster import Roster

PIECES = [*"abcAZéëß'- .\"()&", "Jo", "no", "true", "0"]
NAMES = (
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=6)
    .map(lambda parts: "".join(parts).strip())
    .filter(lambda n: bool(n) and not n.startswith(("-", "'")))
)


def render(names: list[str], style: list[int]) -> str:
    lines = ["# top comment", "name: G  # name comment", "members:  # members comment"]
    for i, name in enumerate(names):
        quoted = edit.scalar(name)
        kind = style[i % len(style)]
        if kind == 0:
            lines.append(f"  - {quoted}  # c{i}")
        elif kind == 1:
            lines.append(f"  - name: {quoted}  # c{i}")
            lines.append("    joined: 2020-01-01")
        else:
            lines.append(f"  - {{name: {quoted}}}  # c{i}")
        lines.append(f"  # between {i}")
    lines.append("# end comment")
    return "\n".join(lines) + "\n"


def comments(text: str) -> list[str]:
    return [line[line.index("# ") :] for line in text.splitlines() if "# " in line]


OPS = st.lists(
    st.tuples(st.sampled_from(["add", "leave", "rename"]), st.integers(0, 20), NAMES),
    max_size=6,
)


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(NAMES, min_size=1, max_size=5, unique_by=str.casefold),
    style=st.lists(st.integers(0, 2), min_size=1, max_size=3),
    ops=OPS,
)
def test_edits_read_back_as_intended_and_keep_comments(
    names: list[str], style: list[int], ops: list[tuple[str, int, str]]
) -> None:
    text = render(names, style)
    group, problems = check_group_text(text, "g.yaml")
    assert problems == [] and group is not None, [p.render() for p in problems]
    for op, pick, name in ops:
        roster = Roster.of(group)
        member = roster.members[pick % len(roster.members)]
        index = roster.members.index(member)
        try:
            if op == "add":
                after = roster.add(name, date(2026, 1, 1) if pick % 2 else None)
                changed = edit.add_member(text, after.members[-1])
            elif op == "leave":
                after = roster.leave(member.name, date(2026, 6, 1))
                changed = edit.set_left(text, index, member, date(2026, 6, 1))
            else:
                after = roster.rename(member.name, name)
                changed = edit.rename_member(text, index, member, after.members[index])
        except UsageError:
            continue  # refused by the roster rules (a taken name, left twice): nothing to write
        got, problems = check_group_text(changed, "g.yaml")
        assert problems == [], (changed, [p.render() for p in problems])
        expected = GroupFile.model_validate(
            {**group.model_dump(), "members": [m.model_dump() for m in after.members]}
        )
        assert got == expected, changed
        assert comments(changed) == comments(text), changed
        text, group = changed, got
