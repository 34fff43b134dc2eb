"""How many members and cases a session may have: one rule for ``run`` and ``plan`` (and cheap to import,
so the command line can show the bounds in its help without loading the protocol model)."""

MIN_MEMBERS, MAX_MEMBERS = 2, 50  # a protocol's group size allows at most 50 as well
MAX_CASES = 12
