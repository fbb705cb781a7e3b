"""Data in: where files come from, strict loading, schemas, the typed records and what is derived from them."""
