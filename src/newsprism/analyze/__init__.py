"""Per-article analysis: a spaCy pipeline plus newsprism's registered components."""

from .pipeline import analysis_from_doc, analyze_articles, analyze_text, load_pipeline, register_extensions

__all__ = ["analysis_from_doc", "analyze_articles", "analyze_text", "load_pipeline", "register_extensions"]
