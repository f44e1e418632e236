"""The demo journal's menu: common foods with their USDA figures and household portions.

Figures are magnesium (mg) and energy (kcal) per 100 g from the USDA ARS National
Nutrient Database for Standard Reference, Release 24 (public domain), looked up by
SR NDB number, so each is checkable as "usda:NNNNN". Portions carry their USDA gram
weights. When the shipped food table (data/foods.tsv, journal.core.food.foods) is merged,
the demo can read these rows from it; until then the few it needs live here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MenuFood:
    name: str
    ndb: str  # USDA SR NDB number
    portion: str
    grams: float
    mg_per_100g: float
    kcal_per_100g: float

    @property
    def food_id(self) -> str:
        return f"usda:{self.ndb}"

    @property
    def mg(self) -> float:
        return round(self.grams * self.mg_per_100g / 100, 1)

    @property
    def kcal(self) -> float:
        return round(self.grams * self.kcal_per_100g / 100, 1)


OAT_BRAN = MenuFood("Oat bran, raw", "20033", "1/2 cup", 47.0, 235, 246)
WW_BREAD = MenuFood("Bread, whole-wheat", "18075", "2 slices", 56.0, 82, 247)
BANANA = MenuFood("Bananas, raw", "09040", "1 medium", 118.0, 27, 89)
ALMONDS = MenuFood("Nuts, almonds", "12061", "1 oz", 28.35, 268, 575)
WHITE_BREAD = MenuFood("Bread, white", "18069", "2 slices", 56.0, 25, 265)
EGG = MenuFood("Egg, whole, hard-boiled", "01129", "1 large", 50.0, 10, 155)
MILK = MenuFood("Milk, whole", "01077", "1 cup", 244.0, 10, 61)
COFFEE = MenuFood("Coffee, brewed", "14209", "1 cup", 237.0, 3, 1)
YOGURT = MenuFood("Yogurt, plain, whole milk", "01116", "1 cup", 245.0, 12, 61)
BLACK_BEANS = MenuFood("Beans, black, boiled", "16015", "1 cup", 172.0, 70, 132)
BROWN_RICE = MenuFood("Rice, brown, long-grain, cooked", "20037", "1 cup", 195.0, 43, 111)
SPINACH = MenuFood("Spinach, boiled", "11458", "1 cup", 180.0, 87, 23)
AVOCADO = MenuFood("Avocados, raw", "09037", "1 cup, cubes", 150.0, 29, 160)
WHITE_RICE = MenuFood("Rice, white, long-grain, cooked", "20045", "1 cup", 158.0, 12, 130)
CHICKEN = MenuFood("Chicken breast, roasted", "05064", "1 cup, diced", 140.0, 29, 165)
SPAGHETTI = MenuFood("Spaghetti, cooked", "20121", "1 cup", 140.0, 18, 158)
CHEDDAR = MenuFood("Cheese, cheddar", "01009", "1 oz", 28.35, 28, 403)
APPLE = MenuFood("Apples, raw, with skin", "09003", "1 medium", 182.0, 5, 52)
SALMON = MenuFood("Salmon, Atlantic, farmed, cooked", "15237", "3 oz", 85.0, 30, 206)
POTATO = MenuFood("Potato, baked, with skin", "11674", "1 medium", 173.0, 28, 93)
PUMPKIN_SEEDS = MenuFood("Pumpkin seeds, roasted", "12516", "1 oz", 28.35, 550, 574)
CASHEWS = MenuFood("Nuts, cashew nuts, raw", "12087", "1 oz", 28.35, 292, 553)
DARK_CHOCOLATE = MenuFood("Chocolate, dark, 70-85% cacao", "19904", "1 oz", 28.35, 228, 598)

# Per meal: foods rich in magnesium and foods poor in it. A day's "quality"
# decides how often the rich side is picked, which plants the low days.
MENU: dict[str, tuple[tuple[MenuFood, ...], tuple[MenuFood, ...]]] = {
    "breakfast": ((OAT_BRAN, WW_BREAD, BANANA, ALMONDS), (WHITE_BREAD, EGG, MILK, COFFEE, YOGURT)),
    "lunch": (
        (BLACK_BEANS, BROWN_RICE, SPINACH, AVOCADO),
        (WHITE_RICE, CHICKEN, SPAGHETTI, CHEDDAR),
    ),
    "dinner": ((SALMON, POTATO, SPINACH, BROWN_RICE), (SPAGHETTI, CHICKEN, WHITE_RICE, EGG)),
    "snack": ((PUMPKIN_SEEDS, CASHEWS, DARK_CHOCOLATE, BANANA), (APPLE, CHEDDAR, YOGURT, COFFEE)),
}

# Dishes a person logs without a magnesium figure: they stay unknown, never zero.
UNKNOWN_DISHES = ("Homemade lentil soup", "Café sandwich", "Grandma's stew")
