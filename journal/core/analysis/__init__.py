"""Provides the analysis: day rows, associations, findings in words and the dashboard's figures."""
