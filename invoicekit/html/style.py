"""The stylesheet of the HTML documents: the brand's accent and font, web-safe fallbacks.

One stylesheet serves both modes. In e-mail mode it is inlined into ``style`` attributes
(css-inline) and also kept in the head for the clients that read media queries, so narrow
screens reflow the tables into labelled rows; in page mode it stays a stylesheet, with an
``@media print`` part for paper.
"""

from __future__ import annotations

import re

# Fonts every mail client and browser can be expected to have, per script, before the
# generic family: a brand's own web font may be missing on the reader's machine.
_FALLBACKS = {
    "ar": 'Tahoma, "Geeza Pro", "Noto Sans Arabic", Arial, sans-serif',
    "he": 'Arial, "Noto Sans Hebrew", sans-serif',
    "ja": '"Hiragino Sans", "Yu Gothic", Meiryo, "Noto Sans CJK JP", sans-serif',
    "zh": '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
    "ko": '"Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", sans-serif',
    "hi": '"Nirmala UI", "Kohinoor Devanagari", "Noto Sans Devanagari", sans-serif',
    "th": 'Tahoma, "Leelawadee UI", "Noto Sans Thai", sans-serif',
}
_LATIN = '"Helvetica Neue", Helvetica, Arial, "Noto Sans", sans-serif'
TEXT = "#1a1a1a"
GREY = "#595959"  # 7.0:1 on white: labels stay readable (WCAG AA asks 4.5:1)
RULE = "#d0d0d0"


def font_stack(language: str, brand_family: str | None) -> str:
    """The CSS ``font-family`` for ``language``: the brand's font, then web-safe fallbacks."""
    fallback = _FALLBACKS.get(language, _LATIN)
    if brand_family:
        # a family name is letters, digits, spaces and hyphens: nothing that could end the
        # declaration or the <style> element it stands in
        quoted = '"' + re.sub(r"[^\w \-]", "", brand_family) + '"'
        return f"{quoted}, {fallback}"
    return fallback


def tint(accent: str) -> str:
    """A pale version of the accent for table headers (as the PDF's: 12 % of the colour)."""
    value = accent.lstrip("#")
    channels = (int(value[k : k + 2], 16) for k in (0, 2, 4))
    return "#" + "".join(f"{round(224 + 0.12 * c):02x}" for c in channels)


def stylesheet(accent: str, fonts: str, *, page: bool) -> str:
    """The CSS of a document in ``accent`` with the ``fonts`` stack (``page``: with print rules)."""
    band = tint(accent)
    css = _page_rules(accent, fonts) + _table_rules(accent, band) + _closing_rules(accent)
    css += _narrow_rules()
    if page:
        css += _print_rules()
    return css


def _page_rules(accent: str, fonts: str) -> str:
    """The body, the brand name, the title, the labels and the headings."""
    return f"""
body {{
  margin: 0;
  padding: 0;
  background: #ffffff;
  color: {TEXT};
  font-family: {fonts};
  font-size: 14px;
  line-height: 1.45;
}}
.wrap {{ width: 100%; border-collapse: collapse; }}
.doc {{ width: 100%; max-width: 680px; margin: 0 auto; border-collapse: collapse; }}
.pad {{ padding: 12px 16px; }}
.brandname {{ color: {accent}; font-size: 20px; font-weight: bold; }}
.title {{ color: {accent}; font-size: 24px; font-weight: bold; margin: 0; }}
.number {{ font-weight: bold; }}
.end {{ text-align: end; }}
.label {{ color: {GREY}; font-size: 12px; font-weight: bold; }}
.second {{ color: {GREY}; font-size: 11px; font-weight: normal; display: block; }}
.heading {{ color: {accent}; font-size: 13px; font-weight: bold; margin: 0 0 4px 0; }}
.greeting {{ font-size: 15px; margin: 0 0 2px 0; }}
"""


def _table_rules(accent: str, band: str) -> str:
    """The key-value panels, the line grid with its ``band`` header and the totals."""
    return f""".kv {{ border-collapse: collapse; width: 100%; }}
.kv th {{
  text-align: start;
  vertical-align: baseline;
  padding: 2px 12px 2px 0;
  color: {GREY};
  font-size: 12px;
  width: 40%;
}}
.kv td {{ vertical-align: baseline; padding: 2px 0; }}
.grid {{ border-collapse: collapse; width: 100%; }}
.grid th {{
  background: {band};
  color: {TEXT};
  font-size: 12px;
  text-align: start;
  vertical-align: bottom;
  padding: 6px;
  border-bottom: 2px solid {accent};
}}
.grid td {{ padding: 6px; vertical-align: top; border-bottom: 1px solid {RULE}; }}
.grid .num {{ text-align: end; white-space: nowrap; }}
.detail {{ color: {GREY}; font-size: 12px; display: block; }}
.totals {{ border-collapse: collapse; width: 100%; }}
.totals th {{ text-align: end; font-weight: normal; padding: 3px 12px 3px 0; }}
.totals td {{ text-align: end; white-space: nowrap; padding: 3px 0; width: 1%; }}
.totals .strong th, .totals .strong td {{ font-weight: bold; }}
[dir="rtl"] .kv th {{ padding: 2px 0 2px 12px; }}
[dir="rtl"] .totals th {{ padding: 3px 0 3px 12px; }}
.totals .payable th, .totals .payable td {{
  color: {accent};
  font-weight: bold;
  font-size: 16px;
  border-top: 2px solid {accent};
  padding-top: 6px;
}}
"""


def _closing_rules(accent: str) -> str:
    """Notes, the small print, the logo, links and the payment QR code."""
    return f""".note {{ margin: 0 0 6px 0; }}
.small {{ color: {GREY}; font-size: 12px; }}
.logo {{ display: block; border: 0; max-width: 160px; height: auto; }}
a {{ color: {accent}; }}
.qrbox {{ text-align: end; }}
.qr {{ display: inline-block; border: 0; }}
"""


def _narrow_rules() -> str:
    """Below 600 px the line grid becomes one block a line, each cell labelled."""
    return f"""@media (max-width: 600px) {{
  .pad {{ padding: 10px 10px !important; }}
  .grid thead {{ display: none !important; }}
  .grid, .grid tbody, .grid tr, .grid td {{ display: block !important; width: auto !important; }}
  .grid tr {{ border-bottom: 1px solid {RULE} !important; padding: 4px 0 !important; }}
  .grid td {{
    border: 0 !important;
    padding: 2px 6px !important;
    text-align: end !important;
    white-space: normal !important;
  }}
  .grid td[data-label]::before {{
    content: attr(data-label);
    float: inline-start;
    color: {GREY};
    font-size: 12px;
    padding-inline-end: 8px;
  }}
  .grid td.desc {{ text-align: start !important; font-weight: bold; }}
  .grid td.empty {{ display: none !important; }}
}}
"""


def _print_rules() -> str:
    """Printing a shop's page: no width cap, plain links, rows kept whole, 15 mm margins."""
    return f"""
@media print {{
  body {{ font-size: 10pt; }}
  .doc {{ max-width: none; }}
  a {{ color: {TEXT}; text-decoration: none; }}
  .grid th {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
  tr, .keep {{ break-inside: avoid; }}
  thead {{ display: table-header-group; }}
}}
@page {{ margin: 15mm; }}
"""
