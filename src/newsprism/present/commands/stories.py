"""CLI commands for the stories layer (registered on import by newsprism.cli)."""
