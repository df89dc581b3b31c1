"""Write the example folder of the README section "Workbooks and several lists":
the shipped list as an office keeps it (teikei_H28-09.xlsx: one sheet per prefecture,
a No. column, 自治体名 merged down, page title and date above each header) beside a copy
of the text list. Needs the test extra (openpyxl).

    .venv/bin/python scripts/example_workbooks.py FOLDER
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.workbook_files import DATA, by_prefecture, write_xlsx  # noqa: E402


def main(folder: str) -> None:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    write_xlsx(out / "teikei_H28-09.xlsx", *by_prefecture(merged=True))
    shutil.copyfile(DATA, out / DATA.name)
    print(f"wrote {out / 'teikei_H28-09.xlsx'} and {out / DATA.name}")


if __name__ == "__main__":
    main(sys.argv[1])
