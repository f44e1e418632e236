"""Provides the person: profile, magnesium targets (RDA, upper limit) and their own keys."""
