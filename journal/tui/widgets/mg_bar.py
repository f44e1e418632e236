"""A one-line bar: the day's magnesium against the person's target.

Below it, food and supplement magnesium apart, and a warning when supplemental
magnesium passes the Tolerable Upper Intake Level (350 mg a day from 9 years up,
FACTS.md / NIH ODS). The UL applies to supplements and medicines only, not to food:
the kidneys excrete excess magnesium from food.
"""

from __future__ import annotations

from rich.text import Text
from textual.geometry import Size
from textual.reactive import reactive
from textual.visual import visualize
from textual.widgets import Static

from journal.core.analysis.shown import mg_figure as _mg
from journal.core.analysis.shown import whole
from journal.core.entries.day import Day
from journal.core.food.supplements import INFANT_NOTE


class MagnesiumBar(Static):
    """Renders `Mg 243 of 310 mg ████░░ 78%` plus where it came from."""

    DEFAULT_CSS = """
    MagnesiumBar { height: auto; min-height: 2; padding: 0 1; }
    """

    target: reactive[float | None] = reactive(310.0)  # None: unknown (profile unread)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._day: Day | None = None
        self.custom = False  # the person set their own target instead of the RDA
        self._ul: float | None = None
        self.infant = False

    def show(
        self,
        day: Day,
        target: float | None,
        supplement_ul: float | None = None,
        *,
        custom: bool = False,
        infant: bool = False,
    ) -> None:
        """`infant`: the person is under 1 (no supplement limit is set: any is noted)."""
        self._day = day
        self._ul = supplement_ul
        self.infant = infant
        self.custom = custom
        self.target = target
        self.refresh(layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # As Textual's own, but it would call render() mid-layout, where asking for
        # self.size re-arranges the whole screen: measure at the width given instead.
        if not width:
            return 0
        # Textual's own passes its styles as the rules, as here (typed more narrowly).
        return visualize(self, self._text(width)).get_height(self.styles, width)  # type: ignore[arg-type]

    def render(self) -> Text:
        return self._text(self.size.width)

    def _text(self, content_width: int) -> Text:
        day = self._day
        if day is None:
            return Text("")
        total, target = day.total_mg, self.target
        if target is None:
            return self._without_target(day)
        share = total / target if target else 0.0
        width = max(10, min(40, content_width - 42 - (7 if self.custom else 0)))
        # Short of the target never reads as met: not in the figure, the bar or the %.
        filled = min(width if share >= 1 else width - 1, round(share * width))
        style = "bold green" if share >= 1 else ("bold yellow" if share >= 0.75 else "bold red")
        line = Text.assemble(
            ("Magnesium ", "bold"),
            ("at least " if day.unknown_foods else "", ""),
            (f"{whole(total, target):,} mg", style),
            f" of {_mg(target)} mg",
            (" custom" if self.custom else "", "italic"),
            "  ",
            ("█" * filled, style),
            ("░" * (width - filled), "dim"),
            f" {whole(share * 100, 100)}%",
        )
        return Text("\n").join([line, self._detail(day, target), *self._warnings(day)])

    def _warnings(self, day: Day) -> list[Text]:
        lines = []
        if self.infant and day.supplement_mg > 0:
            lines.append(
                Text(f"⚠ Supplements {_mg(day.supplement_mg)} mg: {INFANT_NOTE}", "bold yellow")
            )
        elif self._ul is not None and day.supplement_mg > self._ul:
            # To the tenth, as the shell says it: 350.4 mg is above 350, and "350 mg: above
            # the 350 mg upper limit" would read as a contradiction.
            taken = f"{day.supplement_mg:,.1f}".removesuffix(".0")
            lines.append(
                Text(
                    f"⚠ Supplements {taken} mg: above the {_mg(self._ul)} mg "
                    "upper limit for supplemental magnesium (not food); too much can cause "
                    "diarrhea, nausea and cramping.",
                    "bold yellow",
                )
            )
        return lines

    def _without_target(self, day: Day) -> Text:
        """The day's magnesium with no target, bar or share: none is known to compare with."""
        line = Text.assemble(
            ("Magnesium ", "bold"),
            ("at least " if day.unknown_foods else "", ""),
            (f"{whole(day.total_mg):,} mg", "bold"),
            ("  target unknown", "italic"),
        )
        return Text("\n").join([line, self._detail(day), *self._warnings(day)])

    @staticmethod
    def _detail(day: Day, *edges: float) -> Text:
        food, supplements = whole(day.food_mg, *edges), whole(day.supplement_mg, *edges)
        detail = Text(f"food {food:,} mg · supplements {supplements:,} mg")
        if day.unknown_foods:
            detail.append(
                f" · {day.unknown_foods} of {len(day.foods)} foods without a magnesium figure",
                "italic",
            )
        detail.stylize("dim")
        return detail
