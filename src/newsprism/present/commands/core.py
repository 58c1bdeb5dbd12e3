"""Core CLI commands: run, ingest, show article, export, search."""
