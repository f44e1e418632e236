"""Two foods typed as one item: "rice and beans" is rice and beans, not a food whose
name holds both words apart ("Noodles, chinese, cellophane or long rice (mung beans),
dehydrated", which it logged: 140 g, 4 mg, 491 kcal for a plate of rice and beans).

Words joined by "and" name a food only when its name joins words too, by "and" or
"with": "mac and cheese", "sweet and sour" sauce, "lentil and ham soup" ("Soup, lentil
with ham").
"""

from __future__ import annotations

import re

_JOINED = re.compile(r"\S\s+(?:and|&)\s+\S")
_NAME_JOINS = re.compile(r"\b(?:and|with)\b|&")


def joins_apart(query: str, name: str) -> bool:
    """Whether the typed words join two with "and" (or "&") and the name joins none."""
    return bool(_JOINED.search(query.lower())) and not _NAME_JOINS.search(name.lower())
