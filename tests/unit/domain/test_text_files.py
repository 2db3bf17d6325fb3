"""One way to read the text files people bring (class lists and bank spreadsheets alike):
the encoding found, the separator found, and a file that cannot be read named by its line."""

from __future__ import annotations

import pytest

from circle_app.domain.text_files import (
    MixedEncodingError,
    decode_text,
    error_line,
    peek,
    sniff_separator,
)


@pytest.mark.parametrize(
    ("text", "separator"),
    [
        ("navn;klasse\nAsta;4.a\n", ";"),
        ("name,class\nAsta,4.a\n", ","),
        ("navn\tklasse\nAsta\t4.a\n", "\t"),
        ("Hvad er din drøm?\n", ","),  # nothing to split on: one column
        ('"Hansen; Asta",4.a\n"Ibsen; Bo",4.b\n', ","),  # inside quotes it is text
        # Questions are prose: their commas outnumber the columns' semicolons.
        ("Hvad, hvem, hvor?;indskoling\nHvem, hvad?;mellemtrin\n", ";"),
        # Surnames first, in a tab-separated list: a comma in every name, a tab between columns.
        ("Hansen, Asta\t4.a\nIbsen, Bo\t4.b\n", "\t"),
        # A semicolon in the first question only, commas between the columns of every row.
        ("Hvad; og hvorfor?,mellemtrin\nHvem hjalp dig?,indskoling\n", ","),
        # Rows of uneven length: the first line decides, the separator used most there.
        ("navn;klasse;note\nAsta;4.a\n", ";"),
        # A quoted cell over two lines is one row, not two.
        ('tekst;aldre\n"Hvad, hvem,\nhvor?";indskoling\n', ";"),
    ],
)
def test_the_separator_is_the_one_every_row_uses(text: str, separator: str) -> None:
    """issue 13: one separator rule for class lists and bank spreadsheets."""
    assert sniff_separator(text) == separator


def test_a_mixed_file_names_its_first_line_that_is_not_utf8_and_the_byte() -> None:
    data = "navn\nSøren\n".encode() + "Åse\n".encode("cp1252")
    with pytest.raises(MixedEncodingError) as caught:
        decode_text(data)
    assert (caught.value.line, caught.value.byte) == (3, "C5")


def test_a_bom_file_with_a_line_that_is_not_utf8_is_mixed_too() -> None:
    data = "\ufeffnavn\nSøren\n".encode() + "Åse\n".encode("cp1252")
    with pytest.raises(MixedEncodingError) as caught:
        decode_text(data)
    assert (caught.value.line, caught.value.byte) == (3, "C5")


def test_a_broken_utf16_file_names_the_line_in_its_own_encoding() -> None:
    data = "navn\nAsta\nBo\n".encode("utf-16") + b"\x00\xd8"  # a lone surrogate on line 4
    with pytest.raises(UnicodeDecodeError) as caught:
        decode_text(data)
    assert error_line(data, caught.value) == 4


def test_peek_reads_a_header_in_any_of_the_encodings_and_never_raises() -> None:
    for encoding in ("utf-8", "utf-8-sig", "utf-16", "cp1252"):
        head = '[plan]\nid = "dag"\ntitle = "Første dag"\n'.encode(encoding)[:20]
        assert peek(head).startswith("[plan]")
    assert peek(b"\xff\xfe\x00").strip("\ufffd") == ""  # half a character: nothing
