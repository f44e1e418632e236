"""Mg Journal: a terminal daily journal of magnesium intake and muscle symptoms."""

__version__ = "0.1.0"
