"""Entries as one plain line for the shell (`list`, `edit`, `delete`): what, how much, when."""

from __future__ import annotations

from journal.core.entries.kinds import entry_details, entry_what
from journal.core.entries.models import Entry, FoodEntry, SupplementEntry
from journal.core.food.measure_words import portion_words

SHORT_ID = 8  # hex characters `list` shows; enough to tell a journal's entries apart


def short_id(entry: Entry) -> str:
    return entry.id[:SHORT_ID]


def mg_text(mg: float | None) -> str:
    # Thousands grouped as the day's total above it says them: "1,340 mg", not "1340 mg".
    return "magnesium unknown" if mg is None else f"{mg:,g} mg"


def entry_line(entry: Entry) -> str:
    """'food  Almonds, 1 oz · 76 mg': the kind of entry, then what it says."""
    if isinstance(entry, FoodEntry):
        # as the app's Today says it: "2 cans (12 fl oz)", not the stored "2 can 12 fl oz"
        amount = f", {portion_words(entry.amount_text)}" if entry.amount_text else ""
        return f"food        {entry.name}{amount} · {mg_text(entry.mg)}"
    if isinstance(entry, SupplementEntry):
        note = f" · {entry.note}" if entry.note else ""
        return f"supplement  magnesium {entry.form} · {mg_text(entry.mg)}{note}"
    label = "symptom" if entry.KIND == "symptoms" else "factor"
    details = entry_details(entry)
    note = f" · {entry.note}" if entry.note else ""
    what = f"{entry_what(entry)} ({details})" if details else entry_what(entry)
    return f"{label:11} {what}{note}"


def entry_sentence(entry: Entry, id_chars: int = SHORT_ID) -> str:
    """'[1a2b3c4d] food Almonds, 1 oz · 76 mg on 2026-11-25 at 08:00'."""
    what = " ".join(entry_line(entry).split(None, 1))
    when = f"{entry.date.isoformat()} at {entry.time.strftime('%H:%M')}"
    return f"[{entry.id[:id_chars]}] {what} on {when}"
