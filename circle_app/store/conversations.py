"""Restorative conversations on disk: each turn in its own transaction, replayed on resume."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, delete, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from circle_app.domain.conversation import (
    Conversation,
    ConversationSetup,
    Facilitator,
    Party,
    Step,
    TurnDone,
)
from circle_app.domain.enums import Role
from circle_app.store.clock import as_utc, utcnow
from circle_app.store.engine import QT_TRANSLATE_NOOP, StoreError
from circle_app.store.models import ConversationPartyRow, ConversationRow, ConversationTurnRow
from circle_app.store.person_links import person_for
from circle_app.store.start_read import (
    UNFINISHED_CONVERSATIONS_SQL,
    unfinished_conversations_from,
)
from circle_app.store.start_read import (
    UnfinishedConversation as UnfinishedConversation,  # re-exported
)


class ConversationStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self, setup: ConversationSetup, *, case_id: int | None = None, is_demo: bool = False
    ) -> tuple[int, datetime]:
        started = utcnow()
        with Session(self._engine) as session:
            row = ConversationRow(
                case_id=case_id,
                language=setup.language,
                facilitator=setup.facilitator.name,
                facilitator_person_id=person_for(
                    session, setup.facilitator.name, setup.facilitator.role
                ),
                facilitator_role=setup.facilitator.role.value,
                started_at=started,
                is_demo=is_demo,
            )
            session.add(row)
            session.flush()
            assert row.id is not None
            for party in setup.parties:
                session.add(
                    ConversationPartyRow(
                        conversation_id=row.id,
                        position=party.position,
                        name=party.name,
                        person_id=person_for(session, party.name, party.role or Role.PUPIL),
                        role=party.role.value if party.role else None,
                    )
                )
            session.commit()
            return row.id, started

    def record(self, conversation_id: int, seq: int, event: TurnDone) -> None:
        with Session(self._engine) as session:
            session.add(
                ConversationTurnRow(
                    conversation_id=conversation_id,
                    seq=seq,
                    step=event.step.value,
                    party=event.party,
                    started_at=event.started_at,
                    ended_at=event.at,
                )
            )
            session.commit()

    def undo(self, conversation_id: int, seq: int) -> None:
        with Session(self._engine) as session:
            session.execute(
                delete(ConversationTurnRow).where(
                    ConversationTurnRow.conversation_id == conversation_id,
                    ConversationTurnRow.seq == seq,
                )
            )
            session.commit()

    def end(self, conversation_id: int, ended: bool = True) -> None:
        with Session(self._engine) as session:
            row = session.get_one(ConversationRow, conversation_id)
            row.ended_at = utcnow() if ended else None
            session.add(row)
            session.commit()

    def load(self, conversation_id: int) -> Conversation:
        with Session(self._engine) as session:
            row = session.get_one(ConversationRow, conversation_id)
            parties = session.scalars(
                select(ConversationPartyRow)
                .where(ConversationPartyRow.conversation_id == conversation_id)
                .order_by(ConversationPartyRow.position)
            ).all()
            turns = session.scalars(
                select(ConversationTurnRow)
                .where(ConversationTurnRow.conversation_id == conversation_id)
                .order_by(ConversationTurnRow.seq)
            ).all()
            setup = ConversationSetup(
                parties=tuple(
                    Party(p.position, p.name, Role(p.role) if p.role else None) for p in parties
                ),
                facilitator=Facilitator(row.facilitator, Role(row.facilitator_role)),
                language=row.language,
            )
            events = [
                TurnDone(Step(t.step), t.party, as_utc(t.started_at), as_utc(t.ended_at))
                for t in turns
            ]
            return Conversation(setup, events, started_at=as_utc(row.started_at))

    def case_of(self, conversation_id: int) -> int | None:
        with Session(self._engine) as session:
            return session.get_one(ConversationRow, conversation_id).case_id

    def unfinished(self) -> list[UnfinishedConversation]:
        """Conversations not ended, newest first (the text home reads ahead with at start)."""
        with Session(self._engine) as session:
            return unfinished_conversations_from(
                session.execute(text(UNFINISHED_CONVERSATIONS_SQL))
            )


class RecordedConversation:
    """A conversation whose every turn is on disk before the board shows the next one."""

    def __init__(self, store: ConversationStore, conversation_id: int, conversation: Conversation):
        self.store = store
        self.conversation_id = conversation_id
        self.conversation = conversation

    @classmethod
    def begin(
        cls,
        store: ConversationStore,
        setup: ConversationSetup,
        *,
        case_id: int | None = None,
        is_demo: bool = False,
    ) -> RecordedConversation:
        try:
            conversation_id, started = store.create(setup, case_id=case_id, is_demo=is_demo)
        except (SQLAlchemyError, OSError) as exc:
            raise _as_store_error(exc) from exc
        return cls(store, conversation_id, Conversation(setup, started_at=started))

    @classmethod
    def resume(cls, store: ConversationStore, conversation_id: int) -> RecordedConversation:
        return cls(store, conversation_id, store.load(conversation_id))

    def done(self) -> TurnDone:
        event = self.conversation.done(utcnow())
        seq = len(self.conversation.events) - 1
        try:
            self.store.record(self.conversation_id, seq, event)
        except (SQLAlchemyError, OSError) as exc:
            self.conversation.undo()
            raise _as_store_error(exc) from exc
        return event

    def undo(self) -> TurnDone:
        seq = len(self.conversation.events) - 1
        if seq < 0:
            return self.conversation.undo()  # raises: nothing to undo
        try:
            self.store.undo(self.conversation_id, seq)
        except (SQLAlchemyError, OSError) as exc:
            raise _as_store_error(exc) from exc
        return self.conversation.undo()

    def end(self) -> None:
        try:
            self.store.end(self.conversation_id)
        except (SQLAlchemyError, OSError) as exc:
            raise _as_store_error(exc) from exc

    def reopen(self) -> None:
        try:
            self.store.end(self.conversation_id, ended=False)
        except (SQLAlchemyError, OSError) as exc:
            raise _as_store_error(exc) from exc


def _as_store_error(exc: SQLAlchemyError | OSError) -> StoreError:
    if isinstance(exc, StoreError):
        return exc
    return StoreError(
        QT_TRANSLATE_NOOP(
            "StoreError",
            "The last step could not be saved, so it was not shown. Try again; "
            "if it keeps failing, the database may be unavailable.",
        )
    )
