"""Repeated prompts: the same question twice, word for word or in two wordings.

Used by the shipped-bank tests and by `tools/bank_near_duplicates.py` (curators run it
on a folder before they commit). Pure Python, no Qt.

*Exact* duplicates compare `normalise(text)`: Unicode NFKC, case folded, whitespace
collapsed, trailing punctuation stripped.

*Near* duplicates compare content words: the words of the normalised text minus a short
list of function words per language (question words, pronouns, auxiliaries, articles,
prepositions); the rules are in `near_duplicates`.

The thresholds and why they are where they are: see `tests/unit/banks/
test_shipped_banks_edition2.py`, which calibrated them on the first edition's banks.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

JACCARD_THRESHOLD = 0.75
MIN_CONTENT_WORDS = 3
RATIO_THRESHOLD = 0.8
MAX_ADDED_WORDS = 1
MIN_SHARED_WORDS = 5
OVERLAP_THRESHOLD = 0.7
#: Two words sharing this many first letters count as one word inflected (voksen/voksne).
INFLECTION_PREFIX = 4

_SPACE = re.compile(r"\s+")
_TRAILING = re.compile(r"[\s\.,;:!?…\-–—\"'»«”“’)]+$")
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Function words: what every question shares, so it says nothing about its meaning.
STOPWORDS: dict[str, frozenset[str]] = {
    "da": _words(
        """
        af alle alt at bare blev blive bliver da de dem den denne der deres det dette dig
        din dine dit du efter eller en end er et for fra få gerne går gør ham hans har have
        hende hendes her hvad hvem hvilke hvilken hvilket hvis hvor hvordan hvorfor i ikke
        ind jeg jer jeres kan kunne lige man med meget mere mest mig min mine mit mod må
        nogen noget nogle nu når og også om op os på sig sin sine sit skal skulle som så til
        ud under var vi vil ville være været én ét
        """
    ),
    "en": _words(
        """
        a about all also am an and any are as at be been being but by can could did do does
        don't each for from had has have he her him his how i i'm if in into is it it's its
        just let's may me more most my next now of on one or our out please she so some
        something that that's the their them then there there's they this to up us was we
        were what what's when where which who whom why will with would you you're your yours
        """
    ),
}


def normalise(text: str) -> str:
    """The text as compared: NFKC, case folded, whitespace collapsed, no end punctuation."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    collapsed = _SPACE.sub(" ", folded).strip()
    return _TRAILING.sub("", collapsed)


def content_words(text: str, language: str) -> frozenset[str]:
    """The words of the normalised text that carry meaning (function words left out)."""
    stop = STOPWORDS.get(language, frozenset())
    return frozenset(word for word in _WORD.findall(normalise(text)) if word not in stop)


def _inflected(a: str, b: str) -> bool:
    size = min(len(a), len(b))
    return size >= INFLECTION_PREFIX and a[:INFLECTION_PREFIX] == b[:INFLECTION_PREFIX]


def _unmatched(a: frozenset[str], b: frozenset[str]) -> tuple[set[str], set[str]]:
    """The content words of each side left when shared and inflected words are paired off."""
    left, right = set(a - b), set(b - a)
    for word in sorted(left):
        twin = next((other for other in sorted(right) if _inflected(word, other)), None)
        if twin is not None:
            left.discard(word)
            right.discard(twin)
    return left, right


def _is_question(text: str) -> bool:
    return text.rstrip().rstrip("\"'»”’)").endswith("?")


@dataclass(frozen=True, slots=True)
class Entry:
    """One prompt as compared: where it is (`bank/prompt`) and its text."""

    where: str
    text: str


@dataclass(frozen=True, slots=True)
class Pair:
    first: Entry
    second: Entry
    jaccard: float
    ratio: float
    rule: str  # "exact", "words", "shared" or "wording"

    def __str__(self) -> str:
        return (
            f"{self.rule}: jaccard {self.jaccard:.2f}, ratio {self.ratio:.2f}\n"
            f"  {self.first.where}: {self.first.text}\n"
            f"  {self.second.where}: {self.second.text}"
        )


def exact_duplicates(entries: Iterable[Entry]) -> list[list[Entry]]:
    """Groups of two or more entries whose normalised texts are equal."""
    groups: dict[str, list[Entry]] = {}
    for entry in entries:
        groups.setdefault(normalise(entry.text), []).append(entry)
    return [group for group in groups.values() if len(group) > 1]


def near_duplicates(
    entries: Sequence[Entry],
    language: str,
    *,
    jaccard_threshold: float = JACCARD_THRESHOLD,
    ratio_threshold: float = RATIO_THRESHOLD,
    min_content_words: int = MIN_CONTENT_WORDS,
    max_added_words: int = MAX_ADDED_WORDS,
    min_shared_words: int = MIN_SHARED_WORDS,
    overlap_threshold: float = OVERLAP_THRESHOLD,
) -> list[Pair]:
    """Pairs that ask the same thing in (nearly) the same words; exact repeats included.

    - *exact*: the normalised texts are equal;
    - *words*: both have at least `min_content_words` content words, their content-word
      sets overlap by a Jaccard index of at least `jaccard_threshold`, and both are
      questions or both are not (an affective statement and a question may share words
      and still do different things);
    - *wording*: the normalised texts have a difflib ratio of at least `ratio_threshold`,
      and their content words differ only by inflection (a shared first
      `INFLECTION_PREFIX` letters) and by at most `max_added_words` words added on one
      side — never by a word swapped for another ("… ved sne?" / "… ved sommer?");
    - *shared*: long prompts sharing at least `min_shared_words` content words, which are
      at least `overlap_threshold` of the shorter one's (the same request re-worded).
    """
    prepared = [
        (normalise(entry.text), content_words(entry.text, language), _is_question(entry.text))
        for entry in entries
    ]
    # Only pairs sharing a content word (or the same text) can be near-duplicates: an index
    # keeps the comparisons to those, so a language's whole collection takes a moment.
    by_word: dict[str, list[int]] = {}
    by_text: dict[str, list[int]] = {}
    for index, (text, words, _question) in enumerate(prepared):
        by_text.setdefault(text, []).append(index)
        for word in words:
            by_word.setdefault(word, []).append(index)
    candidates: set[tuple[int, int]] = set()
    for group in (*by_word.values(), *by_text.values()):
        candidates.update(combinations(group, 2))
    pairs: list[Pair] = []
    matcher: difflib.SequenceMatcher[str] = difflib.SequenceMatcher(autojunk=False)
    for i, j in sorted(candidates):
        a_text, a_words, a_question = prepared[i]
        b_text, b_words, b_question = prepared[j]
        union = a_words | b_words
        jaccard = len(a_words & b_words) / len(union) if union else 1.0
        rule = ""
        ratio = 0.0
        if a_text == b_text:
            rule, ratio = "exact", 1.0
        elif (
            a_question == b_question
            and len(a_words) >= min_content_words
            and len(b_words) >= min_content_words
            and jaccard >= jaccard_threshold
        ):
            rule = "words"
        elif (
            len(a_words & b_words) >= min_shared_words
            and len(a_words & b_words) / min(len(a_words), len(b_words)) >= overlap_threshold
        ):
            rule = "shared"
        else:
            left, right = _unmatched(a_words, b_words)
            if (not left or not right) and len(left | right) <= max_added_words:
                ratio = _ratio(matcher, a_text, b_text, ratio_threshold)
                if ratio >= ratio_threshold:
                    rule = "wording"
        if rule in ("words", "shared"):
            ratio = difflib.SequenceMatcher(None, a_text, b_text, autojunk=False).ratio()
        if rule:
            pairs.append(Pair(entries[i], entries[j], jaccard, ratio, rule))
    return pairs


def _ratio(matcher: difflib.SequenceMatcher[str], a: str, b: str, threshold: float) -> float:
    """difflib's ratio, or 0.0 when the cheap upper bounds already fall short of `threshold`."""
    matcher.set_seqs(a, b)
    if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
        return 0.0
    return matcher.ratio()
