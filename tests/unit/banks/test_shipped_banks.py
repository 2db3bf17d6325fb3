"""The banks shipped with the app are clean and meet the floors of issue 4 in each language."""

from __future__ import annotations

import time
from collections import Counter

import pytest

from circle_app.banks.loader import BankLibrary
from circle_app.banks.validator import check_files
from circle_app.domain.enums import AgeBand, BankKind, Stage
from circle_app.paths import question_banks_dir

LANGUAGES = ("da", "en")

M8_QUESTIONS = {
    "en": [
        "What happened?",
        "What were you thinking when it happened?",
        "What have you thought about since?",
        "How has it affected you and others?",
        "What has been the hardest thing for you?",
        "What do you think should happen now?",
    ],
    # As on the key-ring card in seed/rgp-albertslund.txt.
    "da": [
        "Hvad skete der?",
        "Hvad tænkte du på, da det skete?",
        "Hvad har du tænkt på siden?",
        "Hvordan har det berørt dig og andre?",
        "Hvad har været det sværeste for dig?",
        "Hvad synes du, der skal ske nu?",
    ],
}

M3_EXAMPLES = {
    "en": ("place in the world would you most like to visit", "best memory from kindergarten"),
    "da": ("sted i verden ville du helst besøge", "bedste minde fra børnehaven"),
}


@pytest.fixture(scope="module")
def library() -> BankLibrary:
    return BankLibrary.load(question_banks_dir(), question_banks_dir() / "no-user-banks")


def test_every_shipped_bank_is_valid() -> None:
    banks, problems = check_files([question_banks_dir()])
    assert [str(p) for p in problems] == []
    assert {bank.language for bank in banks} == set(LANGUAGES)


def test_shipped_banks_sit_in_the_folder_of_their_language(library: BankLibrary) -> None:
    for bank in library.banks:
        assert bank.path.parent.name == bank.language, bank.path
        assert bank.id.startswith(f"{bank.language}-"), bank.id


def test_loading_every_shipped_bank_is_quick(library: BankLibrary) -> None:
    started = time.perf_counter()
    library.reload()
    # Happens once at start, after the first frame; generous for slow CI machines.
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize("language", LANGUAGES)
def test_m3_peacetime_has_200_prompts_and_50_per_age_band(
    library: BankLibrary, language: str
) -> None:
    prompts = library.prompts(kind=BankKind.PEACETIME, language=language)
    assert len(prompts) >= 200
    for band in AgeBand:
        assert sum(band in p.ages for p in prompts) >= 50, band


@pytest.mark.parametrize("language", LANGUAGES)
def test_m3_peacetime_includes_the_two_examples_of_the_method(
    library: BankLibrary, language: str
) -> None:
    texts = " ".join(p.text for p in library.prompts(kind=BankKind.PEACETIME, language=language))
    for example in M3_EXAMPLES[language]:
        assert example in texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_m4_conflict_has_three_phrasings_per_stage_and_age_band(
    library: BankLibrary, language: str
) -> None:
    prompts = library.prompts(kind=BankKind.CONFLICT, language=language)
    counts = Counter((p.stage, band) for p in prompts for band in p.ages)
    for stage in Stage:
        for band in AgeBand:
            assert counts[(stage, band)] >= 3, (stage, band)


@pytest.mark.parametrize(
    ("kind", "floor"),
    [(BankKind.ACADEMIC, 40), (BankKind.PARENTS, 40), (BankKind.AFFECTIVE, 30)],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_m5_m16_academic_parents_and_affective_banks_meet_their_floors(
    library: BankLibrary, language: str, kind: BankKind, floor: int
) -> None:
    assert len(library.prompts(kind=kind, language=language)) >= floor


@pytest.mark.parametrize("language", LANGUAGES)
def test_m8_conversation_is_exactly_the_six_questions_in_order(
    library: BankLibrary, language: str
) -> None:
    (bank,) = library.banks_for(kind=BankKind.CONVERSATION, language=language)
    assert [p.text for p in bank.prompts] == M8_QUESTIONS[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_prompt_texts_are_not_repeated_within_a_language(
    library: BankLibrary, language: str
) -> None:
    texts = Counter(
        (p.kind, p.stage, p.text.casefold())
        for bank in library.banks_for(language=language)
        for p in bank.prompts
    )
    assert [key for key, n in texts.items() if n > 1] == []
