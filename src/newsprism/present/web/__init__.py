"""The newsprism web app: FastAPI routes, Jinja2 templates and vendored static files."""

from .app import create_app

__all__ = ["create_app"]
