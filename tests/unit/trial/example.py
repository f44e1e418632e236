"""The example trial the trial tests share: seed 7, 3 pairs of 21-day periods after a
14-day run-in from Mon 5 Jan 2026, in the order A B | A B | B A; and bottle tokens that
seal each bottle as magnesium."""

from __future__ import annotations

from datetime import date

from journal.core.trial.plan import Plan
from journal.core.trial.seal import magnesium_bottle

START = date(2026, 1, 5)
PERIOD_1 = date(2026, 1, 19)  # bottle A
PERIOD_2 = date(2026, 2, 9)  # bottle B
LAST_DAY = date(2026, 5, 24)
TOKEN_A = next(f"{i:032x}" for i in range(99) if magnesium_bottle(f"{i:032x}") == "A")
TOKEN_B = next(f"{i:032x}" for i in range(99) if magnesium_bottle(f"{i:032x}") == "B")


def plan(**kw: object) -> Plan:
    """The example plan (glycinate 300 mg, seed 7), with any field changed by `kw`."""
    args: dict[str, object] = {"form": "glycinate", "dose_mg": 300, "seed": 7}
    args.update(kw)
    return Plan(**args, created=date(2026, 1, 1))  # type: ignore[arg-type]


# (count, analysed days, on magnesium, period number): spread more than Poisson, so phi > 1
COUNT_ROWS: list[tuple[float, float, bool, int]] = [
    (9.0, 11.0, False, 1),
    (2.0, 11.0, True, 2),
    (4.0, 11.0, True, 3),
    (12.0, 11.0, False, 4),
    (3.0, 11.0, False, 5),
    (5.0, 11.0, True, 6),
    (1.0, 10.0, True, 7),
    (8.0, 10.0, False, 8),
]
