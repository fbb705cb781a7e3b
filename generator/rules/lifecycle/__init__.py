"""Lifecycle: the story of a wish happens in an order that makes sense."""
