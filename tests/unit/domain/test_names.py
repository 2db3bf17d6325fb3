"""One person, however the name was typed: the form erasure and export match on."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from circle_app.domain.names import blank_name, find_name, mentions, name_key, normalise

NAME = "Zofia Quillbrook"
SPELLINGS = [
    "Zofia Quillbrook",
    "Zofia  Quillbrook",
    "Zofia\u00a0Quillbrook",
    "zofia QUILLBROOK",
    "Quillbrook, Zofia",
    "Quillbrook,Zofia",
    " Zofia\tQuillbrook ",
    "Ｚｏｆｉａ Quillbrook",  # full-width letters: NFKC
    "Zofia\u200b Quillbrook",  # a zero-width space pasted in
]

words = st.text(
    alphabet=st.characters(categories=("L",), exclude_characters="\u0130\u0131ſ"),
    min_size=1,
    max_size=8,
)
spaces = st.sampled_from([" ", "  ", "\u00a0", "\t", " \u00a0 ", "\u2009"])


def test_every_spelling_of_a_name_has_one_key() -> None:
    """issue 12, finding 3: two spaces, NBSP, case, "Surname, First" are one person."""
    assert {name_key(spelling) for spelling in SPELLINGS} == {"zofia quillbrook"}
    assert name_key("Quillbrook, Zofia Marie") == name_key("Zofia Marie Quillbrook")
    assert name_key("Zofia") != name_key(NAME)


def test_every_spelling_is_found_and_blanked_in_a_sentence() -> None:
    """issue 12, finding 3: free text is matched on the normalised form."""
    for spelling in SPELLINGS:
        text = f"Bilal walks home with {spelling} on Fridays."
        assert mentions(text, NAME), spelling
        blanked = blank_name(text, NAME, "—")
        assert "uillbrook" not in blanked.casefold(), spelling
        assert blanked.startswith("Bilal walks home with ")
        assert blanked.endswith(" on Fridays.")


def test_only_the_whole_name_is_matched() -> None:
    """issue 12, finding 3: a first name alone, or a longer word, is not the person."""
    assert not mentions("Zofia was there", NAME)
    assert not mentions("Zofia Quillbrookson was there", NAME)
    assert not mentions("AZofia Quillbrook", NAME)
    assert blank_name("Zofia was there", NAME, "—") == "Zofia was there"
    assert find_name("", NAME) == []
    assert find_name("anything", "   ") == []


@given(first=words, surname=words, gap=spaces, upper=st.booleans(), reverse=st.booleans())
def test_spellings_of_one_name_share_the_key(
    first: str, surname: str, gap: str, upper: bool, reverse: bool
) -> None:
    """issue 12, finding 3: spacing, case and order never make two people of one."""
    name = f"{first} {surname}"
    typed = f"{surname},{gap}{first}" if reverse else f"{first}{gap}{surname}"
    if upper:
        typed = typed.upper()
    assert name_key(typed) == name_key(name)
    assert mentions(f"with {typed}.", name)


@given(text=st.text(max_size=40), name=st.text(max_size=20))
def test_normalising_is_idempotent_and_blanking_leaves_no_match(text: str, name: str) -> None:
    """issue 12, finding 3: after blanking, the name cannot be found any more."""
    assert normalise(normalise(text)) == normalise(text)
    assert name_key(name_key(name)) == name_key(name)
    blanked = blank_name(text, name, "—")
    assert find_name(blanked, name) == []
    if not find_name(text, name):
        assert blanked == text


@given(before=st.text(max_size=20), after=st.text(max_size=20), first=words, surname=words)
@example(before="", after="", first="A", surname="\ufdfa")  # NFKC makes it four words
def test_a_whole_name_between_other_words_is_always_found(
    before: str, after: str, first: str, surname: str
) -> None:
    """issue 12, finding 3: whatever surrounds it, a whole name set apart is found."""
    name = f"{first} {surname}"
    assert mentions(f"{before} {surname}, {first} {after}", name)
    assert mentions(f"{before} {name} {after}", name)
