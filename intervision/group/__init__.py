"""The group over time: its file (members, defaults), the roster on a date, and its history: fair
turns, agreements carried over and trends, pure over store/index."""
