"""One module per group of related ``xinyuan`` subcommands."""
