"""Provides the report: one document rendered as text, Markdown, HTML and SVG."""
