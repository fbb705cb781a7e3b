"""A file holds more than one YAML document (a second ``---``).

Why: one file is one record; a second document would be ignored by other tools.

Fix: move the second record to a file of its own.
"""
