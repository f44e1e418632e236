"""Provides foods: the shipped table, search, units, own foods, supplements and gap foods."""
