"""The PDF's look, shared by its parts: the bundled fonts, the colours, the page's geometry and the paragraph styles.

Pages are A4, but everything is drawn inside the 210 × 279.4 mm box that A4 and US Letter share, so the file
prints on either paper at actual size or scaled to fit.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS = Path(__file__).resolve().parent.parent / "fonts"
FONT, BOLD, ITALIC, BOLD_ITALIC = "Roboto", "Roboto-Bold", "Roboto-Italic", "Roboto-BoldItalic"

TEAL, TEAL_DARK, TEAL_DEEP = HexColor("#009688"), HexColor("#00796B"), HexColor("#004D40")
TEAL_LIGHT, TEAL_LINE = HexColor("#E0F2F1"), HexColor("#B2DFDB")
INK, MUTED, ACCENT_LIGHT, NOT_USED = HexColor("#212121"), HexColor("#616161"), HexColor("#FBE9E7"), HexColor("#EEEEEE")

PAGE_W, PAGE_H = A4
SHARED_H = 279.4 * mm  # US Letter's height; A4 is the narrower of the two, so its width is shared
SAFE_Y = (PAGE_H - SHARED_H) / 2  # what A4 has above and below the shared box
MARGIN_X = 16 * mm
FRAME_BOTTOM = SAFE_Y + 19 * mm
FRAME_TOP = PAGE_H - SAFE_Y - 13 * mm
WIDTH = PAGE_W - 2 * MARGIN_X
TARGET_SIZE = 6.8


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in ((FONT, "Regular"), (BOLD, "Bold"), (ITALIC, "Italic"), (BOLD_ITALIC, "BoldItalic")):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f"Roboto-{file}.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK, spaceAfter=5)
    small = ParagraphStyle("small", body, fontSize=8, leading=10.5, spaceAfter=0)
    return {
        "body": body,
        "small": small,
        "cell": ParagraphStyle("cell", small, fontSize=8.2, leading=10.4),
        "cell_head": ParagraphStyle("cell_head", small, fontName=BOLD, textColor=TEAL_DEEP),
        # A log sheet's small print under an exercise's name: sets, warm-ups, rest and rule, set close.
        "log_detail": ParagraphStyle("log_detail", small, fontSize=7, leading=8.6, textColor=MUTED),
        "target": ParagraphStyle("target", small, fontSize=TARGET_SIZE, leading=8, textColor=MUTED),
        "muted": ParagraphStyle("muted", small, textColor=MUTED),
        "bullet": ParagraphStyle("bullet", body, leftIndent=12, bulletIndent=2, spaceAfter=3),
        "title": ParagraphStyle("title", body, fontName=BOLD, fontSize=22, leading=27, textColor=white, spaceAfter=4),
        "lead": ParagraphStyle("lead", body, fontSize=10.5, leading=14.5, textColor=white, spaceAfter=0),
        "h2": ParagraphStyle("h2", body, fontName=BOLD, fontSize=14.5, leading=18, textColor=TEAL_DARK,
                             spaceBefore=10, spaceAfter=6, keepWithNext=1),
        "h3": ParagraphStyle("h3", body, fontName=BOLD, fontSize=11.5, leading=15, textColor=TEAL_DEEP,
                             spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "h4": ParagraphStyle("h4", body, fontName=BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3,
                             keepWithNext=1),
        "fact_label": ParagraphStyle("fact_label", small, fontSize=6.8, leading=8.5, textColor=MUTED),
        "fact": ParagraphStyle("fact", small, fontName=BOLD, fontSize=9.5, leading=12),
    }


STYLES = _styles()  # made once: paragraphs' layouts are shared between PDFs by style (see paragraphs.py)
