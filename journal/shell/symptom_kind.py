"""A symptom kind typed in the shell, as `log` stores it, or refused at its field."""

from __future__ import annotations

from typing import Any


def symptom_kind(journal: Any, name: str, field: str, also: str = "") -> str:
    """The kind ("Cramp" is cramp, an own kind by its name); a name no symptom has is
    refused, or what asks about it would wait for days that can never come. `also`:
    other words the field takes, for the message ("any")."""
    from journal.core import validate as v
    from journal.core.entries.kinds import SYMPTOM_KINDS, find_symptom_kind
    from journal.store.kinds import load_kinds

    custom = load_kinds(journal) if journal is not None else []  # None: no journal yet
    kind = find_symptom_kind(name, custom)
    if kind is None:
        kinds = ", ".join([*SYMPTOM_KINDS, *(c.name for c in custom), *([also] if also else [])])
        raise v.ValidationError(field, f"'{name}' is not a symptom kind; use one of: {kinds}")
    return kind
