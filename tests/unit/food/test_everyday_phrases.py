"""Everyday phrases log the food as eaten, in the amount meant (issue 19's table).

Each row: what a person types, the USDA SR24 food that is eaten (cooked grains and
legumes, raw fruit, whole eggs, plain milk, brewed coffee, as USDA's survey foods,
FNDDS, describe them) and its grams from USDA's household measures (one large egg 50 g,
one medium banana 118 g, 1 oz 28.35 g, 1 cup of boiled lentils 198 g...). The
magnesium expected is that food's figure for those grams. At least 95% of the rows
must log without a question, each within 15% of the expected magnesium, and none may
be a raw or dry legume or grain unless the phrase says raw or dry.
"""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.everyday import is_dry_form
from journal.core.food.phrase import parse_line
from journal.core.food.quick_search import find_by_id
from tests.unit.food.as_logged import TABLE, as_logged, assert_logs

OZ = 28.35
PHRASES: list[tuple[str, str, float]] = [
    # phrase, USDA SR24 NDB of the food as eaten, grams
    ("banana", "09040", 118),  # 1 medium
    ("banana 1", "09040", 118),
    ("2 bananas", "09040", 236),
    ("a medium banana", "09040", 118),
    ("avocado", "09037", 201),  # 1 avocado
    ("half an avocado", "09037", 100.5),
    ("oatmeal", "08121", 234),  # 1 cup, cooked with water
    ("oatmeal 1 cup", "08121", 234),
    ("a bowl of oatmeal", "08121", 234),
    ("egg", "01129", 50),  # 1 large
    ("2 eggs", "01129", 100),
    ("1 large egg", "01129", 50),
    ("three eggs", "01129", 150),
    ("milk", "01079", 244),  # 1 cup 2%
    ("a glass of milk", "01079", 244),
    ("coffee", "14209", 237),  # 1 cup brewed
    ("a cup of coffee", "14209", 237),
    ("tea", "14355", 237),
    ("salmon", "15237", 85),  # 3 oz cooked
    ("tofu", "16426", 81),  # 1/4 block
    ("quinoa", "20137", 185),  # 1 cup cooked
    ("1 cup quinoa", "20137", 185),
    ("potato", "11828", 173),  # 1 medium baked
    ("baked potato", "11828", 173),
    ("sweet potato", "11508", 114),
    ("brown rice", "20037", 195),  # 1 cup cooked
    ("1 cup brown rice", "20037", 195),
    ("white rice", "20045", 158),
    ("peanut butter", "16098", 16),  # 1 tbsp
    ("1 tbsp peanut butter", "16098", 16),
    ("2 tbsp peanut butter", "16098", 32),
    ("lentils", "16070", 198),  # 1 cup boiled
    ("lentils 1", "16070", 198),
    ("a cup of cooked lentils", "16070", 198),
    ("lentils cooked 1/2 cup", "16070", 99),
    ("lentils raw 1 cup", "16069", 192),  # said raw: dry lentils
    ("black beans", "16015", 172),  # 1 cup boiled
    ("black beans 1", "16015", 172),
    ("1 cup cooked black beans", "16015", 172),
    ("almonds", "12061", OZ),
    ("almonds 1", "12061", OZ),
    ("1 oz almonds", "12061", OZ),
    ("almonds 1 oz", "12061", OZ),
    ("a handful of almonds", "12061", OZ),
    ("200g yogurt", "01116", 200),
    ("yogurt", "01116", 113),  # a pot: SR's "0.5 container (4 oz)", not its 8 oz one
    ("cooked spinach", "11458", 180),  # 1 cup boiled
    ("broccoli", "11090", 88),  # 1 cup chopped, raw
    ("apple", "09003", 182),  # 1 medium
    ("orange", "09200", 131),
    ("strawberries", "09316", 144),  # 1 cup
    ("blueberries 1 cup", "09050", 148),
    ("kiwi", "09148", 69),
    ("orange juice", "09206", 248),
    ("raisins", "09298", 43),  # small box
    ("chickpeas", "16057", 164),  # 1 cup boiled
    ("hummus 2 tbsp", "16158", 30),  # as bought (the home recipe was the defect)
    ("soy milk", "16120", 243),
    ("edamame", "11212", 155),
    ("kidney beans", "16028", 177),
    ("pinto beans 1 cup", "16043", 171),
    ("peas", "11313", 160),  # 1 cup green, cooked
    ("cheddar 1 oz", "01009", OZ),
    ("cottage cheese", "01016", 226),
    ("whole wheat bread", "18075", 28),  # 1 slice
    ("2 slices whole wheat bread", "18075", 56),
    ("pasta", "20121", 140),  # 1 cup cooked
    ("chicken breast", "05064", 85),  # 3 oz roasted
    ("tuna", "15121", 165),  # 1 can, drained
    ("shrimp", "15151", 85),
    ("dark chocolate 1 oz", "19904", OZ),
    ("pumpkin seeds", "12516", OZ),
    ("cashews", "12585", OZ),
    ("10 almonds", "12061", 12),  # a count before the words counts pieces: 1 almond 1.2 g
    ("10 grapes", "09132", 49),
    ("3 strawberries", "09316", 36),  # 1 medium, 12 g
    ("strawberry", "09316", 144),  # the singular finds "Strawberries", not "Guavas, strawberry"
    ("1 strawberry", "09316", 12),
    ("mangoes", "09176", 165),  # USDA spells it "Mangos": 1 cup pieces, not mango nectar
    ("kiwis", "09148", 69),  # "Kiwifruit": 1 fruit (2" dia)
    ("2 kiwis", "09148", 138),
    ("20 blueberries", "09050", 27.2),  # 50 berries 68 g
    ("walnuts", "12155", OZ),
    ("sunflower seeds", "12537", OZ),
    ("chia seeds", "12006", OZ),
    ("brazil nuts", "12078", OZ),
    ("peanuts", "16090", OZ),
    ("oat bran", "20033", 47),  # 1/2 cup, the seed article's portion
    ("feta", "01019", 28.35),  # a serving of cheese is 1 oz, not the cup listed first
    # British words, read as USDA's
    ("wholemeal bread", "18075", 28),
    ("soya milk 200ml", "16120", 206.9),  # 200 ml through its cup of 243 g
    ("prawns", "15151", 85),
    ("sweetcorn", "11168", 103),
    ("jacket potato", "11828", 173),
    ("mince 100g", "23568", 100),  # mince alone is beef's; a mince pie stays a pie
    ("mince pie", "18322", 165),
    ("wholewheat pasta", "20125", 140),
    ("rice", "20045", 158),  # brown or white? a question is right here
    ("bread", "18069", 28),  # white or whole-wheat? a question is right here
]
SAYS_RAW = ("raw", "dry", "uncooked")


def _log(phrase: str) -> tuple[str | None, float, float | None]:
    """(food id or None when the shell would ask, grams, mg) for one phrase."""
    food, grams, _ = as_logged(phrase)
    return (None, 0.0, None) if food is None else (food.id, grams, food.mg_for(grams))


def _expected_mg(ndb: str, grams: float) -> float:
    food = find_by_id(TABLE, [], "usda:" + ndb)
    assert food is not None and food.mg_per_100g is not None, ndb
    return food.mg_per_100g * grams / 100


def test_the_table_is_large_enough() -> None:
    assert len(PHRASES) >= 60


def test_at_least_95_percent_log_without_a_question() -> None:
    asked = [phrase for phrase, _, _ in PHRASES if _log(phrase)[0] is None]
    assert len(asked) <= 0.05 * len(PHRASES), asked


@pytest.mark.parametrize(("phrase", "ndb", "grams"), PHRASES)
def test_logs_the_food_as_eaten(phrase: str, ndb: str, grams: float) -> None:
    food_id, logged_grams, mg = _log(phrase)
    if food_id is None:
        return  # counted by the 95% test
    expected = _expected_mg(ndb, grams)
    assert mg is not None and abs(mg - expected) <= 0.15 * expected, (food_id, logged_grams, mg)
    food = find_by_id(TABLE, [], food_id)
    assert food is not None
    if not any(word in phrase for word in SAYS_RAW):
        assert not is_dry_form(food), food.name


@pytest.mark.parametrize(
    "phrase",
    [
        "ice cream",  # was 1 g of an ice cream sandwich
        "coffee with milk",  # was a coffee substitute powder made with milk
        "cappuccino",  # was a teaspoon of instant cappuccino powder
        "guacamole",  # was a tostada with guacamole
        "mango nectar juice",
        "cereal",  # was a 234 g bowl of porridge ("Cereals, oats, ..."), 63 mg
        "a bowl of cereal",
        "spinach",  # was a cup of raw leaves, 24 mg: cooked, a cup is 157 mg ("1 cup" asked)
        "chard",
        "chocolate",  # was 28 g of 70-85% dark chocolate: milk chocolate holds a quarter
        "a bar of chocolate",  # was a 101 g dark bar, 230 mg (milk chocolate's: 28 mg)
    ],
)
def test_a_word_that_names_another_food_or_form_is_asked_not_logged(phrase: str) -> None:
    """The closest name is a different food (a head of several words, only partly
    typed; "other than ..."), or a form not eaten as is: the person chooses."""
    food_id, _, _ = _log(phrase)
    assert food_id is None, find_by_id(TABLE, [], food_id or "")


@pytest.mark.parametrize(
    ("phrase", "dry"),
    [("oats 40g", "usda:08120"), ("quinoa 50 g", "usda:20035"), ("lentils 1.5 oz", "usda:16069")],
)
def test_a_grain_weighed_by_mass_asks_cooked_or_dry(phrase: str, dry: str) -> None:
    """A helper's report: "40g oats" logged 40 g of cooked oats, 11 mg; weighed dry, as
    oats usually are, 40 g holds 55 mg. By the cup it is the cooked form, but oats, which
    are measured dry by the cup too (`oats`): "oatmeal 1 cup" is the cooked dish."""
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None
    assert [f.id for f in choice.candidates[:2]][1] == dry  # the dry form offered second
    eaten = {choice.candidates[0].id: 1.0}  # cooked before: still asked by weight
    assert resolve(TABLE, [], item, eaten).food is None
    word = "oatmeal" if phrase.startswith("oats") else phrase.split()[0]
    [by_cup] = parse_line(word + " 1 cup")
    assert not is_dry_form(resolve(TABLE, [], by_cup, {}).food)  # type: ignore[arg-type]
    [said] = parse_line("cooked " + phrase)
    assert resolve(TABLE, [], said, {}).food is not None


def test_chocolate_offers_milk_chocolate_first_and_dark_when_said() -> None:
    [item] = parse_line("chocolate")
    assert resolve(TABLE, [], item, {}).candidates[0].id == "usda:19120"
    assert _log("dark chocolate")[0] == "usda:19904"


def test_sesame_seeds_are_the_seeds_and_tahini_the_paste() -> None:
    assert _log("sesame seeds 1 tbsp")[:2] == ("usda:12023", 9)
    assert _log("tahini 1 tbsp")[:2] == ("usda:12698", 15)


@pytest.mark.parametrize("phrase", ["chickpeas", "chickpeas 1 cup", "garbanzo beans 1 cup"])
def test_chickpeas_are_named_though_usda_adds_an_aside(phrase: str) -> None:
    """USDA's "Chickpeas (garbanzo beans, bengal gram), ...": the bracket, read as part of
    the head, left "chickpeas" naming none of them, and the shell offered no line."""
    assert _log(phrase)[:2] == ("usda:16057", 164)


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        # was "Pretzels, soft", 1 medium 115 g (24.1 mg)
        ("pretzels", "usda:19047", 28.35, 8.22),  # Snacks, pretzels, hard: 29 mg/100 g
        ("a handful of pretzels", "usda:19047", 28.3495, 8.22),
        ("a soft pretzel", "usda:43109", 115.0, 24.15),  # said: the soft one, 21 mg/100 g
    ],
)
def test_pretzels_are_hard_snack_pretzels(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    assert_logs(phrase, food_id, grams, mg)


@pytest.mark.parametrize(
    ("phrase", "grams", "mg"),
    [
        ("garlic", 3.0, 0.75),  # was "1 cup", 136 g, 34 mg
        ("raw garlic", 3.0, 0.75),
        ("2 cloves of garlic", 6.0, 1.5),
        ("garlic 1 tsp", 2.8, 0.7),
    ],
)
def test_garlic_is_counted_by_the_clove(phrase: str, grams: float, mg: float) -> None:
    """Garlic, raw (usda:11215, 25 mg/100 g): SR24's "1 clove", 3 g."""
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None and food.id == "usda:11215"
    assert logged_grams == pytest.approx(grams)
    assert food.mg_for(logged_grams) == pytest.approx(mg, abs=0.01)


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        ("sugar", "usda:19335", 4.2, 0.0),  # was brown sugar (9 mg/100 g), 3.2 g
        ("sugar 2 tsp", "usda:19335", 8.4, 0.0),
        ("brown sugar", "usda:19334", 3.2, 0.29),  # said: brown
        # Milk, canned, condensed, sweetened: 26 mg/100 g; was "1 cup", 306 g, 79.6 mg
        ("condensed milk", "usda:01095", 38.2, 9.93),
        ("condensed milk 1 tbsp", "usda:01095", 19.1, 4.97),
    ],
)
def test_sugar_and_condensed_milk_by_the_spoon(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None and food.id == food_id
    assert logged_grams == pytest.approx(grams, abs=0.05)
    assert food.mg_for(logged_grams) == pytest.approx(mg, abs=0.01)


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        # Miso (48 mg/100 g), weighed only by "1 cup" (275 g): was that cup, 132 mg
        ("miso", "usda:16112", 275.0 / 236.588 * 14.7868, 8.25),
        # Peppers, jalapeno, raw (15 mg/100 g): was "1 cup, sliced", 90 g, 13.5 mg
        ("jalapeno", "usda:11979", 14.0, 2.1),
        ("2 jalapenos", "usda:11979", 28.0, 4.2),
        # Coleslaw, home-prepared (10 mg/100 g): was "1 tbsp", 8 g
        ("coleslaw", "usda:11159", 60.0, 6.0),
    ],
)
def test_miso_jalapeno_and_coleslaw_by_their_serving(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    assert_logs(phrase, food_id, grams, mg)


@pytest.mark.parametrize("phrase", ["a tangerine", "a mandarin", "mandarins"])
def test_a_tangerine_is_the_raw_fruit(phrase: str) -> None:
    # Tangerines (mandarin oranges), raw: 12 mg/100 g, 1 medium 88 g; it asked among the
    # fruit, its juice and canned segments
    assert_logs(phrase, "usda:09218", 88.0, 10.56)


@pytest.mark.parametrize(
    ("phrase", "grams"), [("croissant", 57.0), ("a croissant", 57.0), ("2 croissants", 114.0)]
)
def test_a_croissant_is_the_butter_one(phrase: str, grams: float) -> None:
    # Croissants, butter: 16 mg/100 g, 1 medium 57 g; it asked among cheese (24), apple
    # and fast-food croissants
    assert_logs(phrase, "usda:18239", grams, grams * 0.16)


def test_a_croissant_said_otherwise_is_that_one() -> None:
    assert_logs("a cheese croissant", "usda:18241", 57.0, 13.68)
    assert_logs("an apple croissant", "usda:18240", 57.0, 7.41)
