"""Pure domain code: no Textual, no TinyDB, no file access."""
