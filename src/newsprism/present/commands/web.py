"""CLI commands for the web layer (registered on import by newsprism.cli)."""
