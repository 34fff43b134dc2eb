"""Where data lives: the workspace (group folder), session folders, durable files."""
