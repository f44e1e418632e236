"""The personal (N-of-1) magnesium trial: plan, randomised schedule, seal, analysis, report."""
