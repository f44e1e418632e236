"""Provides exchange formats: Cronometer CSV in, our JSON document and CSV rows out."""
