"""CLI commands for the events layer (registered on import by newsprism.cli)."""
