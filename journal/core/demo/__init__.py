"""Provides the demo journal: a seeded, realistic journal and its menu."""
