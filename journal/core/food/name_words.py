"""The words of food names and queries: tokens, comma-segment weights, plurals, synonyms.

USDA names read "Category, food, preparation": a word's weight is that of the earliest
comma segment holding it. Queries are everyday words, so a few are mapped to USDA's
spelling ("oatmeal" is "Cereals, oats, ...") and plurals to their singulars.
"""

from __future__ import annotations

import functools
import re

from journal.core.food.eaten_words import as_eaten
from journal.core.food.milk_words import cows_milk

_TOKEN = re.compile(r"[a-z0-9]+")
STOP_WORDS = frozenset({"and", "or", "of", "the", "to", "in", "a", "s"})
SEGMENT_WEIGHTS = (1.0, 0.8, 0.5)  # "Milk, ..." is milk; "Crackers, milk" less so
HEAD_BONUS = 0.6  # a one-word first segment names the food: "Egg, ...", not "Egg substitute"
# Everyday words the USDA table spells otherwise: "oatmeal" is "Cereals, oats, ...".
SYNONYMS = {
    "oatmeal": "oats",
    "porridge": "oats",
    "chickpea": "garbanzo",
    "chickpeas": "garbanzo",
    "yoghurt": "yogurt",
    "yoghurts": "yogurt",  # "2 yoghurts" asked among frozen yogurts
    "aubergine": "eggplant",
    "courgette": "zucchini",
    "pasta": "spaghetti",
    "chunky": "chunk",  # "Peanut butter, chunk style"
    "crunchy": "chunk",  # British for chunky peanut butter
    "bbq": "barbecue",  # "Snacks, potato chips, barbecue-flavor"
    "coke": "cola",  # "a can of coke": not couscous, one typo away
    "cokes": "cola",  # "2 cokes" asked among cookies
    "donut": "doughnut",  # "Doughnuts, ...": "a donut" found nothing
    "donuts": "doughnuts",
    "lager": "beer",  # regular beer; "lager" alone found lima beans ("large")
    # Fresh produce is USDA's "raw": "fresh spinach" found "Pasta, fresh-refrigerated,
    # spinach" (57 g, 14 mg) for "Spinach, raw"; "fresh basil" is still "Basil, fresh"
    "fresh": "raw",
}
# Words that say which pieces, not which food: no USDA name holds "halves", and no
# salmon's "fillet", so "walnut halves" and "salmon fillet" found nothing with them. A
# search that finds nothing tries again without them.
PORTION_WORDS = frozenset({"halves", "fillet", "fillets", "bag", "bags"})  # "tea bag"
# Words USDA writes as one: "soy milk" is "Soymilk", "kiwi fruit" "Kiwifruit" (which
# found nothing).
COMPOUND = re.compile(r"\b(soy) (milk)|\b(kiwi) (fruits?)\b")
# British names of foods USDA names otherwise, read as USDA's words before searching.
BRITISH = (
    (re.compile(r"\bsemi[- ]?skimmed\b"), "lowfat"),  # 1.5-1.8% fat: nearest USDA's 1%
    (re.compile(r"\bskimmed\b"), "nonfat"),
    (re.compile(r"\bsoya\b"), "soy"),
    (re.compile(r"\bprawns?\b"), "shrimp"),
    (re.compile(r"\b(beef|lamb|pork|turkey) mince\b"), r"\1 ground"),
    (re.compile(r"\bminced (beef|lamb|pork|turkey)\b"), r"\1 ground"),
    (re.compile(r"\bmince\b(?! pie)"), "beef ground"),  # mince alone is beef's
    (re.compile(r"\bcrisps\b"), "potato chips"),  # not an apple crisp
    (re.compile(r"\bfish fingers?\b"), "fish sticks"),  # it found nothing
    (re.compile(r"\bwhisky\b"), "whiskey"),  # Scotch's spelling: it found nothing
    (re.compile(r"\bsweetcorn\b"), "corn sweet"),
    (re.compile(r"\bbeetroots?\b"), "beets"),
    (re.compile(r"\bjacket potato(es)?\b"), "baked potato"),
    (re.compile(r"\bwhole ?(meal|wheat)\b"), "whole wheat"),
    # "sweets" found sweet corn (1 ear, 27 mg): British for candies, which it asks among
    (re.compile(r"\bsweets\b"), "candies"),
    # the table's one plain meatball is "Meatballs, meatless" (a bare "meatballs" is meat's);
    # a bare "sausage" is meat's too, the meatless one last
    (re.compile(r"\b(?:vegetarian|veggie|vegan) (meatballs?|sausages?)\b"), r"\1 meatless"),
    (re.compile(r"\bswedes?\b"), "rutabagas"),  # it asked among sweet corn and cherries
    (re.compile(r"\bsingle cream\b"), "cream light"),  # about 18% fat, as USDA's light
    (re.compile(r"\bdouble cream\b"), "cream heavy whipping"),  # about 48%: the heaviest
    (re.compile(r"\bnatural (yog(?:h)?urts?)\b"), r"plain \1"),
    (re.compile(r"\bsultanas?\b"), "raisins"),  # by the small box, as raisins: not a cup
    (re.compile(r"\bmange ?touts?\b"), "peas edible podded"),
    (re.compile(r"\btinned\b"), "canned"),  # "tinned tomatoes" found nothing
    # A burger alone is one in its bun, as fast foods weigh it: "a burger" offered only
    # veggie burgers; its bun is USDA's hamburger roll (it found nothing)
    # "hamburger" and "hot dog" alone too: they offered the bun first (and pickle relish)
    (re.compile(r"^\s*(?:beef\s+)?(?:ham)?burgers?\s*$"), "fast foods hamburger"),
    (re.compile(r"^\s*hot ?dogs?\s*$"), "fast foods hotdog"),
    # A salad alone is a green salad without dressing, as served (it offered ham salad
    # spread and five dressings), fried rice the Chinese restaurant's (it asked between
    # it and a frozen rice bowl with chicken)
    (
        re.compile(r"^\s*(?:green\s+|side\s+|mixed\s+|garden\s+)?salads?\s*$"),
        "fast foods salad vegetable tossed",
    ),
    (re.compile(r"^\s*fried rice\s*$"), "restaurant chinese fried rice"),
    (re.compile(r"\b(?:burger|hamburger|hot ?dog) (buns?|rolls?)\b"), r"hamburger \1"),
    (re.compile(r"\bhamburger buns?\b"), "rolls hamburger"),
    (re.compile(r"\brocket\b"), "arugula"),  # the salad leaf; it found nothing
    (re.compile(r"\bsatsumas?\b"), "tangerines"),  # a mandarin, as USDA's tangerines
    (re.compile(r"\bcuppa\b"), "tea"),  # "a cuppa" is a cup of black tea
    # British brown bread is a wholemeal loaf, not USDA's Boston brown bread (canned, with
    # molasses: 63 mg/100 g and a 45 g slice, against whole-wheat's 82 mg and 28 g)
    (re.compile(r"(?<!boston )\bbrown (bread|toast|rolls?)\b"), r"whole wheat \1"),
)


def british_to_usda(text: str) -> str:
    for pattern, usda in BRITISH:
        text = pattern.sub(usda, text)
    return text


def _joined(match: re.Match[str]) -> str:
    return "".join(part for part in match.groups() if part)


def query_tokens(text: str) -> list[str]:
    """Lower-case words of a query; a stop word is kept last, where it may be a prefix."""
    words = _TOKEN.findall(
        COMPOUND.sub(_joined, as_eaten(cows_milk(british_to_usda(text.lower()))))
    )
    return [w for n, w in enumerate(words, 1) if w not in STOP_WORDS or n == len(words)]


def without_portion_words(query: str) -> str | None:
    """The query without its `PORTION_WORDS` ("walnut halves": "walnut"), a trailing space
    kept (a word typed in full); None when it has none, or nothing else."""
    words = query_tokens(query)
    kept = [word for word in words if word not in PORTION_WORDS]
    if len(kept) in (0, len(words)):
        return None
    return " ".join(kept) + (" " if query[-1:].isspace() else "")


@functools.cache
def segment_words(segment: str) -> tuple[str, ...]:
    """Words of one comma segment; cached, as "raw" or "without salt" recur thousands of times."""
    return tuple(w for w in _TOKEN.findall(segment.lower()) if w not in STOP_WORDS)


def name_tokens(name: str) -> dict[str, float]:
    """Distinct words of a food name with the weight of their earliest comma segment."""
    placed: dict[str, float] = {}
    last = len(SEGMENT_WEIGHTS) - 1
    for position, segment in enumerate(name.split(",")):
        weight = SEGMENT_WEIGHTS[min(position, last)]
        words = segment_words(segment)
        if position == 0 and len(words) == 1:
            placed[words[0]] = weight + HEAD_BONUS
        for word in words:
            placed.setdefault(word, weight)
    return placed


def singulars(word: str) -> tuple[str, ...]:
    """Singular forms a plural may have: eggs -> egg, peaches -> peach, berries -> berry."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return ()
    forms = [word[:-1]]
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    return tuple(forms)


# Each word's number worn off, in passes over many names at once (a per-word function
# took 77 ms over the table, too slow for a quick log): berries -> berry, apples ->
# appl, apple -> appl, peaches -> peach; "ss" is kept (glass).
_WORD_ENDINGS = (
    (re.compile(r"\b([a-z0-9]{2,})ies\b"), r"\1y"),
    (re.compile(r"\b([a-z0-9]{2,}[a-rt-z0-9])s\b"), r"\1"),
    (re.compile(r"\b([a-z0-9]{3,})e\b"), r"\1"),
)
_NOT_WORD = re.compile(r"[^a-z0-9,\n]+")
_COMMA = re.compile(r" ?, ?")


def number_blind_lines(names: str) -> list[str]:
    """`number_blind` of each line of `names`."""
    text = _NOT_WORD.sub(" ", names.lower())
    for pattern, ending in _WORD_ENDINGS:
        text = pattern.sub(ending, text)
    return [_COMMA.sub(",", line.strip()) for line in text.split("\n")]


def number_blind(name: str) -> str:
    """A name with case, punctuation and each word's number worn off, comma segments
    kept: "banana, raw" reads as "Bananas, raw". A key to compare by, not a word."""
    return number_blind_lines(name.replace("\n", " "))[0]


@functools.cache
def number_forms(word: str) -> frozenset[str]:
    """The word, its singulars and their plurals, so either number finds the other:
    strawberry -> strawberries, mangoes -> mangos (USDA's spelling), eggs -> egg."""
    bases = {word, *singulars(word)}
    forms = set(bases)
    for base in bases:
        forms |= {base + "s", base + "es"}
        if len(base) > 3 and base.endswith("y") and base[-2] not in "aeiou":
            forms.add(base[:-1] + "ies")
    return frozenset(forms)


def scan_stem(word: str) -> str:
    """The shortest prefix every number form of `word` starts with ("strawberr")."""
    stems = (word, *singulars(word))
    if len(word) > 4 and word.endswith("y") and word[-2] not in "aeiou":
        stems = (*stems, word[:-1])
    return min(stems, key=len)


def deletes(word: str) -> set[str]:
    """Every way to drop one letter: two words within one edit share one of these."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def is_exact(token: str, query: str) -> bool:
    """A whole word, plural-tolerant: "almond" fully matches "almonds"."""
    return token == query or token in number_forms(query)
