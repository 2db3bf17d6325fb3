"""Names as the store keeps them (spacing collapsed; hidden characters and length refused),
and the seats of a group's people, shared by the roster editor and the import."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from circle_app.domain.name_rules import PERSON_NAME_MAX, character_refusal, collapse
from circle_app.store.engine import QT_TRANSLATE_NOOP, StoreError
from circle_app.store.models import MembershipRow


def checked_name(text: str, *, limit: int = PERSON_NAME_MAX) -> str:
    """The name to store, spacing collapsed; StoreError if it holds a control, bidi or
    zero-width character or is longer than `limit` (domain.name_rules)."""
    name = collapse(text)
    refusal = character_refusal(name)
    if refusal is not None:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The name was not saved: it holds an invisible or control character "
                "(U+{code}) at character {position}. Type it again without.",
            ),
            **refusal.params,
        )
    if len(name) > limit:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The name was not saved: it is {length} characters long, and at most {limit} "
                "are allowed.",
            ),
            length=len(name),
            limit=limit,
        )
    return name


def next_seat(session: Session, group_id: int) -> int:
    highest = session.scalars(
        select(func.max(MembershipRow.seat)).where(MembershipRow.group_id == group_id)
    ).one()
    return 0 if highest is None else highest + 1


def renumber(session: Session, group_id: int) -> None:
    memberships = session.scalars(
        select(MembershipRow)
        .where(MembershipRow.group_id == group_id, MembershipRow.left_on.is_(None))
        .order_by(MembershipRow.seat)
    ).all()
    for seat, membership in enumerate(memberships):
        membership.seat = seat
        session.add(membership)


def commit_named(session: Session, name: str) -> None:
    try:
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        if name:
            raise StoreError(
                QT_TRANSLATE_NOOP("StoreError", "There is already a group called “{name}”."),
                name=name,
            ) from exc
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "That person is already in the group.")
        ) from exc
