"""newsprism.compare: stories, syndication, claim alignment, verdicts, headline checks, outlet profiles.

The entry point is :func:`compare_corpus`, a pure function over records. To replace a store's
comparison, pass the stored stories restricted to the articles compared
(:func:`newsprism.api.previous_stories`), so that no story keeps an article left out::

    previous = previous_stories(store, [a.id for a in articles])
    comparison = compare_corpus(articles, analyses, settings, previous=previous)
    store.save_comparison(comparison.stories, comparison.claim_links, comparison.verdicts,
                          comparison.headline_checks, comparison.outlet_profiles)
"""

from .corpus import Comparison, compare_corpus
from .settings import CompareSettings, compare_settings
from .verdicts import story_summary

__all__ = ["Comparison", "CompareSettings", "compare_corpus", "compare_settings", "story_summary"]
