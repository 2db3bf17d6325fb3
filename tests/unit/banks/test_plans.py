"""Plan files (issue 16, "Circles with a shape"): checked like a bank, FILE:LINE: field."""

from __future__ import annotations

from pathlib import Path

import pytest

from circle_app.banks.loader import BankLibrary
from circle_app.banks.plans import PlanLibrary, check_plan_text, check_plans
from circle_app.cli import main
from circle_app.domain.enums import CircleKind, Stage
from circle_app.domain.plan import RoundPrompt
from circle_app.paths import question_banks_dir

PLAN = """\
[plan]
id = "mine"
kind = "peacetime"
title = { da = "Min plan", en = "My plan" }

[[rounds]]
from = "checkin"

[[rounds]]
from = "main"
bank = "peacetime-memories"

[[rounds]]
from = "fixed"
prompt = "checkout/word-to-take-along"
"""


@pytest.fixture(scope="module")
def shipped() -> BankLibrary:
    return BankLibrary.load(question_banks_dir(), Path("/nonexistent"))


def test_shipped_plans_are_valid_and_cover_every_kind_of_circle(shipped: BankLibrary) -> None:
    plans = PlanLibrary.load(question_banks_dir(), None, shipped.banks)
    assert plans.problems == ()
    assert {plan.kind for plan in plans.plans} == set(CircleKind)
    conflict = plans.for_kind(CircleKind.CONFLICT)[0]
    assert conflict.rounds[0].prompt is RoundPrompt.CHECKIN
    assert conflict.rounds[-1].prompt is RoundPrompt.CHECKOUT
    assert conflict.stages[1:5] == tuple(Stage)


def test_plan_files_are_not_read_as_banks(shipped: BankLibrary) -> None:
    """The plans folder sits beside da/ and en/; the banks loader skips it."""
    assert shipped.problems == ()
    assert all(bank.path.parent.name in ("da", "en") for bank in shipped.banks)


def test_a_valid_plan_file_gives_its_plan(shipped: BankLibrary) -> None:
    plan, problems = check_plan_text(PLAN, Path("mine.toml"), shipped.banks)
    assert problems == []
    assert plan is not None
    assert [r.prompt for r in plan.rounds] == [
        RoundPrompt.CHECKIN,
        RoundPrompt.MAIN,
        RoundPrompt.FIXED,
    ]
    assert plan.title("da") == "Min plan"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('kind = "peacetime"', 'kind = "party"'), "mine.toml:3: plan.kind: must be one of"),
        (('en = "My plan" ', ""), "mine.toml:4: plan.title.en: is missing"),
        (('from = "checkin"', 'from = "opening"'), "mine.toml:7: rounds[1].from: must be one of"),
        (
            ('prompt = "checkout/word-to-take-along"', 'prompt = "word-to-take-along"'),
            "mine.toml:15: rounds[3].prompt: a fixed round names its prompt as BANK/PROMPT",
        ),
        (
            ('from = "checkin"', 'from = "checkin"\nstage = "needs"'),
            "mine.toml:8: rounds[1].stage: only a conflict circle's main rounds have a stage",
        ),
        (('id = "mine"', 'id = "my plan"'), "mine.toml:2: plan.id: must be letters"),
        (('[[rounds]]\nfrom = "checkin"', '[[rounds]\nfrom = "checkin"'), "mine.toml:6: toml:"),
    ],
)
def test_a_broken_plan_names_file_line_and_field(
    shipped: BankLibrary, change: tuple[str, str], expected: str
) -> None:
    text = PLAN.replace(*change)
    if change[1] == "":
        text = PLAN.replace(', en = "My plan"', "")
    plan, problems = check_plan_text(text, Path("mine.toml"), shipped.banks)
    assert plan is None
    assert any(str(problem).startswith(expected) for problem in problems), problems


def test_m4_conflict_plan_file_with_a_stage_left_out_is_refused(shipped: BankLibrary) -> None:
    text = (question_banks_dir() / "plans" / "conflict.toml").read_text("utf-8")
    broken = text.replace('[[rounds]]\nfrom = "main"\nstage = "needs"\n\n', "")
    plan, problems = check_plan_text(broken, Path("c.toml"), shipped.banks)
    assert plan is None
    assert [p.field for p in problems] == ["rounds"]
    assert "four stages in order" in problems[0].message


def test_a_plan_naming_a_prompt_or_bank_missing_in_one_language_is_refused(
    shipped: BankLibrary,
) -> None:
    text = PLAN.replace("peacetime-memories", "peacetime-dreams").replace(
        "word-to-take-along", "no-such-prompt"
    )
    plan, problems = check_plan_text(text, Path("mine.toml"), shipped.banks)
    assert plan is None
    lines = {str(p) for p in problems}
    assert "mine.toml:11: rounds[2].bank: no bank peacetime-dreams in da" in lines
    assert "mine.toml:11: rounds[2].bank: no bank peacetime-dreams in en" in lines
    assert (
        "mine.toml:15: rounds[3].prompt: no prompt checkout/no-such-prompt in the en banks" in lines
    )


def test_a_duplicate_plan_id_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "a.toml").write_text(PLAN, "utf-8")
    (folder / "b.toml").write_text(PLAN, "utf-8")
    plans, problems = check_plans([tmp_path])
    assert [plan.id for plan in plans] == ["mine"]
    assert [str(p) for p in problems] == [
        f"{folder / 'b.toml'}:2: plan.id: duplicate plan id 'mine' (already used by "
        f"{folder / 'a.toml'}); this file was skipped"
    ]


def test_banks_validate_checks_plans_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`banks validate` on the shipped folder checks banks and plans, and on a broken
    plan prints FILE:LINE: field: message and exits 1."""
    assert main(["banks", "validate", str(question_banks_dir())]) == 0
    err = capsys.readouterr().err
    assert "5 plans" in err
    bad = tmp_path / "plans" / "bad.toml"
    bad.parent.mkdir()
    bad.write_text(PLAN.replace('from = "main"', 'from = "middle"'), "utf-8")
    assert main(["banks", "validate", str(question_banks_dir()), str(bad)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{bad}:10: rounds[2].from: must be one of checkin, main,")


def test_banks_validate_prints_plan_problems_in_danish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(PLAN.replace(', en = "My plan"', ""), "utf-8")
    assert main(["banks", "validate", "--language", "da", str(question_banks_dir()), str(bad)]) == 1
    out = capsys.readouterr().out
    assert out == f"{bad}:4: plan.title.en: mangler\n"
