"""Breakfast cereals by the name on the box: "cheerios", "weetabix", "corn pops".

USDA names a boxed cereal "Cereals ready-to-eat, GENERAL MILLS, CHEERIOS", and a word
of a dish's head must be typed for the words to name it (`made_with`: "rice" is no
"Cereals ready-to-eat, rice, puffed"), so "cheerios" named none of the Cheerios and
asked among Honey Nut and Multi-Grain (86 and 14 mg/100 g, against 143 for plain), and
"weetabix" named its only food not at all. Words that run together in a product's name
in capitals name the cereal; the words that are the whole name, last ("..., CHEERIOS"),
name that product above the others that hold them ("HONEY NUT CHEERIOS").
"""

from __future__ import annotations

import re

from journal.core.food.foods import Food

CEREAL_HEAD = "cereals ready-to-eat"
# Cereals the table names in lower case, said alone: "granola" named none of "Cereals
# ready-to-eat, granola, homemade" (its head must be typed), and the line offered logged
# a hard granola bar ("Snacks, granola bars, ...", 97 mg/100 g to granola's 175)
SAID_ALONE = frozenset({"granola"})
# USDA's head for hot cereals ("Cereals, oats, ..., cooked", "Cereals, farina, ...")
HOT_CEREAL_HEAD = "cereals"
CEREAL_WORDS = frozenset({"cereal", "cereals"})
_CAPITALS = re.compile(r"\b[A-Z][A-Z'&.-]{2,}\b")


def is_boxed_cereal(name: str) -> bool:
    return name.lower().startswith(CEREAL_HEAD)


def _products(name: str) -> list[list[str]]:
    """The words in capitals of each comma segment: "KELLOGG'S CORN POPS" is
    ["kelloggs", "corn", "pops"]."""
    return [
        [re.sub(r"[^a-z0-9]", "", w.lower()) for w in _CAPITALS.findall(segment)]
        for segment in name.split(",")[1:]
    ]


def names_cereal(words: list[str], name: str) -> bool:
    """Whether the typed words run together in a product name in capitals: "weetabix"
    in "WEETABIX WHOLE WHEAT CEREAL", "corn pops" in "KELLOGG'S CORN POPS"; not "oat
    flakes" in "OAT BRAN FLAKES" (British rolled oats); or are a cereal said alone
    (`SAID_ALONE`) that the name's second segment is."""
    n = len(words)
    if not is_boxed_cereal(name) or n == 0:
        return False
    segments = [s.strip().lower() for s in name.split(",")][1:]
    if segments[:1] and segments[0] in SAID_ALONE and segments[0] in words:
        # "granola", "homemade granola": the said words are the name's own
        return set(words) <= {w for s in segments for w in s.split()}
    return any(
        product[i : i + n] == words
        for product in _products(name)
        for i in range(len(product) - n + 1)
    )


def box_name(words: list[str], food: Food) -> bool:
    """Whether the words are the whole product name, its name's last segment, in
    capitals: "cheerios" is "..., CHEERIOS", not "HONEY NUT CHEERIOS" nor "TOTAL,
    Cranberry Crunch"."""
    if not is_boxed_cereal(food.name):
        return False
    last = food.name.rsplit(",", 1)[-1].strip()
    return last.isupper() and _products(food.name)[-1] == words


def only_hot_cereal_head(words: list[str], name: str) -> bool:
    """Whether the words are "cereal" alone and the name a hot cereal's ("Cereals, oats,
    ..."): a bowl of cereal is a cold one, 30-40 g, and once oatmeal was eaten "cereal"
    logged 234 g of porridge, 63 mg, as the person's own."""
    head = name.split(",", 1)[0].strip().lower()
    return head == HOT_CEREAL_HEAD and bool(words) and set(words) <= CEREAL_WORDS
