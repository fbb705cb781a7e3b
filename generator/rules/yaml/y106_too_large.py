"""The file is larger than 256 KiB.

Why: a record is a few hundred bytes; a huge file is a mistake or an attack, and would slow
every validation run.

Fix: keep one record per file and shorten long texts.
"""
