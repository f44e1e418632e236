"""Provides the journal's entries: models, a day of them, kinds, one-line text and undo."""
