"""Fair drawing: no repeats per group, across restarts, until the pool runs out; then LRU."""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import Engine

from circle_app.banks.drawing import PromptDrawer
from circle_app.banks.loader import BankLibrary
from circle_app.banks.schema import Bank
from circle_app.domain.circle import CircleSetup, RoundStarted, Seat
from circle_app.domain.enums import AgeBand, BankKind, CircleKind, Direction, RoundMode, Stage
from circle_app.domain.prompts import DrawRequest, Prompt, PromptRef
from circle_app.store import open_store
from circle_app.store.circles import CircleStore
from circle_app.store.clock import utcnow
from circle_app.store.prompt_history import PromptHistory


def make_bank(bank_id: str = "b", n: int = 10, *, language: str = "da") -> Bank:
    prompts = tuple(
        Prompt(
            bank_id=bank_id,
            id=f"p{i}",
            text=f"Prompt {i}?",
            language=language,
            kind=BankKind.PEACETIME,
            ages=frozenset({AgeBand.INDSKOLING} if i % 2 else {AgeBand.VOKSNE}),
            tags=frozenset({"even"} if i % 2 == 0 else {"odd"}),
        )
        for i in range(n)
    )
    return Bank(bank_id, language, BankKind.PEACETIME, "T", "", Path(f"{bank_id}.toml"), prompts)


def drawer_for(engine: Engine, *banks: Bank, seed: int = 1) -> PromptDrawer:
    return PromptDrawer(
        BankLibrary(banks or [make_bank()]), PromptHistory(engine), rng=random.Random(seed)
    )


def show(drawer: PromptDrawer, request: DrawRequest) -> Prompt:
    prompt = drawer.draw(request)
    assert prompt is not None
    drawer.record_use(prompt.ref, group_id=request.group_id)
    return prompt


REQUEST = DrawRequest(kind=BankKind.PEACETIME, language="da")


def test_a_group_gets_every_prompt_once_before_any_repeats(engine: Engine) -> None:
    drawer = drawer_for(engine)
    shown = [show(drawer, REQUEST).id for _ in range(10)]
    assert sorted(shown) == sorted(f"p{i}" for i in range(10))


def test_no_repeats_survive_a_restart(database_url: str) -> None:
    first_engine = open_store(database_url)
    before = [show(drawer_for(first_engine, seed=1), REQUEST).id for _ in range(6)]
    first_engine.dispose()

    second_engine = open_store(database_url)  # the app was closed and opened again
    drawer = drawer_for(second_engine, seed=1)
    after = [show(drawer, REQUEST).id for _ in range(4)]
    second_engine.dispose()
    assert set(before).isdisjoint(after)
    assert len(set(before) | set(after)) == 10


def test_when_the_pool_runs_out_the_least_recently_used_comes_first(engine: Engine) -> None:
    drawer = drawer_for(engine)
    first_round = [show(drawer, REQUEST).id for _ in range(10)]
    second_round = [show(drawer, REQUEST).id for _ in range(10)]
    assert second_round == first_round


def test_a_prompt_shown_again_goes_to_the_back_of_the_queue(engine: Engine) -> None:
    drawer = drawer_for(engine)
    first_round = [show(drawer, REQUEST).id for _ in range(10)]
    # The teacher picked the oldest one by hand in a circle: it is now the most recent.
    drawer.record_use(PromptRef("b", first_round[0]), group_id=None)
    assert show(drawer, REQUEST).id == first_round[1]


def test_groups_have_separate_histories(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO circle_group (id, name, kind, language, created_at) VALUES "
            "(1, 'a', 'class', 'da', '2026-01-01'), (2, 'b', 'class', 'da', '2026-01-01')"
        )
    drawer = drawer_for(engine)
    group_1 = DrawRequest(kind=BankKind.PEACETIME, language="da", group_id=1)
    group_2 = DrawRequest(kind=BankKind.PEACETIME, language="da", group_id=2)
    for _ in range(10):
        show(drawer, group_1)
    assert drawer.unused_count(group_1) == 0
    assert drawer.unused_count(group_2) == 10
    assert drawer.unused_count(REQUEST) == 10  # quick prompts: group None


def test_prompts_a_circle_showed_count_as_used(engine: Engine) -> None:
    """The circle store writes prompt_use itself; the drawer sees it on its next draw."""
    drawer = drawer_for(engine)
    assert drawer.unused_count(REQUEST) == 10
    store = CircleStore(engine)
    setup = CircleSetup(
        kind=CircleKind.PEACETIME,
        seats=(Seat(0), Seat(1)),
        present=frozenset({0, 1}),
        start_seat=0,
        direction=Direction.CLOCKWISE,
        planned_rounds=1,
        language="da",
    )
    circle_id = store.create(setup)
    store.record(
        circle_id, 0, RoundStarted(1, RoundMode.SEQUENTIAL, None, PromptRef("b", "p3"), utcnow())
    )
    assert drawer.unused_count(REQUEST) == 9
    drawn = {show(drawer, REQUEST).id for _ in range(9)}
    assert "p3" not in drawn


def test_filters_by_age_band_tags_and_language(engine: Engine) -> None:
    drawer = drawer_for(engine, make_bank("da-b"), make_bank("en-b", language="en"))
    small = DrawRequest(kind=BankKind.PEACETIME, language="en", age_band=AgeBand.INDSKOLING)
    drawn = {show(drawer, small) for _ in range(5)}
    assert all(p.language == "en" and AgeBand.INDSKOLING in p.ages for p in drawn)
    tagged = DrawRequest(kind=BankKind.PEACETIME, language="da", tags=frozenset({"even"}))
    assert all("even" in show(drawer, tagged).tags for _ in range(8))


def test_a_filter_nothing_matches_draws_nothing(engine: Engine) -> None:
    drawer = drawer_for(engine)
    assert drawer.draw(DrawRequest(kind=BankKind.CONFLICT, language="da")) is None
    assert drawer.draw(DrawRequest(kind=BankKind.PEACETIME, language="en")) is None


def test_a_conflict_draw_keeps_to_its_stage(engine: Engine) -> None:
    prompts = tuple(
        Prompt(
            "c",
            f"{stage.value}-{i}",
            f"{stage.value} {i}",
            "da",
            BankKind.CONFLICT,
            frozenset(AgeBand),
            stage=stage,
        )
        for stage in Stage
        for i in range(3)
    )
    bank = Bank("c", "da", BankKind.CONFLICT, "C", "", Path("c.toml"), prompts)
    drawer = drawer_for(engine, bank)
    request = DrawRequest(kind=BankKind.CONFLICT, language="da", stage=Stage.NEEDS)
    assert {show(drawer, request).stage for _ in range(6)} == {Stage.NEEDS}


def test_only_chosen_banks_are_drawn_from(engine: Engine) -> None:
    drawer = drawer_for(engine, make_bank("one"), make_bank("two"))
    request = DrawRequest(kind=BankKind.PEACETIME, language="da", bank_ids=frozenset({"two"}))
    assert {show(drawer, request).bank_id for _ in range(12)} == {"two"}


def test_the_card_shown_now_is_not_drawn_again(engine: Engine) -> None:
    drawer = drawer_for(engine, make_bank(n=2))
    first = show(drawer, REQUEST)
    show(drawer, REQUEST)  # pool exhausted: LRU would now give `first` back …
    request = DrawRequest(kind=BankKind.PEACETIME, language="da", exclude=frozenset({first.ref}))
    assert drawer.draw(request) != first  # … unless it is on screen


def test_a_single_prompt_pool_still_gives_its_prompt(engine: Engine) -> None:
    drawer = drawer_for(engine, make_bank(n=1))
    only = show(drawer, REQUEST)
    request = DrawRequest(kind=BankKind.PEACETIME, language="da", exclude=frozenset({only.ref}))
    assert drawer.draw(request) == only


def test_a_pinned_prompt_is_drawn_as_it_is(engine: Engine) -> None:
    drawer = drawer_for(engine)
    for _ in range(10):
        show(drawer, REQUEST)
    pinned = DrawRequest(kind=BankKind.PEACETIME, language="da", pinned=PromptRef("b", "p7"))
    assert [drawer.draw(pinned).id for _ in range(3)] == ["p7"] * 3  # type: ignore[union-attr]


def test_a_pin_to_a_removed_bank_falls_back_to_drawing(engine: Engine) -> None:
    drawer = drawer_for(engine)
    pinned = DrawRequest(kind=BankKind.PEACETIME, language="da", pinned=PromptRef("gone", "x"))
    assert drawer.draw(pinned) is not None


def test_favourites_only_draws_starred_prompts_and_they_persist(database_url: str) -> None:
    engine = open_store(database_url)
    drawer = drawer_for(engine)
    drawer.set_favourite(PromptRef("b", "p2"), True)
    drawer.set_favourite(PromptRef("b", "p5"), True)
    drawer.set_favourite(PromptRef("b", "p5"), False)
    drawer.set_favourite(PromptRef("b", "p8"), True)
    engine.dispose()
    engine = open_store(database_url)
    drawer = drawer_for(engine)
    request = DrawRequest(kind=BankKind.PEACETIME, language="da", favourites_only=True)
    assert {show(drawer, request).id for _ in range(4)} == {"p2", "p8"}
    assert drawer.is_favourite(PromptRef("b", "p2"))
    assert not drawer.is_favourite(PromptRef("b", "p5"))
    engine.dispose()


def test_a_library_reload_is_seen_by_the_drawer(engine: Engine) -> None:
    library = BankLibrary([make_bank(n=2)])
    drawer = PromptDrawer(library, PromptHistory(engine), rng=random.Random(3))
    assert drawer.pool_size(REQUEST) == 2
    library.add(make_bank("new", n=3))
    assert drawer.pool_size(REQUEST) == 5


def test_get_finds_a_prompt_by_reference(engine: Engine) -> None:
    drawer = drawer_for(engine)
    found = drawer.get(PromptRef("b", "p4"))
    assert found is not None
    assert found.text == "Prompt 4?"
    assert drawer.get(PromptRef("b", "nope")) is None


def test_switching_language_keeps_the_groups_no_repeat_history(engine: Engine) -> None:
    """issue 19: a bank is one bank in two languages (da-NAME / en-NAME, the same prompt
    ids), so a group that had a prompt in Danish does not get it again in English."""
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO circle_group (id, name, kind, language, created_at) VALUES "
            "(1, 'a', 'class', 'da', '2026-01-01')"
        )
    drawer = drawer_for(
        engine, make_bank("da-pair", 6), make_bank("en-pair", 6, language="en"), seed=3
    )
    danish = DrawRequest(kind=BankKind.PEACETIME, language="da", group_id=1)
    had = {show(drawer, danish).id for _ in range(5)}
    english = DrawRequest(kind=BankKind.PEACETIME, language="en", group_id=1)
    first_in_english = show(drawer, english)
    assert first_in_english.bank_id == "en-pair"
    assert first_in_english.id not in had  # the one prompt the group has not had
    assert drawer.unused_count(english) == 0
    # Another group's history is its own.
    assert drawer.unused_count(DrawRequest(kind=BankKind.PEACETIME, language="en")) == 6
