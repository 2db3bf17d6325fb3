"""Ship the icons the code names, as SVG files, from their npm package (issue 20).

The code names an icon as qtawesome did ("mdi6.feather"); the app draws
resources/icons/mdi6/feather.svg (circle_app/ui/support/icons.py). This script finds every
such name in circle_app/, fetches the icon set's npm package with `npm pack` (the version
whose glyphs qtawesome drew), copies exactly the SVGs named, removes the ones no longer
named, and puts the set's licence beside them. node_modules is never made or committed.

    uv run python tools/icons.py update                  # after naming a new icon
    uv run python tools/icons.py update --tarball X.tgz  # from a package already packed
    uv run python tools/icons.py check                   # every name shipped, nothing more
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).parents[1]
ICONS = ROOT / "resources" / "icons"


@dataclass(frozen=True)
class IconSet:
    package: str  # npm name@version
    svg_folder: str  # inside the package
    licence: str  # the licence file inside the package
    notice: str


SETS = {
    # qtawesome 1.4's "mdi6" prefix is the Material Design Icons 6.9.96 font.
    "mdi6": IconSet(
        package="@mdi/svg@6.9.96",
        svg_folder="package/svg",
        licence="package/LICENSE",
        notice=(
            "Material Design Icons 6.9.96 by Pictogrammers (https://pictogrammers.com),\n"
            "from the npm package @mdi/svg@6.9.96, unchanged. Icons: Apache License 2.0\n"
            "(https://www.apache.org/licenses/LICENSE-2.0). The package's licence follows.\n"
        ),
    ),
}
NAME = re.compile(r"""["'](""" + "|".join(SETS) + r""")\.([a-z0-9][a-z0-9-]*)["']""")


def used_names(source: Path = ROOT / "circle_app") -> dict[str, set[str]]:
    """Each icon set's glyphs the code names, by prefix."""
    used: dict[str, set[str]] = {prefix: set() for prefix in SETS}
    for path in sorted(source.rglob("*.py")):
        for prefix, glyph in NAME.findall(path.read_text(encoding="utf-8")):
            used[prefix].add(glyph)
    return used


def _pack(package: str, folder: Path) -> Path:
    result = subprocess.run(
        ["npm", "pack", package, "--silent", "--pack-destination", str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    return folder / result.stdout.strip().splitlines()[-1]


def update(prefix: str, glyphs: set[str], tarball: Path | None) -> None:
    if tarball is not None:
        _copy(prefix, glyphs, tarball)
        return
    with tempfile.TemporaryDirectory() as folder:
        _copy(prefix, glyphs, _pack(SETS[prefix].package, Path(folder)))


def _copy(prefix: str, glyphs: set[str], tarball: Path) -> None:
    """The named SVGs, byte for byte, and the licence; the SVGs no longer named go."""
    spec = SETS[prefix]
    target = ICONS / prefix
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(tarball) as package:
        for glyph in sorted(glyphs):
            member = package.extractfile(f"{spec.svg_folder}/{glyph}.svg")
            if member is None:
                raise SystemExit(f"{spec.package} has no {glyph}.svg")
            (target / f"{glyph}.svg").write_bytes(member.read())
        licence = package.extractfile(spec.licence)
        assert licence is not None
        text = licence.read().decode("utf-8")
    (target / "LICENSE").write_text(f"{spec.notice}\n{text}", encoding="utf-8")
    for svg in target.glob("*.svg"):
        if svg.stem not in glyphs:
            svg.unlink()
    print(f"{prefix}: {len(glyphs)} icons from {spec.package}")  # noqa: T201


def problems(used: dict[str, set[str]]) -> list[str]:
    found = []
    for prefix, glyphs in used.items():
        shipped = {svg.stem for svg in (ICONS / prefix).glob("*.svg")}
        found += [f"{prefix}.{glyph}: named in the code, not shipped" for glyph in glyphs - shipped]
        found += [f"{prefix}.{glyph}: shipped, named nowhere" for glyph in shipped - glyphs]
        if shipped and not (ICONS / prefix / "LICENSE").is_file():
            found.append(f"{prefix}: no LICENSE")
    return sorted(found)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["update", "check"])
    parser.add_argument("--tarball", type=Path, help="an npm pack of the set's package")
    args = parser.parse_args(argv)
    used = used_names()
    if args.action == "update":
        for prefix, glyphs in used.items():
            if glyphs:
                update(prefix, glyphs, args.tarball)
    found = problems(used)
    for line in found:
        print(line)  # noqa: T201
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
