"""Format 1, second edition: new kinds, `only`, `facilitator_only`, `note`, and language pairs.

Every problem is still one `FILE:LINE: field: message` line; facilitator-only banks load,
show, and can be pinned, but are never in a random pool.
"""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import Engine

from circle_app.banks.drawing import PromptDrawer
from circle_app.banks.loader import BankLibrary
from circle_app.banks.schema import MAX_NOTE_LENGTH
from circle_app.banks.transfer import bank_to_toml
from circle_app.banks.validator import check_file, check_files, check_pairs, check_text
from circle_app.domain.enums import AgeBand, BankKind
from circle_app.domain.prompts import DrawRequest, PromptRef
from circle_app.store.prompt_history import PromptHistory

PEACE = """\
[bank]
format = 1
id = "da-x"
language = "da"
kind = "peacetime"
title = "Test"

[[prompts]]
id = "one"
text = "Hvad er dit yndlingsdyr?"
ages = ["indskoling", "mellemtrin"]
tags = ["dyr"]

[[prompts]]
id = "two"
text = "Hvad laver du helst i frikvarteret?"
ages = ["voksne"]
tags = ["leg", "pause"]
"""

SUPPORT = """\
[bank]
format = 1
id = "da-support"
language = "da"
kind = "support"
facilitator_only = true
note = "Forbered en sådan cirkel sammen med skolens ressourcepersoner."
title = "Støtte"

[[prompts]]
id = "s1"
text = "Du må gerne bare lytte i dag. Vil du sige noget, er det også godt."
ages = ["mellemtrin", "udskoling"]
"""


def write(folder: Path, content: str, name: str = "bank.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(content), encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    bank, problems = check_file(path)
    assert bank is None, "a file with problems must not load"
    return [str(problem) for problem in problems]


# -- kinds --------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["checkin", "checkout", "followup", "staff"])
def test_the_new_kinds_load(tmp_path: Path, kind: str) -> None:
    bank, problems = check_file(write(tmp_path, PEACE.replace('"peacetime"', f'"{kind}"')))
    assert problems == []
    assert bank is not None
    assert bank.kind is BankKind(kind)
    assert not bank.facilitator_only


def test_an_unknown_kind_names_the_new_kinds_among_the_choices(tmp_path: Path) -> None:
    path = write(tmp_path, PEACE.replace('"peacetime"', '"grief"'))
    (line,) = problems_of(path)
    assert line.startswith(f"{path}:5: bank.kind: unknown kind 'grief'")
    for kind in ("checkin", "checkout", "followup", "staff", "support"):
        assert kind in line


# -- facilitator_only and note ------------------------------------------------------------


def test_a_support_bank_with_flag_and_note_loads(tmp_path: Path) -> None:
    bank, problems = check_file(write(tmp_path, SUPPORT))
    assert problems == []
    assert bank is not None
    assert bank.facilitator_only
    assert bank.note.startswith("Forbered en sådan cirkel")
    assert not bank.drawable


def test_any_bank_may_be_facilitator_only_with_a_note(tmp_path: Path) -> None:
    text = PEACE.replace('title = "Test"', 'title = "Test"\nfacilitator_only = true\nnote = "Hm."')
    bank, problems = check_file(write(tmp_path, text))
    assert problems == []
    assert bank is not None
    assert (bank.facilitator_only, bank.note, bank.drawable) == (True, "Hm.", False)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "facilitator_only = true\n",
            "",
            "1: bank.facilitator_only: a support bank must have facilitator_only = true",
        ),
        (
            "facilitator_only = true",
            "facilitator_only = false",
            "6: bank.facilitator_only: a support bank must have facilitator_only = true",
        ),
        (
            'note = "Forbered en sådan cirkel sammen med skolens ressourcepersoner."\n',
            "",
            "1: bank.note: a support bank needs a note",
        ),
        (
            "facilitator_only = true",
            'facilitator_only = "yes"',
            "6: bank.facilitator_only: must be true or false, not text",
        ),
        (
            'note = "Forbered en sådan cirkel sammen med skolens ressourcepersoner."',
            "note = 3",
            "7: bank.note: must be text in quotes, not a number",
        ),
        (
            'note = "Forbered en sådan cirkel sammen med skolens ressourcepersoner."',
            'note = "  "',
            "7: bank.note: is empty",
        ),
        (
            'note = "Forbered en sådan cirkel sammen med skolens ressourcepersoner."',
            f'note = "{"x" * (MAX_NOTE_LENGTH + 1)}"',
            f"7: bank.note: is {MAX_NOTE_LENGTH + 1} characters; at most {MAX_NOTE_LENGTH}",
        ),
    ],
)
def test_support_and_note_mistakes_name_file_line_and_field(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    assert old in SUPPORT
    path = write(tmp_path, SUPPORT.replace(old, new, 1))
    lines = problems_of(path)
    assert any(line.startswith(f"{path}:") and expected in line for line in lines), lines


def test_a_note_of_exactly_the_limit_is_fine(tmp_path: Path) -> None:
    note = "x" * MAX_NOTE_LENGTH
    bank, problems = check_text(
        textwrap.dedent(SUPPORT).replace(
            "Forbered en sådan cirkel sammen med skolens ressourcepersoner.", note
        ),
        tmp_path / "b.toml",
    )
    assert problems == []
    assert bank is not None
    assert bank.note == note


# -- only ---------------------------------------------------------------------------------


def test_only_the_banks_own_language_marks_a_one_culture_prompt(tmp_path: Path) -> None:
    text = PEACE.replace('tags = ["dyr"]', 'tags = ["dyr"]\nonly = "da"')
    bank, problems = check_file(write(tmp_path, text))
    assert problems == []
    assert bank is not None
    assert [p.only for p in bank.prompts] == ["da", None]


@pytest.mark.parametrize(
    ("only", "expected"),
    [
        (
            '"en"',
            "13: prompts[1].only: 'en' is not this bank's language (da): "
            "a one-culture prompt lives in its own language's bank",
        ),
        ('"sv"', "13: prompts[1].only: unknown language 'sv' (expected da or en)"),
        ("true", "13: prompts[1].only: must be text in quotes, not true/false"),
    ],
)
def test_a_wrong_only_is_named(tmp_path: Path, only: str, expected: str) -> None:
    path = write(tmp_path, PEACE.replace('tags = ["dyr"]', f'tags = ["dyr"]\nonly = {only}'))
    lines = problems_of(path)
    assert any(line.startswith(f"{path}:") and expected in line for line in lines), lines


def test_export_keeps_only_facilitator_only_and_note(tmp_path: Path) -> None:
    text = SUPPORT.replace('ages = ["mellemtrin", "udskoling"]', 'ages = ["voksne"]\nonly = "da"')
    bank, problems = check_file(write(tmp_path, text))
    assert problems == []
    assert bank is not None
    again, problems = check_text(bank_to_toml(bank), tmp_path / "again.toml")
    assert problems == []
    assert again is not None
    assert (again.facilitator_only, again.note) == (True, bank.note)
    assert again.prompts[0].only == "da"


# -- pairs --------------------------------------------------------------------------------


def pair(root: Path, da: str, en: str, name: str = "x.toml") -> tuple[Path, Path]:
    en_text = en.replace('"da-x"', '"en-x"').replace('language = "da"', 'language = "en"')
    return write(root / "da", da, name), write(root / "en", en_text, name)


def pair_problems(root: Path) -> list[str]:
    banks, problems = check_files([root])
    assert problems == []
    return [str(problem) for problem in check_pairs(banks)]


def test_a_matching_pair_has_no_problems(tmp_path: Path) -> None:
    pair(tmp_path, PEACE, PEACE)
    assert pair_problems(tmp_path) == []


def test_a_prompt_without_counterpart_names_bank_and_prompt(tmp_path: Path) -> None:
    en = PEACE.split('[[prompts]]\nid = "two"')[0]
    da_path, en_path = pair(tmp_path, PEACE, en)
    (line,) = pair_problems(tmp_path)
    assert line.startswith(f"{da_path}:15: prompts[2].id: ")
    assert "'two'" in line
    assert "en-x" in line
    assert str(en_path) in line


def test_a_one_culture_prompt_needs_no_counterpart(tmp_path: Path) -> None:
    da = PEACE.replace('tags = ["leg", "pause"]', 'tags = ["leg", "pause"]\nonly = "da"')
    en = PEACE.split('[[prompts]]\nid = "two"')[0]
    pair(tmp_path, da, en)
    assert pair_problems(tmp_path) == []


def test_a_one_culture_prompt_with_a_counterpart_is_named(tmp_path: Path) -> None:
    da = PEACE.replace('tags = ["leg", "pause"]', 'tags = ["leg", "pause"]\nonly = "da"')
    da_path, _ = pair(tmp_path, da, PEACE)
    lines = pair_problems(tmp_path)
    assert any("prompts[2].only" in line and "'two'" in line for line in lines), lines


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        ('ages = ["voksne"]', 'ages = ["udskoling"]', "ages", "ages differ"),
        ('tags = ["leg", "pause"]', 'tags = ["leg"]', "tags", "number of tags differs"),
    ],
)
def test_a_counterpart_with_other_ages_or_tag_count_is_named(
    tmp_path: Path, old: str, new: str, field: str, words: str
) -> None:
    _, en_path = pair(tmp_path, PEACE, PEACE.replace(old, new))
    (line,) = pair_problems(tmp_path)
    assert line.startswith(f"{en_path}:")
    assert f"prompts[2].{field}" in line
    assert words in line
    assert "'two'" in line


def test_ages_are_compared_as_sets(tmp_path: Path) -> None:
    pair(
        tmp_path,
        PEACE,
        PEACE.replace('["indskoling", "mellemtrin"]', '["mellemtrin", "indskoling"]'),
    )
    assert pair_problems(tmp_path) == []


CONFLICT = """\
[bank]
id = "da-x"
language = "da"
kind = "conflict"
title = "Konflikt"

[[prompts]]
id = "c1"
text = "Hvad skete der?"
ages = ["udskoling"]
stage = "experienced"
"""


def test_a_counterpart_in_another_stage_is_named(tmp_path: Path) -> None:
    pair(tmp_path, CONFLICT, CONFLICT.replace('"experienced"', '"needs"'))
    (line,) = pair_problems(tmp_path)
    assert "prompts[1].stage" in line
    assert "'c1'" in line


CONVERSATION = """\
[bank]
id = "da-x"
language = "da"
kind = "conversation"
title = "Samtale"

[[prompts]]
id = "q1"
text = "Hvad skete der?"
ages = ["voksne"]

[[prompts]]
id = "q2"
text = "Hvad tænkte du på?"
ages = ["voksne"]
"""


def test_conversation_counterparts_keep_their_position(tmp_path: Path) -> None:
    swapped = CONVERSATION.replace('id = "q1"', 'id = "tmp"')
    swapped = swapped.replace('id = "q2"', 'id = "q1"').replace('id = "tmp"', 'id = "q2"')
    pair(tmp_path, CONVERSATION, swapped)
    lines = pair_problems(tmp_path)
    assert any("position" in line and "'q1'" in line for line in lines), lines


def test_a_bank_file_in_one_language_only_is_named(tmp_path: Path) -> None:
    pair(tmp_path, PEACE, PEACE)
    lonely = write(tmp_path / "da", PEACE.replace('"da-x"', '"da-lonely"'), "lonely.toml")
    (line,) = pair_problems(tmp_path)
    assert line.startswith(f"{lonely}:")
    assert "bank" in line
    assert str(tmp_path / "en" / "lonely.toml") in line


def test_a_pair_of_different_kinds_is_named(tmp_path: Path) -> None:
    pair(tmp_path, PEACE, PEACE.replace('"peacetime"', '"checkin"'))
    (line,) = pair_problems(tmp_path)
    assert "bank.kind" in line


# -- drawing: facilitator-only banks are never in a random pool ---------------------------


def test_facilitator_only_prompts_are_never_drawn_but_can_be_pinned(
    tmp_path: Path, engine: Engine
) -> None:
    facilitator_peace = SUPPORT.replace('"support"', '"peacetime"').replace(
        '"da-support"', '"da-f"'
    )
    write(tmp_path, facilitator_peace, "fac.toml")
    write(tmp_path, PEACE, "peace.toml")
    support = write(tmp_path / "s", SUPPORT, "support.toml")
    banks, problems = check_files([tmp_path])
    assert problems == []
    library = BankLibrary(banks)
    history = PromptHistory(engine)
    drawer = PromptDrawer(library, history, rng=random.Random(7))
    for ref in (PromptRef("da-support", "s1"), PromptRef("da-x", "one")):
        drawer.set_favourite(ref, True)
    drawn: set[str] = set()
    for kind in BankKind:
        for band in (None, *AgeBand):
            for favourites_only in (False, True):
                request = DrawRequest(
                    kind=kind, language="da", age_band=band, favourites_only=favourites_only
                )
                for _ in range(20):
                    prompt = drawer.draw(request)
                    if prompt is not None:
                        drawn.add(prompt.bank_id)
    assert drawn == {"da-x"}
    assert support.exists()
    assert drawer.pool_size(DrawRequest(kind=BankKind.SUPPORT, language="da")) == 0
    pinned = DrawRequest(
        kind=BankKind.PEACETIME, language="da", pinned=PromptRef("da-support", "s1")
    )
    chosen = drawer.draw(pinned)
    assert chosen is not None
    assert chosen.id == "s1"


def test_the_library_lists_facilitator_only_banks_for_the_browser(tmp_path: Path) -> None:
    write(tmp_path, SUPPORT, "support.toml")
    banks, problems = check_files([tmp_path])
    assert problems == []
    library = BankLibrary(banks)
    assert [bank.id for bank in library.banks_for(kind=BankKind.SUPPORT)] == ["da-support"]
    assert library.banks_for(kind=BankKind.SUPPORT, drawable_only=True) == []
    assert library.prompts(kind=BankKind.SUPPORT) == []
    assert [
        p.id for p in library.prompts(kind=BankKind.SUPPORT, include_facilitator_only=True)
    ] == ["s1"]
