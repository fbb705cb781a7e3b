"""Starting a program (``xinyuan init``): program.yml presets, the organisation sheet, the template repository's files."""
