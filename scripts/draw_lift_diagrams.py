"""Draw the studio's own stick-figure diagrams of the main lifts into data/images/exercises/.

Each picture shows the start and the end of one lift, side on: simple lines for a figure, a bar and
its plates, and the floor. They are drawn here from hand-set joint positions, so the site carries no
copied pictures. Run it again after changing a pose: `.venv/bin/python scripts/draw_lift_diagrams.py`.
The build resizes them (src/studio/outputs/pictures.py); these files are the full-size originals.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "images" / "exercises"
FONT = ROOT / "src" / "studio" / "fonts" / "Roboto-Bold.ttf"
PANEL_W, H = 600, 800
FLOOR = 720
INK, BAR, PLATE, ACCENT, PAPER, BENCH = "#263238", "#607d8b", "#00695c", "#ff6e40", "#ffffff", "#b0bec5"

# A pose: joints as (x, y) in a 600 × 800 panel, figure facing right; bar: centre of the bar's end, or None.
STAND = {"head": (305, 245), "neck": (302, 285), "shoulder": (300, 300), "hip": (300, 460), "knee": (305, 590),
         "ankle": (300, 720), "toe": (345, 720)}

POSES = {
    "back-squat": ("Back squat", [
        ("Standing tall", {**STAND, "elbow": (262, 330), "hand": (282, 292)}, (292, 288)),
        ("Bottom", {"head": (318, 398), "neck": (308, 436), "shoulder": (300, 450), "hip": (228, 602),
                    "knee": (372, 618), "ankle": (300, 720), "toe": (345, 720), "elbow": (258, 478),
                    "hand": (282, 440)}, (292, 436)),
    ]),
    "deadlift": ("Deadlift", [
        ("Start", {"head": (372, 428), "neck": (352, 458), "shoulder": (336, 468), "hip": (222, 560),
                   "knee": (334, 624), "ankle": (300, 720), "toe": (345, 720), "elbow": (330, 565),
                   "hand": (324, 652)}, (322, 660)),
        ("Lockout", {**STAND, "elbow": (302, 385), "hand": (304, 470)}, (304, 474)),
    ]),
    "bench-press": ("Bench press", [
        ("Arms locked out", {"head": (132, 520), "neck": (168, 532), "shoulder": (200, 540), "hip": (360, 545),
                             "knee": (498, 528), "ankle": (520, 720), "toe": (562, 720), "elbow": (204, 455),
                             "hand": (204, 372)}, (204, 366)),
        ("Bar to chest", {"head": (132, 520), "neck": (168, 532), "shoulder": (200, 540), "hip": (360, 545),
                          "knee": (498, 528), "ankle": (520, 720), "toe": (562, 720), "elbow": (172, 590),
                          "hand": (230, 510)}, (232, 500)),
    ]),
    "overhead-press": ("Overhead press", [
        ("Bar on the shoulders", {**STAND, "elbow": (332, 350), "hand": (330, 292)}, (328, 284)),
        ("Pressed overhead", {**STAND, "head": (298, 245), "elbow": (304, 195), "hand": (304, 108)}, (304, 100)),
    ]),
}


def _line(pen: ImageDraw.ImageDraw, a, b, width=14, fill=INK) -> None:
    pen.line([a, b], fill=fill, width=width)
    for x, y in (a, b):  # round the joints
        r = width // 2
        pen.ellipse((x - r, y - r, x + r, y + r), fill=fill)


def _panel(pen: ImageDraw.ImageDraw, dx: int, label: str, joints: dict, bar, bench: bool) -> None:
    j = {k: (x + dx, y) for k, (x, y) in joints.items()}
    pen.line([(dx + 40, FLOOR), (dx + PANEL_W - 40, FLOOR)], fill=BENCH, width=6)
    if bench:
        pen.rounded_rectangle((dx + 110, 560, dx + 400, 582), radius=8, fill=BENCH)
        for x in (140, 370):
            pen.rectangle((dx + x, 582, dx + x + 14, FLOOR), fill=BENCH)
    _line(pen, j["neck"], j["hip"], 16)  # torso
    _line(pen, j["hip"], j["knee"])
    _line(pen, j["knee"], j["ankle"])
    _line(pen, j["ankle"], j["toe"], 12)
    _line(pen, j["shoulder"], j["elbow"], 12)
    _line(pen, j["elbow"], j["hand"], 12)
    hx, hy = j["head"]
    pen.ellipse((hx - 30, hy - 30, hx + 30, hy + 30), fill=INK)
    if bar:
        bx, by = bar[0] + dx, bar[1]
        # Seen side on, the bar is a dot and its plates a disc around it.
        pen.ellipse((bx - 46, by - 46, bx + 46, by + 46), outline=PLATE, width=10)
        pen.ellipse((bx - 12, by - 12, bx + 12, by + 12), fill=BAR)
    font = ImageFont.truetype(str(FONT), 34)
    pen.text((dx + PANEL_W // 2, 40), label, font=font, fill=INK, anchor="ma")


def draw(slug: str) -> Image.Image:
    title, panels = POSES[slug]
    image = Image.new("RGB", (PANEL_W * len(panels), H), PAPER)
    pen = ImageDraw.Draw(image)
    for n, (label, joints, bar) in enumerate(panels):
        _panel(pen, n * PANEL_W, label, joints, bar, bench=slug == "bench-press")
    # An arrow from the first panel to the second: the direction of the movement.
    y = 150
    pen.line([(PANEL_W - 40, y), (PANEL_W + 30, y)], fill=ACCENT, width=8)
    pen.polygon([(PANEL_W + 30, y - 16), (PANEL_W + 56, y), (PANEL_W + 30, y + 16)], fill=ACCENT)
    pen.line([(PANEL_W, 90), (PANEL_W, H - 40)], fill="#eceff1", width=2)
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for slug in POSES:
        path = OUT / f"{slug}.png"
        draw(slug).save(path, format="PNG", optimize=True)
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
