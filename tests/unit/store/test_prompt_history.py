"""The no-repeat history and the favourites, as the store keeps them."""

from __future__ import annotations

from sqlalchemy import Engine

from circle_app.domain.prompts import PromptRef
from circle_app.store.prompt_history import PromptHistory

A = PromptRef("bank", "a")
B = PromptRef("bank", "b")


def add_group(engine: Engine, group_id: int) -> None:
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO circle_group (id, name, kind, language, created_at) "
            f"VALUES ({group_id}, 'g{group_id}', 'class', 'da', '2026-01-01')"
        )


def test_uses_come_back_oldest_first_for_their_group_only(engine: Engine) -> None:
    add_group(engine, 7)
    history = PromptHistory(engine)
    first = history.record_use(A, group_id=7)
    history.record_use(B, group_id=None)
    second = history.record_use(B, group_id=7)
    assert history.uses_since(7) == [(first, A), (second, B)]
    assert [ref for _, ref in history.uses_since(None)] == [B]


def test_only_newer_uses_are_read_again(engine: Engine) -> None:
    history = PromptHistory(engine)
    first = history.record_use(A)
    second = history.record_use(B)
    assert history.uses_since(None, first) == [(second, B)]
    assert history.uses_since(None, second) == []


def test_counts_are_per_group(engine: Engine) -> None:
    add_group(engine, 1)
    history = PromptHistory(engine)
    for _ in range(3):
        history.record_use(A, group_id=1)
    history.record_use(A)
    assert (history.count(1), history.count(None)) == (3, 1)


def test_deleting_a_group_deletes_its_history(engine: Engine) -> None:
    add_group(engine, 1)
    history = PromptHistory(engine)
    history.record_use(A, group_id=1)
    with engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM circle_group WHERE id = 1")
    assert history.count(1) == 0


def test_starring_twice_and_unstarring_twice_are_harmless(engine: Engine) -> None:
    history = PromptHistory(engine)
    history.set_favourite(A, True)
    history.set_favourite(A, True)
    history.set_favourite(B, True)
    history.set_favourite(B, False)
    history.set_favourite(B, False)
    assert history.favourites() == {A}


def test_a_draw_reads_one_row_a_prompt_its_latest_use_oldest_first(engine: Engine) -> None:
    """issue 20, draw: a class's first draw after start reads its whole history; only the
    latest use of each prompt matters, so that is all that comes back."""
    add_group(engine, 7)
    history = PromptHistory(engine)
    history.record_use(A, group_id=7)
    history.record_use(B, group_id=7)
    history.record_use(A, group_id=None)
    latest_a = history.record_use(A, group_id=7)
    latest_b = history.record_use(B, group_id=7)
    assert history.last_uses_since(7) == [(latest_a, "bank", "a"), (latest_b, "bank", "b")]
    assert history.last_uses_since(7, latest_a) == [(latest_b, "bank", "b")]
    assert [bank for _, bank, _ in history.last_uses_since(None)] == ["bank"]
