"""Everything that touches the person's files: TinyDB, atomic writes, locks, backups."""
