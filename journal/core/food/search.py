"""Type-ahead food search: word-prefix matching with a typo fallback.

People type "alm", "spinach b", "black be" one key at a time, so every keystroke must
answer in a few milliseconds over the whole table. The index is built once:

* a sorted vocabulary of name tokens, so a prefix is a contiguous ``bisect`` range;
* per token, the foods holding it, each with a precomputed score (the food's static
  rank plus where in the name the token sits), sorted best first, so a one-word
  prefix is answered by merging a few sorted lists and stopping at ``limit``;
* a single-deletion neighbourhood of every token of 4+ letters, used only when a
  query word matches nothing ("almnd" -> "almonds", "spinch" -> "spinach").

The static rank (`food_rank`) prefers plain, common foods as eaten: USDA names read
"Category, food, preparation", so short names rank above long compound ones, the word
that heads the name counts most (`name_words`), the everyday as-eaten form of a food
comes first (`everyday`), and baby, fast-food and restaurant items, brands (ALL-CAPS
words), powders and obscure dishes come later.
"""

from __future__ import annotations

import heapq
import itertools
import math
from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator, Mapping

from journal.core.food.everyday import (
    DRY_FORMS,
    DRY_SAID,
    as_eaten_rank,
    raw_by_name,
)
from journal.core.food.everyday_foods import EVERYDAY
from journal.core.food.everyday_words import EVERYDAY_BONUS, EVERYDAY_WORDS
from journal.core.food.food_rank import static_rank
from journal.core.food.foods import Food
from journal.core.food.made_with import MADE_WITH_PENALTY, heads, made_with
from journal.core.food.name_words import (
    PORTION_WORDS,
    SEGMENT_WEIGHTS,
    STOP_WORDS,
    SYNONYMS,
    deletes,
    is_exact,
    name_tokens,
    number_forms,
    query_tokens,
    segment_words,
    singulars,
    without_portion_words,
)
from journal.core.food.naming import astray, names_head
from journal.core.food.weighed import is_dry

EXACT_BONUS = 1.0  # "almond" typed in full beats "almondine"
BIG_PREFIX = 1500  # postings above which a one-word query merges instead of scoring all
MIN_TYPO_LENGTH = 4
SYNONYM_BONUS = 1.0  # the word the person meant outranks foods merely named "oatmeal ..."
# A word typed in full (a space follows it, or the shell's words) finds its longer words
# last: "water " lists "Water, tap" before "Watermelon" (an everyday food, otherwise 2
# higher), "crab " crab before crabapples. Still found: "choc " is chocolate.
PARTIAL_PENALTY = 3.0


class FoodIndex:
    """An in-memory search index over foods; ``add`` takes the person's own foods.

    ``table_heads``: `made_with.heads` of the whole table, when ``foods`` is a part of it.
    """

    def __init__(self, foods: Iterable[Food], table_heads: frozenset[str] | None = None) -> None:
        foods = list(foods)
        self._heads = heads(f.name for f in foods) if table_heads is None else table_heads
        self._foods: list[Food] = []
        self._by_id: dict[str, int] = {}
        self._words: list[tuple[str, ...]] = []  # per food, its distinct tokens
        self._ranks: list[float] = []  # per food, its static rank (in every posting)
        self._vocabulary: list[str] = []  # sorted distinct tokens
        self._postings: dict[str, list[tuple[float, int]]] = {}  # (-score, food) ascending
        self._neighbours: dict[str, set[str]] = {}  # deletion -> tokens
        for food in foods:
            self._insert(food)
        self._vocabulary = sorted(self._postings)
        for entries in self._postings.values():
            entries.sort()
        for word in self._vocabulary:
            self._link_neighbours(word)

    def __len__(self) -> int:
        """Foods searchable now (one per id)."""
        return len(self._by_id)

    def get(self, food_id: str) -> Food | None:
        """The live food with this id, or None."""
        index = self._by_id.get(food_id)
        return None if index is None else self._foods[index]

    def _insert(self, food: Food) -> list[str]:
        """Index one food; return its tokens that were new to the vocabulary."""
        index = len(self._foods)
        self._foods.append(food)
        self._by_id[food.id] = index
        placed = name_tokens(food.name)
        eaten, refunds = as_eaten_rank(food, placed.keys())
        count = sum(1 for w in placed.values() if w >= SEGMENT_WEIGHTS[1])
        rank = static_rank(food, count, eaten)
        self._ranks.append(rank)
        # "milk" means milk, not "Cheese, mozzarella, whole milk"
        if food.id in EVERYDAY or food.id in EVERYDAY_WORDS:
            bonus: dict[str, float] = {}
            for segment in EVERYDAY_WORDS.get(food.id) or food.name.split(",")[:2]:
                words = segment_words(segment)
                for word in words:  # "Sweet potato" and "sesame butter" less so
                    bonus.setdefault(word, EVERYDAY_BONUS / (2 if len(words) > 1 else 1))
            for word, extra in bonus.items():
                placed[word] += extra
        if is_dry(food):  # "dry lentils" finds "Lentils, raw", "uncooked oats" "Oats"
            weight = min((placed[w] for w in DRY_FORMS if w in placed), default=SEGMENT_WEIGHTS[-1])
            for word in DRY_SAID:
                placed.setdefault(word, weight)
        if raw_by_name(food):  # "raw almonds": "Nuts, almonds"
            placed.setdefault("raw", SEGMENT_WEIGHTS[-1])
        for word in made_with(food, self._heads):  # "pizza" is not "Sauce, pizza"
            placed[word] -= MADE_WITH_PENALTY
        for word, refund in refunds.items():  # typed "raw": raw is wanted
            if word in placed:
                placed[word] += refund
        self._words.append(tuple(placed))
        new = [w for w in placed if w not in self._postings]
        for word, weight in placed.items():
            self._postings.setdefault(word, []).append((-(rank + weight), index))
        return new

    def _link_neighbours(self, word: str) -> None:
        if len(word) >= MIN_TYPO_LENGTH:
            for variant in deletes(word) | {word}:
                self._neighbours.setdefault(variant, set()).add(word)

    def add(self, food: Food) -> None:
        """Add (or shadow, by id) a food: the person's own foods and recipes."""
        for word in self._insert(food):
            insort(self._vocabulary, word)
            self._link_neighbours(word)
        for word in self._words[-1]:
            self._postings[word].sort()

    def _prefix_words(self, prefix: str) -> list[str]:
        start = bisect_left(self._vocabulary, prefix)
        end = bisect_left(self._vocabulary, prefix + "\uffff", start)
        return self._vocabulary[start:end]

    def _allowed(self, prefix: str) -> dict[str, float]:
        """Vocabulary words starting with ``prefix``, each with its whole-word bonus."""
        return {w: EXACT_BONUS if is_exact(w, prefix) else 0.0 for w in self._prefix_words(prefix)}

    def _corrected(self, word: str) -> dict[str, float]:
        """For a word that matched nothing: words one edit away, and their extensions
        ("almnd" -> "almond", "almonds"), since the typo may sit in a plural's stem."""
        if len(word) < MIN_TYPO_LENGTH:
            return {}
        allowed: dict[str, float] = {}
        for variant in deletes(word) | {word}:
            for fixed in self._neighbours.get(variant, ()):
                allowed.update(self._allowed(fixed))
        return allowed

    def _expand(self, query_words: list[str], whole: int = 0) -> list[dict[str, float]] | None:
        """Per query word, the vocabulary words it stands for; None if one has none.
        The first ``whole`` words are typed in full (`PARTIAL_PENALTY`)."""
        expanded = []
        for position, word in enumerate(query_words):
            allowed = self._allowed(word)
            for form in number_forms(word):  # "eggs" is "Egg, whole", "strawberry" "Strawberries"
                if form in self._postings:
                    allowed[form] = EXACT_BONUS
            for single in () if allowed else singulars(word):  # "kiwis": "Kiwifruit"
                allowed.update(self._allowed(single))
            # "halves" is no typo (`ranked` drops it), nor a word the table spells otherwise:
            # "coke" (cola) listed "cooked" couscous and bulgur, one edit away, under cola
            if word not in PORTION_WORDS and word not in SYNONYMS:
                allowed = allowed or self._corrected(word)
            if word in SYNONYMS:
                meant = self._allowed(SYNONYMS[word])
                allowed = {**allowed, **{w: b + SYNONYM_BONUS for w, b in meant.items()}}
            if position < whole:
                forms = number_forms(word) | number_forms(SYNONYMS.get(word, word))
                allowed = {w: b - PARTIAL_PENALTY * (w not in forms) for w, b in allowed.items()}
            if not allowed and word in STOP_WORDS:
                continue  # "peas and" while typing "peas and carrots"
            if not allowed:
                return None
            expanded.append(allowed)
        return expanded

    def _live(self, index: int) -> bool:
        """False for a food later shadowed by ``add`` with the same id."""
        return self._by_id.get(self._foods[index].id) == index

    def search(
        self, query: str, limit: int = 20, boost: Mapping[str, float] | None = None
    ) -> list[Food]:
        """Foods matching every word of ``query`` by prefix, best first.

        ``boost`` maps food ids to the person's recent/frequent scores; matching
        boosted foods come first, by boost. An empty query lists the boosted foods.
        """
        return [food for food, _ in self.ranked(query, limit, boost)]

    def ranked(
        self, query: str, limit: int = 20, boost: Mapping[str, float] | None = None
    ) -> list[tuple[Food, float]]:
        """`search` with each food's score (lower is better; the person's foods -inf)."""
        found = self._ranked(query, limit, boost or {})
        fewer = None if found else without_portion_words(query)  # "walnut halves"
        return self._ranked(fewer, limit, boost or {}) if fewer else found

    def _ranked(
        self, query: str, limit: int, boost: Mapping[str, float]
    ) -> list[tuple[Food, float]]:
        query_words = query_tokens(query)
        if not query_words:
            ranked = sorted(boost, key=lambda food_id: -boost[food_id])
            found_ids = [i for i in ranked if i in self._by_id][:limit]
            return [(self._foods[self._by_id[i]], -math.inf) for i in found_ids]
        whole = len(query_words) - (0 if query[-1:].isspace() else 1)  # the last is typed on
        expanded = self._expand(query_words, whole)
        if not expanded:
            return []
        expanded.sort(key=lambda allowed: sum(len(self._postings[w]) for w in allowed))
        first, rest = expanded[0], expanded[1:]
        if sum(len(self._postings[w]) for w in first) > BIG_PREFIX:
            ordered = self._merged(first)
        else:
            ordered = self._scored(expanded)
        found = ((s, i) for s, i in ordered if self._live(i) and self._matches(i, rest))
        if not boost:
            return [(self._foods[i], s) for s, i in itertools.islice(found, limit)]
        boosted = [self._by_id[i] for i in boost if i in self._by_id]
        boosted = [i for i in boosted if self._matches(i, expanded)]
        boosted.sort(key=lambda i: -boost[self._foods[i].id])
        # enough to fill the list whichever of them are lifted above the rest
        first_found = list(itertools.islice(found, limit + len(boosted)))
        boosted = self._not_astray(query, boosted, [i for _, i in first_found])
        picked = [(-math.inf, i) for i in boosted[:limit]]
        taken = {i for _, i in picked}
        others = ((s, i) for s, i in first_found if i not in taken)
        picked += itertools.islice(others, limit - len(picked))
        return [(self._foods[i], s) for s, i in picked]

    def _not_astray(self, query: str, boosted: list[int], found: list[int]) -> list[int]:
        """The foods eaten before to list first: not one the words do not name where
        they name the head of another (`naming.astray`), as `eat` logs: "water" listed
        coffee prepared with tap water, drunk lately, before water. Typing on ("wat"),
        no head is named yet and every food eaten before comes first."""
        if not any(names_head(query, self._foods[i].name) for i in found):
            return boosted
        return [i for i in boosted if not astray(query, self._foods[i])]

    def _matches(self, index: int, expanded: list[dict[str, float]]) -> bool:
        """Whether the food holds a word for each expanded query word."""
        words = self._words[index]
        return all(any(w in allowed for w in words) for allowed in expanded)

    def _merged(self, allowed: dict[str, float]) -> Iterator[tuple[float, int]]:
        """Foods in score order for one broad prefix, lazily, without scoring them all."""
        streams = []
        for word, bonus in allowed.items():
            entries = self._postings[word]
            streams.append(((s - bonus, i) for s, i in entries) if bonus else iter(entries))
        seen: set[int] = set()
        for score, index in heapq.merge(*streams):
            if index not in seen:
                seen.add(index)
                yield score, index

    def _scored(self, expanded: list[dict[str, float]]) -> Iterator[tuple[float, int]]:
        """Score every food matching the most selective word, summing all words' scores."""
        totals: dict[int, float] = {}
        for position, allowed in enumerate(expanded):
            best: dict[int, float] = {}
            for word, bonus in allowed.items():
                for score, index in self._postings[word]:
                    if position == 0 or index in totals:
                        best[index] = min(best.get(index, math.inf), score - bonus)
            if position == 0:
                totals = best
            else:  # the static rank counts once, however many words were typed
                totals = {i: s + best[i] + self._ranks[i] for i, s in totals.items() if i in best}
        return iter(sorted((s, i) for i, s in totals.items()))
