"""CLI commands for the attribution layer (registered on import by newsprism.cli)."""
