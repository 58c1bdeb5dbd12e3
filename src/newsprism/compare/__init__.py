"""newsprism.compare: stories, syndication, claim alignment, verdicts, headline checks, outlet profiles.

The entry point is :func:`compare_corpus`, a pure function over records::

    comparison = compare_corpus(articles, analyses, settings, previous=stored_stories)
    store.save_comparison(comparison.stories, comparison.claim_links, comparison.verdicts,
                          comparison.headline_checks, comparison.outlet_profiles)
"""

from .corpus import Comparison, compare_corpus
from .settings import CompareSettings, compare_settings
from .verdicts import story_summary

__all__ = ["Comparison", "CompareSettings", "compare_corpus", "compare_settings", "story_summary"]
