"""Two computers, one journal: conflict-copy names, per-entry revisions and the merge."""
