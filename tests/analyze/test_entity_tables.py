"""Completeness of the entity tables: every UN member has a demonym that names it."""

from __future__ import annotations

import pytest

from newsprism.analyze.gazetteer import lookup
from newsprism.analyze.people import read_table

# Members whose demonym is ambiguous in English news and is left out on purpose.
NO_DEMONYM = {"CAF", "FSM", "COG", "DMA"}


def test_every_un_member_has_a_demonym():
    members = {row[1] for row in read_table("capitals.tsv")}
    named = {row[1] for row in read_table("demonyms.tsv")}
    assert members - named - NO_DEMONYM == set()


@pytest.mark.parametrize("word, code", [("Guyanese", "GUY"), ("Tongans", "TON"), ("Ni-Vanuatu", "VUT"),
                                        ("Trinidadians", "TTO"), ("Surinamese", "SUR")])
def test_demonyms_and_plurals_name_their_country(word, code):
    place = lookup(word)
    assert place is not None and place.code == code and place.kind == "NORP"
