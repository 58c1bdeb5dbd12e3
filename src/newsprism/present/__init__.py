"""Presentation: CLI commands, HTML report, web app."""
