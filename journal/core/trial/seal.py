"""The seal of a blinded trial: which bottle holds magnesium, hidden until unsealed.

The seal is a random token made when the plan is written; which bottle holds
magnesium is one bit of its SHA-256, so the plan file, an export or a backup
carries the token and never the words "bottle A is magnesium". This keeps the
allocation off every screen and out of every export until the person unseals;
it does not stop someone reading the code from working it out, and it need not:
the blind that matters is the helper's packing.
"""

from __future__ import annotations

import hashlib
import re

_TOKEN = re.compile(r"^[0-9a-f]{32}$")


def valid_token(token: object) -> bool:
    return isinstance(token, str) and _TOKEN.match(token) is not None


def magnesium_bottle(token: str) -> str:
    """'A' or 'B': the bottle that holds magnesium under this seal."""
    if not valid_token(token):
        raise ValueError("the seal is not a 32-digit hex token")
    return "A" if hashlib.sha256(token.encode()).digest()[0] & 1 == 0 else "B"


def helper_lines(form: str, dose_mg: float, token: str) -> list[str]:
    """The two lines of the packing sheet that break the seal: for the helper only."""
    mg = magnesium_bottle(token)
    other = "B" if mg == "A" else "A"
    return [
        f"Bottle {mg}: {form}, {dose_mg:g} mg elemental magnesium a day",
        f"Bottle {other}: the matching placebo (same look, same number of capsules)",
    ]
