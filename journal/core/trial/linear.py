"""Before: the trial's first analysis, a Bayesian linear model of each period's weekly rate.

    outcome a week = a + b * magnesium + c * period number + error

with flat priors on a, c and log(sigma) and a sceptical one on b, N(0, g sigma^2),
g = 6; conjugate, so b's posterior is Student's t with n - 2 degrees of freedom
(`stats.student_t.ols`). It is no longer the app's analysis (`analysis.py` uses the
quasi-Poisson count model, `counts.py`): in bench/bench_trial.py it let 6.0% of
trials of a supplement that does nothing conclude "helps" when cramps come in spells
(7.4% at --seed 11 --runs 2000), above the issue's 5%, because a weekly rate's spread
is assumed the same whatever the rate. It stays, tested against numpy and scipy, so
the bench can show the "before" figures beside the count model's.
"""

from __future__ import annotations

from collections.abc import Sequence

from journal.core.stats.student_t import Fit, ols, t_cdf, t_quantile
from journal.core.trial.analysis import INTERVAL, Estimate

PRIOR_G = 6.0  # set by the bench: a flat prior let 6% of null trials conclude "helps"


def estimate(
    outcomes: Sequence[tuple[float, bool, int]],
    benefit: float,
    period_term: bool = True,
    prior_g: float | None = PRIOR_G,
) -> Estimate | None:
    """The posterior for the reduction a week from (per week, on magnesium, period number)."""
    need = 4 if period_term else 3
    if len(outcomes) < need or len({m for _, m, _ in outcomes}) < 2:
        return None
    rows = [[1.0, 1.0 if m else 0.0] + ([float(n)] if period_term else []) for _, m, n in outcomes]
    try:
        prior = None if prior_g is None else [0.0, 1 / prior_g] + [0.0] * period_term
        fit: Fit = ols(rows, [y for y, _, _ in outcomes], prior)
    except ValueError:
        return None
    b, se = fit.coef[1], max(fit.se[1], 1e-9)
    half = t_quantile(0.5 + INTERVAL / 2, fit.df) * se
    # reduction = -b, and its posterior is t(df) around -b with scale se
    p = t_cdf((-b - benefit) / se, fit.df)
    return Estimate(-b, -b - half, -b + half, p, fit.df, len(outcomes) // 2)
