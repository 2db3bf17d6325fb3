"""The restorative conversation's rules (docs/method.md M8-M10)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from circle_app.banks.loader import BankLibrary
from circle_app.domain.conversation import (
    FIRST_QUESTION_ID,
    QUESTION_IDS,
    Conversation,
    ConversationRuleError,
    ConversationSetup,
    Facilitator,
    Party,
    Phase,
    Step,
    Turn,
    conversation_bank_id,
    order_of_asking,
)
from circle_app.domain.enums import Role
from circle_app.domain.prompts import PromptRef
from circle_app.paths import question_banks_dir

T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def setup_of(count: int, facilitator: str = "Malou") -> ConversationSetup:
    names = ["Asta", "Bilal", "Clara", "Dina", "Emil", "Freja", "Gustav"]
    return ConversationSetup(
        parties=tuple(Party(i, names[i], Role.PUPIL) for i in range(count)),
        facilitator=Facilitator(facilitator, Role.STAFF),
        language="en",
    )


def walk(conversation: Conversation) -> list[Turn]:
    seen = []
    at = T0
    while conversation.current is not None:
        seen.append(conversation.current)
        at += timedelta(minutes=3)
        conversation.done(at)
    return seen


@pytest.mark.parametrize("count", [2, 3, 5])
def test_m9_each_party_gets_questions_1_to_5_then_question_6_goes_round(count: int) -> None:
    turns = walk(Conversation(setup_of(count), started_at=T0))
    stories = [Turn(Step.STORY, party) for party in range(count)]
    futures = [Turn(Step.FUTURE, party) for party in range(count)]
    assert turns == stories + futures
    assert all(turn.questions == QUESTION_IDS[:5] for turn in stories)
    assert all(turn.questions == (QUESTION_IDS[5],) for turn in futures)
    assert order_of_asking(count) == tuple(stories + futures)


def test_m9_story_questions_are_all_asked_in_one_go_before_the_turn_passes() -> None:
    conversation = Conversation(setup_of(2), started_at=T0)
    assert conversation.current == Turn(Step.STORY, 0)
    assert conversation.next == Turn(Step.STORY, 1)  # never party 0's question 6 first
    conversation.done(T0)
    assert conversation.current == Turn(Step.STORY, 1)
    conversation.done(T0)
    assert conversation.current == Turn(Step.FUTURE, 0)


def test_m9_past_present_future_progress() -> None:
    conversation = Conversation(setup_of(2), started_at=T0)
    assert [(v.phase, v.state) for v in conversation.phases()] == [
        (Phase.PAST, "current"),
        (Phase.PRESENT, "current"),
        (Phase.FUTURE, "todo"),
    ]
    conversation.done(T0)
    conversation.done(T0)
    assert [v.state for v in conversation.phases()] == ["done", "done", "current"]
    conversation.done(T0)
    conversation.done(T0)
    assert conversation.finished
    assert [v.state for v in conversation.phases()] == ["done", "done", "done"]


@pytest.mark.parametrize("language", ["da", "en"])
def test_m8_same_six_questions_same_wording_for_every_party(language: str) -> None:
    library = BankLibrary.load(question_banks_dir(), question_banks_dir() / "none")
    bank = conversation_bank_id(language)
    conversation = Conversation(setup_of(3), started_at=T0)
    asked: dict[int, list[str]] = {}
    for turn in walk(conversation):
        for question in turn.questions:
            prompt = library.get(PromptRef(bank, question))
            assert prompt is not None
            asked.setdefault(turn.party, []).append(prompt.text)
    assert len({tuple(texts) for texts in asked.values()}) == 1
    assert len(asked[0]) == 6
    assert asked[0][0] == ("Hvad skete der?" if language == "da" else "What happened?")


def test_m10_what_happened_comes_first() -> None:
    assert QUESTION_IDS[0] == FIRST_QUESTION_ID
    assert Conversation(setup_of(2)).current is not None
    assert Conversation(setup_of(2)).order[0].questions[0] == FIRST_QUESTION_ID


def test_m8_the_facilitator_is_not_a_party() -> None:
    with pytest.raises(ConversationRuleError, match="M8"):
        setup_of(2, facilitator=" asta ")
    with pytest.raises(ConversationRuleError, match="two or more"):
        setup_of(1)
    with pytest.raises(ConversationRuleError, match="staff or a student"):
        ConversationSetup(parties=setup_of(2).parties, facilitator=Facilitator("Mor", Role.PARENT))


def test_m8_a_student_may_facilitate() -> None:
    setup = ConversationSetup(
        parties=setup_of(2).parties, facilitator=Facilitator("Ida", Role.PUPIL)
    )
    assert setup.facilitator.role is Role.PUPIL


def test_undo_takes_back_the_last_turn_and_replay_resumes_exactly() -> None:
    conversation = Conversation(setup_of(3), started_at=T0)
    for minutes in (2, 4, 6, 8):
        conversation.done(T0 + timedelta(minutes=minutes))
    assert conversation.current == Turn(Step.FUTURE, 1)
    undone = conversation.undo()
    assert undone.step is Step.FUTURE
    assert undone.party == 0
    assert conversation.current == Turn(Step.FUTURE, 0)
    replayed = Conversation(setup_of(3), conversation.events, started_at=T0)
    assert replayed.current == conversation.current
    assert replayed.events[1].started_at == T0 + timedelta(minutes=2)
    with pytest.raises(ConversationRuleError):
        Conversation(setup_of(3)).undo()


def test_m9_events_out_of_order_are_refused_on_replay() -> None:
    conversation = Conversation(setup_of(2), started_at=T0)
    first = conversation.done(T0)
    with pytest.raises(ConversationRuleError, match="M9"):
        Conversation(setup_of(2), [first, first])


def test_no_turn_after_the_last() -> None:
    conversation = Conversation(setup_of(2), started_at=T0)
    walk(conversation)
    with pytest.raises(ConversationRuleError):
        conversation.done(T0)


def test_names_typed_into_a_conversation_follow_the_name_rule() -> None:
    """issue 12, finding 10: a party's or the facilitator's name holds no control, bidi or
    zero-width character and is not endless, like every other name the app stores."""
    for bad in ("Asta\x1b[2J", "Bi\u202elal", "Cla\u200bra", "A" * 101):
        with pytest.raises(ConversationRuleError, match="name"):
            ConversationSetup(
                parties=(Party(0, bad), Party(1, "Bilal")),
                facilitator=Facilitator("Malou", Role.STAFF),
            )
        with pytest.raises(ConversationRuleError, match="name"):
            ConversationSetup(parties=setup_of(2).parties, facilitator=Facilitator(bad, Role.STAFF))
