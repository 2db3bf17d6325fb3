"""The no-repeat history and the favourites, as the store keeps them."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from alembic import command
from sqlalchemy import Engine, event, inspect

from circle_app.domain.prompts import PromptRef
from circle_app.store import open_store
from circle_app.store.migrate import alembic_config, current_revision, head_revision
from circle_app.store.prompt_history import PromptHistory

A = PromptRef("bank", "a")
B = PromptRef("bank", "b")
INDEX = "ix_prompt_use_last_use"  # migration 0014


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


def plans_of(engine: Engine, read: Callable[[], object]) -> list[str]:
    """SQLite's plan for each query the store runs during `read()`, one line a query."""
    statements: list[tuple[str, Any]] = []

    def seen(_c: object, _cur: object, statement: str, parameters: Any, *_: object) -> None:
        statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", seen)
    try:
        read()
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    with engine.connect() as connection:
        return [
            " / ".join(row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {s}", p))
            for s, p in statements
        ]


def test_a_class_s_first_draw_after_a_start_reads_one_index_not_its_whole_history(
    sqlite_url: str,
) -> None:
    """issue 20, draw: a class's first draw after a start read every row of its history
    from the table and grouped them (237 ms over 80,000 uses, while the class waits). The
    latest use of each prompt now comes from one index, already in prompt order."""
    engine = open_store(sqlite_url)
    try:
        add_group(engine, 7)
        history = PromptHistory(engine)
        for ref in (A, B, A):
            history.record_use(ref, group_id=7)
            history.record_use(ref)
        for group_id in (7, None):
            [plan] = plans_of(engine, lambda g=group_id: history.last_uses_since(g))
            assert "USING COVERING INDEX" in plan, plan
            assert "FOR GROUP BY" not in plan, plan
    finally:
        engine.dispose()


def test_a_later_draw_reads_only_the_uses_written_since_the_last_one(sqlite_url: str) -> None:
    """issue 20, draw: the index that serves the first draw must not pull the next draws
    (a teacher pressing "new prompt") through the whole history again: they search the uses
    after the last one seen, however long the class's history is."""
    engine = open_store(sqlite_url)
    try:
        add_group(engine, 7)
        history = PromptHistory(engine)
        seen = [history.record_use(ref, group_id=7) for ref in (A, B, A)]
        history.record_use(B)
        for group_id in (7, None):
            [plan] = plans_of(engine, lambda g=group_id: history.last_uses_since(g, seen[1]))
            assert re.search(r"SEARCH prompt_use USING .*\b(rowid|id)>\?", plan), plan
        latest = [(seen[1], "bank", "b"), (seen[2], "bank", "a")]
        assert history.last_uses_since(7, seen[0]) == latest
    finally:
        engine.dispose()


def test_0014_goes_down_to_0013_and_up_again_with_every_use_kept(database_url: str) -> None:
    """issue 20, draw: migration 0014 only adds the draw's index; going back to 0013 (and up
    again) keeps each class's history and the prompts it has had."""
    engine = open_store(database_url)
    add_group(engine, 7)
    history = PromptHistory(engine)
    for ref in (A, B, A, B, A):
        history.record_use(ref, group_id=7)
    history.record_use(B)
    kept = (history.last_uses_since(7), history.last_uses_since(None), history.count(7))
    try:
        command.downgrade(alembic_config(engine), "0013")
        assert current_revision(engine) == "0013"
        assert INDEX not in {ix["name"] for ix in inspect(engine).get_indexes("prompt_use")}
        assert (history.last_uses_since(7), history.last_uses_since(None), history.count(7)) == kept
    finally:
        engine.dispose()
    engine = open_store(database_url, upgrade=True)
    try:
        assert current_revision(engine) == head_revision()
        assert INDEX in {ix["name"] for ix in inspect(engine).get_indexes("prompt_use")}
        history = PromptHistory(engine)
        assert (history.last_uses_since(7), history.last_uses_since(None), history.count(7)) == kept
    finally:
        engine.dispose()
