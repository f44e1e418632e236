"""Which food a typed name means, or the short list to choose from.

Ranking puts the as-eaten food first (`everyday`, `search`), but a name may still fit
several foods. That only matters when they differ in what the journal counts:
lentils boiled with or without salt, or avocados of two varieties, hold the same
magnesium per portion, and asking which would be noise. So the top match is taken
when the person logged it before, when the name is its exact name, or when every
close rival (a search score within `RIVAL_MARGIN`) gives the same magnesium for the
amount typed, within `figures.TOLERANCE`; the rivals are then named as "alike". Otherwise the
person chooses; always, dry or cooked, for a grain or pulse weighed by mass with no
word of its form ("brown rice 100 g"), which is as often weighed dry (`weighed`).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from journal.core.food.cereals import box_name
from journal.core.food.diet_forms import diet_last
from journal.core.food.everyday import (
    COOKED,
    DRY_SAID,
    is_dry_form,
    needs_asking,
)
from journal.core.food.figures import mg_for_quantity, same_figure
from journal.core.food.food_rank import brand_words
from journal.core.food.foods import Food
from journal.core.food.name_words import (
    name_tokens,
    query_tokens,
)
from journal.core.food.naming import names as names  # its callers' import
from journal.core.food.naming import names_head, says_everyday
from journal.core.food.oats import measured_oats
from journal.core.food.snack_bags import says_bag
from journal.core.food.units import in_bulk, needs_amount, parse_quantity, piece_portion
from journal.core.food.weighed import form_said, is_dry, is_mass

RIVAL_MARGIN = 1.0  # search score: below a whole-word match in the food's name


@dataclass(frozen=True, slots=True)
class Choice:
    """The food to log (None: ask), the rivals it stands for, and the candidates;
    ``dry``: when only the form is asked, the dry form (candidates: cooked, then it);
    ``missing``: with no food and no candidates, why the table has none."""

    food: Food | None
    alike: list[Food] = field(default_factory=list)
    candidates: list[Food] = field(default_factory=list)
    dry: Food | None = None
    missing: str = ""  # why the table has no such food (`not_in_table`), to say instead


def choose(
    query: str,
    ranked: list[tuple[Food, float]],
    boost: Mapping[str, float],
    quantity: str = "",
    noun: str = "",
    dry_form: Callable[[Food], Food | None] | None = None,
) -> Choice:
    """Decide between the ranked matches of ``query`` for ``quantity`` of it (``noun``:
    what a bare number counts, `units.parse_quantity`; ``dry_form``: a cooked grain's
    dry form in the table, `weighed.dry_form`)."""
    ranked, boost = _said_forms_first(query, diet_last(query, ranked), boost, quantity)
    weighed = _weighed(query, ranked, boost, quantity, noun, dry_form)
    if weighed is not None:
        return weighed
    choice = _choose(query, ranked, boost, quantity, noun)
    top = choice.food
    if top is None and any(c.isalpha() for c in quantity):
        # A measure said ("a bag of crisps"): the foods USDA weighs by it come first, so
        # the line offered to repeat weighs it
        weighs = sorted(choice.candidates, key=lambda f: mg_for_quantity(f, quantity) is None)
        return Choice(None, candidates=weighs)
    if top is None or not noun or not in_bulk(top) or piece_portion(top, noun) is not None:
        return choice
    # "10 cashews": USDA weighs the everyday dry-roasted ones only by the ounce and cup,
    # and its oil-roasted ones also as "1 oz (18 kernels)", 273 mg/100 g against 260. A
    # food the words name with the same figure that the table counts stands in for it.
    for food in choice.candidates:
        if (
            same_figure(food.mg_per_100g, top.mg_per_100g)
            and names(query, food)
            and not needs_asking(food, query_tokens(query))
            and in_bulk(food)  # read by its count of pieces, not a block of tofu or a pizza
            and piece_portion(food, noun) is not None
        ):
            return Choice(food, alike=[top], candidates=choice.candidates)
    return choice


def _said_forms_first(
    query: str, ranked: list[tuple[Food, float]], boost: Mapping[str, float], quantity: str
) -> tuple[list[tuple[Food, float]], Mapping[str, float]]:
    """A food eaten before in a form the words do not say is not what they mean: dry
    lentils weighed once logged a cup of them for every later "lentils" (234 mg for 71),
    milk powder a cup of powder for "milk". Such a food goes last, no rival, unboosted;
    by weight a grain is taken dry again, as it was weighed before (`_weighed`)."""
    typed = query_tokens(query)

    def unsaid(food: Food) -> bool:
        if is_dry(food):
            return not set(typed) & DRY_SAID and not is_mass(quantity)
        return needs_asking(food, typed)

    unsaid_ids = {food.id for food, _ in ranked if food.id in boost and unsaid(food)}
    if not unsaid_ids:
        return ranked, boost
    kept = [pair for pair in ranked if pair[0].id not in unsaid_ids]
    last = [(food, math.inf) for food, _ in ranked if food.id in unsaid_ids]
    return kept + last, {k: v for k, v in boost.items() if k not in unsaid_ids}


def _weighed(
    query: str,
    ranked: list[tuple[Food, float]],
    boost: Mapping[str, float],
    quantity: str,
    noun: str,
    dry_form: Callable[[Food], Food | None] | None,
) -> Choice | None:
    """A grain or pulse weighed by mass with no word of its form ("oats 40 g"): weighed
    dry (55 mg) or cooked (11 mg)? Asked, as the food the words name among the cooked
    ones and its dry form; with the others too when the words name several ("rice":
    brown or white). None when no word is wanting, or the first match is itself dry."""
    by_mass = is_mass(quantity) or measured_oats(query, quantity)  # "a cup of oats" too
    if not ranked or not by_mass or form_said(query) or is_dry(ranked[0][0]):
        return None
    plain = _choose(query, [pair for pair in ranked if not is_dry(pair[0])], boost, quantity, noun)
    top = plain.food or plain.candidates[0]
    dry = dry_form(top) if dry_form is not None else None
    if dry is None:  # a table naming it otherwise: a dry food the words name
        dry = next((f for f, _ in ranked if is_dry_form(f) and names(query, f)), None)
    if dry is None:
        return None
    if plain.food is not None:
        return Choice(None, candidates=[top, dry], dry=dry)
    return Choice(
        None, candidates=[top, dry, *(f for f in plain.candidates if f not in (top, dry))]
    )


def _choose(
    query: str,
    ranked: list[tuple[Food, float]],
    boost: Mapping[str, float],
    quantity: str,
    noun: str,
) -> Choice:
    """`choose`, reading the count of pieces as the top food's own."""
    foods = [food for food, _ in ranked]
    if not ranked:
        return Choice(None)
    # A food eaten before does not come first when the words name the head of another
    # and not it: "milk" is not "Yogurt, plain, whole milk" because yogurt was eaten
    # yesterday, nor "potato" a sweet potato ("almonds" names no head of "Nuts,
    # almonds...": nothing moves).
    heads = [names_head(query, food.name) for food in foods]
    astray = [
        (food, score)
        for (food, score), head in zip(ranked, heads, strict=True)
        if food.id in boost and not (head and names(query, food)) and not says_everyday(query, food)
    ]
    if astray and any(heads):
        ranked = [pair for pair in ranked if pair not in astray] + astray
        foods = [food for food, _ in ranked]
    top, top_score = ranked[0]
    if top.id in boost and names(query, top):
        # A food eaten before, unless the words also name another eaten before with a
        # different figure: "rice" for a person who eats brown (84 mg) and white (19 mg).
        eaten = [food for food in foods[1:] if food.id in boost and names(query, food)]
        grams = _grams(top, quantity, noun)
        figure = mg_for_quantity(top, quantity, grams)
        if all(same_figure(figure, mg_for_quantity(f, quantity, grams)) for f in eaten):
            return Choice(top, alike=eaten, candidates=foods)
        return Choice(None, candidates=foods)
    wanted = query.strip().casefold()
    for food in foods:  # its exact name, unless that is a grain as sold ("Oats")
        if food.name.casefold() == wanted and not is_dry_form(food):
            return Choice(food, candidates=foods)
    boxed = [food for food in foods if box_name(query_tokens(query), food)]
    if len(boxed) == 1:  # "cheerios": CHEERIOS, not HONEY NUT CHEERIOS
        return Choice(boxed[0], candidates=foods)
    if not names(query, top):  # "alm", "eggs toast" for "Bread, egg, toasted", "pizza" sauce
        named = _all_alike(query, foods, quantity, noun)
        return Choice(named, alike=[f for f in foods if f is not named], candidates=foods)
    if needs_asking(top, query_tokens(query)):
        return Choice(None, candidates=foods)  # "cappuccino" for "... cappuccino powder"
    if brand_words(top) and not brand_words(top) & set(query_tokens(query)):
        return Choice(None, candidates=foods)  # "pesto" for "KASHI Pizza, Basil Pesto"
    # a food eaten before moved astray is no rival: "water" is not oats cooked with water
    # eaten yesterday (27 mg/100 g), which made tap water asked
    rivals = [
        food
        for food, score in ranked[1:]
        if score - top_score < RIVAL_MARGIN and (food, score) not in astray
    ]
    grams = _grams(top, quantity, noun)
    figure = mg_for_quantity(top, quantity, grams)
    if figure is not None and says_bag(quantity):
        # "a bag of popcorn": a food the table weighs by no bag is no rival of a bag
        rivals = [food for food in rivals if mg_for_quantity(food, quantity) is not None]
    alike = all(same_figure(figure, mg_for_quantity(food, quantity, grams)) for food in rivals)
    # "a piece of chocolate cake": no piece of the cake-type doughnut listed first, so it
    # was taken and refused, where the cakes the words name are weighed by the piece
    weighs_other = figure is None and any(
        names(query, food) and mg_for_quantity(food, quantity) is not None for food in foods[1:]
    )
    if alike and not weighs_other and (quantity or noun or _same_portions(top, rivals)):
        return Choice(top, alike=rivals, candidates=foods)
    return Choice(None, candidates=foods)


def _all_alike(query: str, foods: list[Food], quantity: str, noun: str) -> Food | None:
    """The food the words name among choices that all count the same: "chamomile tea"
    asked between USDA's chamomile and its "other than chamomile" tea, both 1 mg/100 g
    by the same 8 fl oz cup. None (asked) when any differs in magnesium per 100 g or in
    the grams its amount weighs, or no plain one (not a concentrate) is named."""
    named = [f for f in foods if names(query, f) and not needs_asking(f, query_tokens(query))]
    if not named or len(foods) < 2:
        return None
    grams = [g for f in foods if (g := _grams(f, quantity, noun)) is not None]
    if len(grams) < len(foods) or any(not math.isclose(g, grams[0], rel_tol=0.01) for g in grams):
        return None
    figures = {f.mg_per_100g for f in foods}  # the same figure, not one within tolerance
    return named[0] if len(figures) == 1 and None not in figures else None


def _same_portions(top: Food, rivals: list[Food]) -> bool:
    """Whether each rival of the other form, raw or cooked, holds the top's magnesium in
    its own portion: a bare "spinach" is a cup of raw leaves (30 g, 24 mg) or of cooked
    ones (180 g, 157 mg), six-fold apart with no amount said: asked. The same weight is
    the same figure, and a rival of the same form (salted, canned) is not asked about."""
    own, form = mg_for_quantity(top, ""), _form(top)
    other = [food for food in rivals if {form, _form(food)} == {"raw", "cooked"}]
    return all(same_figure(own, mg_for_quantity(food, "")) for food in other)


def _form(food: Food) -> str | None:
    words = set(name_tokens(food.name))
    return "cooked" if words & COOKED else "raw" if "raw" in words else None


def _grams(food: Food, quantity: str, noun: str) -> float | None:
    """The grams `quantity` of `food` weighs (None: it needs an amount, or cannot be read)."""
    if quantity or not needs_amount(food):
        with contextlib.suppress(ValueError):
            return parse_quantity(quantity or "1", food, noun)[0]
    return None
