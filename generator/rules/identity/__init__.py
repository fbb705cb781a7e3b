"""Identity: every record has one id, equal to its file name, in the right folder."""
