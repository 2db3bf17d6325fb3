"""Print repeated prompts in bank folders: exact duplicates, then near-duplicate pairs.

    uv run python tools/bank_near_duplicates.py question_banks          # both languages
    uv run python tools/bank_near_duplicates.py question_banks/da extra.toml
    uv run python tools/bank_near_duplicates.py question_banks --jaccard 0.6 --ratio 0.85
    uv run python tools/bank_near_duplicates.py question_banks --pairs  # also da/en parity

Each language is compared with itself, across all its banks (the same rule as the tests in
tests/unit/banks/test_shipped_banks_edition2.py). Exit 1 when anything is found, so it can
run before a commit. Files with problems are listed and left out.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from circle_app.banks.similarity import (
    JACCARD_THRESHOLD,
    MAX_ADDED_WORDS,
    MIN_CONTENT_WORDS,
    MIN_SHARED_WORDS,
    OVERLAP_THRESHOLD,
    RATIO_THRESHOLD,
    Entry,
    exact_duplicates,
    near_duplicates,
)
from circle_app.banks.validator import check_files, check_pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parser.add_argument("--jaccard", type=float, default=JACCARD_THRESHOLD)
    parser.add_argument("--ratio", type=float, default=RATIO_THRESHOLD)
    parser.add_argument("--min-words", type=int, default=MIN_CONTENT_WORDS)
    parser.add_argument("--max-added", type=int, default=MAX_ADDED_WORDS)
    parser.add_argument("--min-shared", type=int, default=MIN_SHARED_WORDS)
    parser.add_argument("--overlap", type=float, default=OVERLAP_THRESHOLD)
    parser.add_argument(
        "--pairs",
        action="store_true",
        help="also list prompts without a counterpart in the other language (da/ and en/)",
    )
    args = parser.parse_args(argv)
    banks, problems = check_files(args.paths)
    for problem in problems:
        print(f"skipped: {problem}", file=sys.stderr)  # noqa: T201
    found = 0
    for language in sorted({bank.language for bank in banks}):
        entries = [
            Entry(f"{bank.id}/{prompt.id}", prompt.text)
            for bank in banks
            if bank.language == language
            for prompt in bank.prompts
        ]
        exact = exact_duplicates(entries)
        near = [
            pair
            for pair in near_duplicates(
                entries,
                language,
                jaccard_threshold=args.jaccard,
                ratio_threshold=args.ratio,
                min_content_words=args.min_words,
                max_added_words=args.max_added,
                min_shared_words=args.min_shared,
                overlap_threshold=args.overlap,
            )
            if pair.rule != "exact"
        ]
        print(f"== {language}: {len(entries)} prompts, {len(exact)} exact, {len(near)} near")  # noqa: T201
        for group in exact:
            print("exact:")  # noqa: T201
            for entry in group:
                print(f"  {entry.where}: {entry.text}")  # noqa: T201
        for pair in near:
            print(pair)  # noqa: T201
        found += len(exact) + len(near)
    if args.pairs:
        parity = check_pairs(banks)
        print(f"== pairs: {len(parity)} problem(s)")  # noqa: T201
        for problem in parity:
            print(problem)  # noqa: T201
        found += len(parity)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
