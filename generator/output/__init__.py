"""Output for people and machines: problem formats, tables, spreadsheet cells, printable names, links."""
