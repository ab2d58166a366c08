"""Draws the app's icons (icons/icon.svg, icons/icon-192.png, icons/icon-512.png): a white
calculator (display bar and a 3x3 grid of keys) on the brand red. Run again after a change:

    python3 scripts/icons.py

The shapes are defined once, in a 512-unit square, and drawn both as SVG and with Pillow.
"""
from pathlib import Path

RED, WHITE, PALE = "#8f1a1a", "#ffffff", "#f3d9d9"
ROOT = Path(__file__).resolve().parent.parent / "icons"

# (kind, x, y, w, h, radius, colour) in a 512 x 512 square; the background fills the whole square
# so the icon also works where a platform masks it (maskable).
SHAPES = [("rect", 0, 0, 512, 512, 0, RED), ("rect", 136, 96, 240, 320, 28, WHITE), ("rect", 164, 124, 184, 64, 10, PALE)]
for row in range(3):
    for col in range(3):
        SHAPES.append(("rect", 164 + col * 66, 214 + row * 62, 52, 46, 8, RED))


def svg() -> str:
    parts = [f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{r}" fill="{c}"/>' for _, x, y, w, h, r, c in SHAPES]
    return '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">' + "".join(parts) + "</svg>\n"


def png(size: int, path: Path) -> None:
    from PIL import Image, ImageDraw

    scale = size / 512
    img = Image.new("RGB", (size, size), RED)
    draw = ImageDraw.Draw(img)
    for _, x, y, w, h, r, c in SHAPES[1:]:
        box = [round(x * scale), round(y * scale), round((x + w) * scale) - 1, round((y + h) * scale) - 1]
        draw.rounded_rectangle(box, radius=round(r * scale), fill=c)
    img.save(path, optimize=True)


if __name__ == "__main__":
    ROOT.mkdir(exist_ok=True)
    (ROOT / "icon.svg").write_text(svg())
    for size in (192, 512):
        png(size, ROOT / f"icon-{size}.png")
    print("icons: written to", ROOT.name + "/")
