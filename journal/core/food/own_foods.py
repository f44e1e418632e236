"""The person's own foods and recipes: validated docs in, searchable `Food`s out.

An own food is entered per serving or per 100 g; it is kept per 100 g (like the
USDA table) with its serving as a portion, so search, portions and figures work the
same for every food. A recipe keeps each ingredient's grams and figures as they
were when it was saved, so it needs no food table to be read back; its magnesium
is unknown (None) when any ingredient's is, since unknown is never zero.
The doc shapes are described in `journal.store.own_foods`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journal.core import validate as v
from journal.core.entries.models import MAX_GRAMS, MAX_KCAL, MAX_MG, new_id
from journal.core.food.foods import Food, Portion

OWN_GROUP = "Your own foods"
RECIPE_GROUP = "Your recipes"
MAX_SERVINGS = 100.0
MAX_RECIPE_GRAMS = 50_000.0  # a 50 kg pot: a sanity bound on a typed weight


def new_food_id(kind: str) -> str:
    """``custom:<uuid>`` or ``recipe:<uuid>`` (a version-4 uuid's hex, as entry ids)."""
    return f"{kind}:{new_id()}"


def own_food_doc(
    name: object,
    mg: object,
    kcal: object,
    *,
    per_serving: bool,
    serving_grams: object,
    serving_name: object = "",
    food_id: str | None = None,
) -> dict[str, Any]:
    """Check what the person typed; raise ValidationError naming the field."""
    clean_name = v.name(name, "name")
    if isinstance(mg, str) and not mg.strip():
        raise v.ValidationError("magnesium", "type the magnesium in mg (0 if it has none)")
    mg_value = v.amount(mg, "magnesium", maximum=MAX_MG, allow_zero=True)
    kcal_value = v.optional_amount(kcal, "energy", maximum=MAX_KCAL)
    grams: float | None
    if per_serving or (isinstance(serving_grams, str) and serving_grams.strip()):
        grams = v.amount(serving_grams, "serving", maximum=MAX_GRAMS)
    else:
        grams = v.optional_amount(serving_grams, "serving", maximum=MAX_GRAMS)
    label = v.note(serving_name, "serving name").strip() or "1 serving"
    if per_serving:
        assert grams is not None
        mg_value = mg_value * 100.0 / grams
        kcal_value = None if kcal_value is None else kcal_value * 100.0 / grams
    portions = [{"name": label, "grams": grams}] if grams else []
    return {
        "id": food_id or new_food_id("custom"),
        "name": clean_name,
        "mg_per_100g": round(mg_value, 3),
        "kcal_per_100g": None if kcal_value is None else round(kcal_value, 3),
        "portions": portions,
        "source": "custom",
    }


def food_from_doc(doc: dict[str, Any]) -> Food:
    """An own (or imported) food doc as a Food; KeyError/ValueError when malformed."""
    food_id = str(doc["id"])
    portions = tuple(Portion(str(p["name"]), float(p["grams"])) for p in doc.get("portions", ()))
    mg, kcal = doc.get("mg_per_100g"), doc.get("kcal_per_100g")
    return Food(
        food_id,
        v.name(doc["name"]),
        OWN_GROUP,
        None if mg is None else float(mg),
        None if kcal is None else float(kcal),
        portions,
        source=str(doc.get("source") or food_id.partition(":")[0]),
    )


def cronometer_food_from_doc(doc: dict[str, Any]) -> Food | None:
    """A food imported from Cronometer (its figures per logged serving) as a Food.

    None when the serving has no known weight ("1.00 bar"): per-100 g figures
    cannot be had without inventing one; the entries keep their own figures.
    """
    grams = doc.get("grams")
    if grams is None:
        return None
    grams = float(grams)
    if grams <= 0:
        raise ValueError("a serving weighs more than 0 g")
    mg, kcal = doc.get("mg"), doc.get("kcal")
    return Food(
        str(doc["id"]),
        v.name(doc["name"]),
        OWN_GROUP,
        None if mg is None else float(mg) * 100 / grams,
        None if kcal is None else float(kcal) * 100 / grams,
        (Portion(str(doc.get("portion") or f"{grams:g} g"), grams),),
        source="cronometer",
    )


@dataclass(frozen=True, slots=True)
class Ingredient:
    """One line of a recipe, with its figures as logged (None: unknown)."""

    food_id: str
    name: str
    grams: float
    portion: str
    mg: float | None
    kcal: float | None

    @classmethod
    def of(cls, food: Food, grams: float, portion: str) -> Ingredient:
        return cls(food.id, food.name, grams, portion, food.mg_for(grams), food.kcal_for(grams))


def recipe_doc(
    name: object,
    servings: object,
    items: list[Ingredient],
    recipe_id: str | None = None,
    cooked: object = None,
) -> dict[str, Any]:
    """`cooked`: the pot's weight once cooked, in g (None or "": the ingredients' sum).
    Lentils cooked in water weigh three times what went in: without it, 250 g of the
    soup would carry the magnesium of 250 g of its raw ingredients."""
    clean_name = v.name(name, "name")
    count = v.amount(servings, "servings", maximum=MAX_SERVINGS)
    weight = v.optional_amount(cooked, "cooked", maximum=MAX_RECIPE_GRAMS, allow_zero=False)
    if not items:
        raise v.ValidationError("ingredients", "add at least one food")
    extra = {} if weight is None else {"cooked_grams": weight}
    return {
        "id": recipe_id or new_food_id("recipe"),
        "name": clean_name,
        "servings": count,
        **extra,
        "items": [
            {
                "food_id": i.food_id,
                "name": i.name,
                "grams": i.grams,
                "portion": i.portion,
                "mg": i.mg,
                "kcal": i.kcal,
            }
            for i in items
        ],
    }


def _total(values: list[Any]) -> float | None:
    return None if any(x is None for x in values) else sum(float(x) for x in values)


def recipe_from_doc(doc: dict[str, Any]) -> Food:
    """A recipe as a Food: figures per 100 g of the whole, one serving as a portion."""
    items = doc["items"]
    cooked = doc.get("cooked_grams")  # the pot as weighed once cooked, when given
    grams = float(cooked) if cooked is not None else sum(float(i["grams"]) for i in items)
    if grams <= 0:
        raise ValueError("recipe has no weight")
    servings = float(doc["servings"])
    mg, kcal = _total([i["mg"] for i in items]), _total([i["kcal"] for i in items])
    portions = (Portion("1 serving", grams / servings), Portion("whole recipe", grams))
    return Food(
        str(doc["id"]),
        v.name(doc["name"]),
        RECIPE_GROUP,
        None if mg is None else mg * 100.0 / grams,
        None if kcal is None else kcal * 100.0 / grams,
        portions,
        source="recipe",
    )


def is_own(food: Food) -> bool:
    """Foods the person made or imported, as opposed to the shipped USDA table."""
    return food.source != "usda"
