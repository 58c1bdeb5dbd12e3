"""Corpora larger than one machine: the same per-article analysis mapped over Ray Data."""

from .ray_runner import analyze_with_ray

__all__ = ["analyze_with_ray"]
