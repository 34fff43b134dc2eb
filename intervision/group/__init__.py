"""The group over time: its file (members, defaults), the roster on a date, and later its history."""
