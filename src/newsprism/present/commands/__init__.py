"""CLI command modules; each registers its commands on newsprism.cli's Typer apps."""
