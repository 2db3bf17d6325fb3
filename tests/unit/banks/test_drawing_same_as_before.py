"""issue 20, draw: a faster drawer must draw the very prompts the plain rule draws.

The reference below is the rule as it was first written (before issue 20): filter the
pool, drop the cards on screen (unless that empties it), pick at random among the prompts
the group has not had, else the least recently used; it reads the group's whole history
on every draw. The drawer keeps its standing in memory; given the same seed and the same
history, a class must get the same prompts in the same order from both.
"""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import Engine

from circle_app.banks.drawing import PromptDrawer
from circle_app.banks.loader import BankLibrary
from circle_app.banks.schema import Bank
from circle_app.domain.enums import AgeBand, BankKind, Language
from circle_app.domain.prompts import DrawRequest, Prompt, PromptRef
from circle_app.store.prompt_history import PromptHistory

BANDS = list(AgeBand)


def bank(bank_id: str, n: int, language: str) -> Bank:
    prompts = tuple(
        Prompt(
            bank_id=bank_id,
            id=f"p{i}",
            text=f"{bank_id} {i}?",
            language=language,
            kind=BankKind.PEACETIME,
            ages=frozenset({BANDS[i % 4], BANDS[(i * 7) % 4]}),
            tags=frozenset({f"t{i % 3}"}),
        )
        for i in range(n)
    )
    return Bank(bank_id, language, BankKind.PEACETIME, "T", "", Path(f"{bank_id}.toml"), prompts)


def reference_draw(
    library: BankLibrary, history: PromptHistory, rng: random.Random, request: DrawRequest
) -> Prompt | None:
    """The plain rule, reading everything afresh."""
    found = library.prompts(
        kind=request.kind,
        language=request.language,
        age_band=request.age_band,
        stage=request.stage,
        tags=request.tags,
        bank_ids=request.bank_ids,
    )
    pool = {(p.bank_id, p.id): p for p in found}
    keys = list(pool)
    if request.favourites_only:
        starred = {(ref.bank_id, ref.prompt_id) for ref in history.favourites()}
        keys = [key for key in keys if key in starred]
    if not keys:
        return None
    excluded = {(ref.bank_id, ref.prompt_id) for ref in request.exclude}
    keys = [key for key in keys if key not in excluded] or keys
    last: dict[tuple[str, str], int] = {}
    for use_id, ref in history.uses_since(request.group_id):
        last[ref.bank_id, ref.prompt_id] = use_id
        language, _, name = ref.bank_id.partition("-")
        for other in Language:
            if other.value != language and library.bank(f"{other.value}-{name}") is not None:
                last[f"{other.value}-{name}", ref.prompt_id] = use_id
    fresh = [key for key in keys if key not in last]
    if fresh:
        return pool[rng.choice(fresh)]
    return pool[min(keys, key=last.__getitem__)]


def add_groups(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO circle_group (id, name, kind, language, created_at) VALUES "
            "(1, 'a', 'class', 'da', '2026-01-01'), (2, 'b', 'class', 'da', '2026-01-01')"
        )


def test_a_class_gets_the_same_prompts_as_the_plain_rule_draws(engine: Engine) -> None:
    """Three groups, two languages of one bank, age bands, tags, chosen banks, favourites,
    cards on screen, prompts a circle showed by hand, and pools that run out: step by step
    the drawer and the plain rule draw the same prompt."""
    add_groups(engine)
    banks = [bank("da-pair", 24, "da"), bank("en-pair", 24, "en"), bank("solo", 9, "da")]
    library = BankLibrary(banks)
    history = PromptHistory(engine)
    drawer_rng = random.Random(11)
    drawer = PromptDrawer(library, history, rng=drawer_rng)
    reference_rng = random.Random(11)
    script = random.Random(20)
    shown: list[PromptRef] = []
    for ref in (PromptRef("da-pair", "p3"), PromptRef("solo", "p1"), PromptRef("en-pair", "p8")):
        drawer.set_favourite(ref, True)
    for step in range(700):
        group = script.choice([1, 1, 2, None])
        request = DrawRequest(
            BankKind.PEACETIME,
            script.choice(["da", "da", "en"]),
            age_band=script.choice([None, None, *BANDS]),
            tags=script.choice([frozenset(), frozenset(), frozenset({"t1", "t2"})]),
            group_id=group,
            favourites_only=script.random() < 0.1,
            exclude=frozenset(script.sample(shown, min(len(shown), script.choice([0, 1, 2])))),
            bank_ids=script.choice([frozenset(), frozenset(), frozenset({"solo"})]),
        )
        drawn = drawer.draw(request)
        expected = reference_draw(library, history, reference_rng, request)
        assert drawn == expected, f"step {step}: {request}"
        if drawn is not None and script.random() < 0.9:
            drawer.record_use(drawn.ref, group_id=group)
            shown = [drawn.ref, *shown[:3]]
        if script.random() < 0.1:  # a circle showed a prompt the keeper picked by hand
            chosen = script.choice(banks)
            history.record_use(
                PromptRef(chosen.id, script.choice(chosen.prompts).id),
                group_id=script.choice([1, 2, None]),
            )
    # The rng was used the same way throughout: the next numbers agree too.
    assert reference_rng.random() == drawer_rng.random()
