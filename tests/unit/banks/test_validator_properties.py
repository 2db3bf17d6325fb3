"""Whatever bytes a bank file holds, the validator answers with problems, never an exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from circle_app.banks.transfer import bank_to_toml
from circle_app.banks.validator import check_bytes, check_text
from tests.unit.banks.test_validator import CONFLICT, VALID

PATH = Path("/banks/da/mutated.toml")


def assert_named(data: bytes) -> None:
    bank, problems = check_bytes(data, PATH)
    if bank is None:
        assert problems, "a refused file must say why"
    else:
        assert problems == []
    for problem in problems:
        line = str(problem)
        assert line.startswith(f"{PATH}:") or line.startswith(f"{PATH}: ")
        assert problem.line is None or problem.line >= 1
        assert problem.field
        assert problem.message


@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise_and_name_the_file(data: bytes) -> None:
    assert_named(data)


@given(st.text(max_size=500))
def test_arbitrary_text_never_raises_and_names_the_file(text: str) -> None:
    assert_named(text.encode("utf-8", "surrogatepass"))


def _mutations() -> st.SearchStrategy[bytes]:
    base = st.sampled_from([VALID.encode(), CONFLICT.encode()])

    @st.composite
    def mutate(draw: st.DrawFn) -> bytes:
        data = bytearray(draw(base))
        for _ in range(draw(st.integers(1, 6))):
            action = draw(st.sampled_from(["delete", "insert", "replace", "duplicate"]))
            at = draw(st.integers(0, len(data)))
            if action == "delete" and data:
                end = min(len(data), at + draw(st.integers(1, 40)))
                del data[at:end]
            elif action == "insert":
                piece = draw(
                    st.sampled_from(
                        [
                            b'"',
                            b"[",
                            b"]",
                            b"=",
                            b"\n",
                            b"[[prompts]]\n",
                            b"[bank]\n",
                            b'stage = "needs"\n',
                            b"ages = 3\n",
                            b'id = "one"\n',
                            b"\x00",
                            b"\xff",
                            b"\xe6",
                            b"text = '''\n",
                            b"#",
                            b"{",
                            b"prompts = 1\n",
                        ]
                    )
                )
                data[at:at] = piece
            elif action == "replace" and at < len(data):
                data[at] = draw(st.integers(0, 255))
            elif action == "duplicate":
                end = min(len(data), at + draw(st.integers(1, 200)))
                data[at:at] = data[at:end]
        return bytes(data)

    return mutate()


@given(_mutations())
def test_mutated_bank_files_never_raise_and_name_the_file(data: bytes) -> None:
    assert_named(data)


@given(
    st.lists(
        st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=120).filter(
            lambda t: t.strip() and t == t.strip()
        ),
        min_size=1,
        max_size=5,
    )
)
def test_any_prompt_text_survives_export_and_reload(texts: list[str]) -> None:
    bank, problems = check_text(VALID, PATH)
    assert bank is not None
    assert problems == []
    prompts = tuple(
        type(bank.prompts[0])(
            bank_id=bank.id,
            id=f"p{i}",
            text=text,
            language=bank.language,
            kind=bank.kind,
            ages=bank.prompts[0].ages,
        )
        for i, text in enumerate(texts)
    )
    changed = type(bank)(
        id=bank.id,
        language=bank.language,
        kind=bank.kind,
        title=bank.title,
        description=bank.description,
        path=PATH,
        prompts=prompts,
    )
    reloaded, problems = check_text(bank_to_toml(changed), PATH)
    assert problems == []
    assert reloaded is not None
    assert [p.text for p in reloaded.prompts] == texts
