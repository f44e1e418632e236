"""Provides statistics with no domain, each checked against scipy or statsmodels in the tests."""
