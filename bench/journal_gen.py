"""A seeded journal for the dashboard bench and UI tests: written straight to month files.

Going through `Journal.add` would rewrite a month file per entry (hours for ten
years); this writes each month once, in the store's own format (`encode`).
Cramps are planted on low-magnesium days (35% against 8%) when `planted` is set.
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta
from pathlib import Path

from journal.core.day import DEFAULT_TARGET_MG
from journal.core.models import Entry, FactorEntry, FoodEntry, SupplementEntry, SymptomEntry
from journal.store.journal import Journal, month_key
from journal.store.storage import encode

# name, mg per 100 g, usual grams (USDA SR figures as in FACTS.md)
FOODS = [
    ("Oat bran", 235.0, 47.0),
    ("Almonds", 270.0, 28.0),
    ("Spinach, boiled", 87.0, 90.0),
    ("Black beans, boiled", 70.0, 86.0),
    ("Banana", 27.0, 118.0),
    ("Brown rice, cooked", 43.0, 195.0),
    ("Whole-wheat bread", 76.0, 64.0),
    ("Avocado", 29.0, 100.0),
    ("Yogurt", 12.0, 150.0),
    ("Pasta, cooked", 18.0, 140.0),
]


def day_entries(rng: random.Random, day: date, planted: bool) -> list[Entry]:
    entries: list[Entry] = []
    if rng.random() < 0.1:  # about one day in ten goes unlogged
        return entries
    for k in range(rng.randint(9, 13)):
        name, per100, usual = rng.choice(FOODS)
        grams = round(usual * rng.uniform(0.2, 0.7))  # a bite to most of a portion
        mg = None if rng.random() < 0.01 else round(per100 * grams / 100, 1)
        entries.append(FoodEntry(day, time(7 + k, 0), name, grams, mg, meal="snack"))
    if rng.random() < 0.15:
        entries.append(SupplementEntry(day, time(21, 0), "citrate", 100.0))
    total = sum(e.mg or 0 for e in entries if not isinstance(e, SymptomEntry))
    low = total < DEFAULT_TARGET_MG
    chance = (0.35 if low else 0.08) if planted else 0.15
    for kind in ("cramp", "twitch"):
        if rng.random() < (chance if kind == "cramp" else 0.1):
            entries.append(SymptomEntry(day, time(6, 30), kind, rng.randint(1, 5), "calf"))
    if rng.random() < 0.3:
        entries.append(FactorEntry(day, time(18, 0), "exercise", float(rng.randint(20, 90))))
    if rng.random() < 0.1:
        entries.append(FactorEntry(day, time(22, 0), "alcohol", float(rng.randint(1, 3))))
    return entries


def write_journal(
    root: Path, end: date, days: int, *, seed: int = 1, planted: bool = True
) -> Journal:
    """A journal of `days` days ending at `end`, deterministic for a seed; returns it opened."""
    journal = Journal.open(root)
    rng = random.Random(seed)
    months: dict[str, dict[str, dict[str, dict[str, object]]]] = {}
    for offset in range(days - 1, -1, -1):
        day = end - timedelta(days=offset)
        tables = months.setdefault(month_key(day), {})
        for entry in day_entries(rng, day, planted):
            table = tables.setdefault(entry.KIND, {})
            table[str(len(table) + 1)] = entry.to_doc()
    for key, tables in months.items():
        (journal.entries_dir / f"{key}.json").write_bytes(encode(tables))
    return journal
