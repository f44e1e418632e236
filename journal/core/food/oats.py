"""Oats by the cup or spoon: measured dry, or cooked?

"oatmeal" and "porridge" by the cup are the cooked dish (SR's oats cooked with water:
234 g, 63 mg a cup). But oats are measured dry by the cup to cook them (a packet's
serving is half a cup dry), and a cup of SR's dry rolled oats is 81 g, 112 mg: "a cup
of oats" logged the cooked cup, 44% short, without asking. So "oats" by a volume, with
no word of its form, is asked as a grain weighed by mass is (`choose._weighed`).
"""

from __future__ import annotations

import re

from journal.core.food.portion_match import normalize_unit
from journal.core.food.unit_words import US_UNITS_ML, VOLUME_UNITS
from journal.core.food.weighed import form_said

# The packet's names for them, with an amount: "a cup of rolled oats" found only a
# sweetened cereal "with pecans"; alone they still ask, as no food is named so
_PACKET = re.compile(r"\b(?:rolled|porridge) oats\b")
_OATS = re.compile(r"\boats\b")  # the grain's word; "oatmeal", "porridge" are the dish
_UNIT = re.compile(r"^[\d.,/ ½¼¾⅓⅔⅛]*(.*)$")


def measured_oats(query: str, quantity: str) -> bool:
    """Whether the words say oats, not their form, by a cup, spoon or ml ("1 cup")."""
    match = _UNIT.match(quantity.strip())
    unit = normalize_unit(match.group(1)) if match else ""
    by_volume = unit in US_UNITS_ML or unit in VOLUME_UNITS
    bowl = "bowl" in quantity.lower()  # "a bowl of oats" is the dish, as of porridge
    return by_volume and not bowl and bool(_OATS.search(query.lower())) and not form_said(query)


# A packet (pack, sachet) of oats or porridge is instant oats' one: SR's plain dry packet,
# 28 g, 39 mg ("a sachet of oats" was refused: cooked oats have no packet)
_INSTANT = frozenset({"oats", "oatmeal", "porridge", "instant oats", "instant oatmeal"})
INSTANT_PACKET = "usda:08122"  # Cereals, oats, instant, fortified, plain, dry


def packet_oats(words: str, quantity: str) -> str:
    """ "rolled oats" or "porridge oats" with an amount are "oats", a packet of them
    instant oats' (`INSTANT_PACKET`); other words as typed."""
    if not quantity.strip():
        return words
    oats = _PACKET.sub("oats", words.lower())
    match = _UNIT.match(quantity.strip())
    unit = normalize_unit(match.group(1)) if match else ""
    if unit in ("packet", "package") and " ".join(oats.split()) in _INSTANT:
        return INSTANT_PACKET
    return oats
