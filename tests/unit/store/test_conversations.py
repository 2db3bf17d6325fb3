"""Conversations on disk: every turn stored before it is shown, resumed exactly (M9)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, inspect

from circle_app.domain.conversation import (
    ConversationRuleError,
    ConversationSetup,
    Facilitator,
    Party,
    Step,
    Turn,
)
from circle_app.domain.enums import Role
from circle_app.store.conversations import ConversationStore, RecordedConversation


def setup_of(count: int) -> ConversationSetup:
    names = ["Asta", "Bilal", "Clara", "Dina", "Emil"]
    return ConversationSetup(
        tuple(Party(i, names[i], Role.PUPIL) for i in range(count)),
        Facilitator("Ida", Role.PUPIL),
        "da",
    )


def test_m9_resume_after_restart_continues_where_it_stopped(engine: Engine) -> None:
    store = ConversationStore(engine)
    recorded = RecordedConversation.begin(store, setup_of(3))
    for _ in range(4):
        recorded.done()
    assert recorded.conversation.current == Turn(Step.FUTURE, 1)

    again = RecordedConversation.resume(ConversationStore(engine), recorded.conversation_id)
    assert again.conversation.current == Turn(Step.FUTURE, 1)
    assert again.conversation.events == recorded.conversation.events
    assert again.conversation.setup == recorded.conversation.setup
    assert [u.turns for u in store.unfinished()] == [4]


def test_undo_removes_the_stored_turn(engine: Engine) -> None:
    store = ConversationStore(engine)
    recorded = RecordedConversation.begin(store, setup_of(2))
    recorded.done()
    recorded.done()
    undone = recorded.undo()
    assert (undone.step, undone.party) == (Step.STORY, 1)
    resumed = store.load(recorded.conversation_id)
    assert resumed.current == Turn(Step.STORY, 1)
    recorded.undo()
    with pytest.raises(ConversationRuleError):
        recorded.undo()
    assert store.load(recorded.conversation_id).events == ()


def test_finished_conversation_is_not_offered_again(engine: Engine) -> None:
    store = ConversationStore(engine)
    recorded = RecordedConversation.begin(store, setup_of(2))
    while not recorded.conversation.finished:
        recorded.done()
    recorded.end()
    assert store.unfinished() == []
    recorded.reopen()
    assert len(store.unfinished()) == 1


def test_nothing_said_is_stored(engine: Engine) -> None:
    """Structure only: who, which step, when (docs/method.md, data)."""
    columns = {c["name"] for c in inspect(engine).get_columns("conversation_turn")}
    assert columns == {"id", "conversation_id", "seq", "step", "party", "started_at", "ended_at"}
