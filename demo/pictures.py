"""Demo news photos drawn with Pillow: flat illustrations of the scenes a Humas office reports.

No download and no committed image: each scene is drawn from a seed, so the same seed gives the
same picture (the demo is reproducible) and different seeds vary the palette, the time of day,
the number of people and where things stand. Drawn at 1024x640 (16:10): wide enough for the
home page's lead photo, and one size fewer to make of each than a 1200 px upload.
"""

import io
import random

from PIL import Image, ImageDraw, ImageFilter

SIZE = (1024, 640)

# (sky top, sky bottom, ground): morning, noon, late afternoon, overcast.
SKIES = [
    ((120, 178, 230), (214, 234, 248), (120, 160, 90)),
    ((70, 140, 215), (180, 215, 240), (104, 150, 76)),
    ((236, 150, 100), (250, 215, 160), (140, 140, 80)),
    ((150, 165, 180), (205, 212, 218), (112, 136, 100)),
]
UNIFORMS = [(40, 70, 120), (30, 60, 50), (70, 70, 80), (120, 95, 60)]
SHIRTS = [(230, 230, 225), (200, 60, 60), (240, 180, 60), (80, 140, 190), (130, 90, 150),
          (90, 160, 120), (240, 240, 240), (60, 60, 60)]  # fmt: skip
SKIN = [(241, 200, 160), (222, 170, 130), (190, 140, 100), (150, 100, 70), (120, 80, 55)]
HAIR = [(30, 25, 20), (50, 35, 25), (20, 20, 20), (70, 50, 35)]
WALLS = [(236, 228, 212), (222, 230, 236), (240, 236, 224), (228, 220, 236), (216, 232, 220)]
BANNERS = [(11, 61, 110), (140, 30, 40), (20, 90, 70), (160, 90, 0)]


def _gradient(draw, box, top, bottom):
    x0, y0, x1, y1 = box
    span = max(1, y1 - y0)
    for y in range(y0, y1):
        t = (y - y0) / span
        draw.line(
            [(x0, y), (x1, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )


def _shade(colour, factor):
    return tuple(max(0, min(255, int(c * factor))) for c in colour)


def _person(draw, rnd, x, foot, height, clothes=None, arm_up=False, facing_away=False):
    """A standing person: head, hair, body, arms and legs, feet on the line `foot`."""
    skin, hair = rnd.choice(SKIN), rnd.choice(HAIR)
    clothes = clothes or rnd.choice(SHIRTS)
    trousers = _shade(rnd.choice(UNIFORMS), 0.8)
    head = height * 0.13
    body_top, body_bottom = foot - height * 0.82, foot - height * 0.42
    half = height * 0.14
    draw.rectangle([x - half * 0.7, body_bottom, x - 2, foot], fill=trousers)
    draw.rectangle([x + 2, body_bottom, x + half * 0.7, foot], fill=trousers)
    draw.rounded_rectangle([x - half, body_top, x + half, body_bottom + 4], radius=int(half * 0.6),
                           fill=clothes)  # fmt: skip
    arm = half * 0.35
    if arm_up:
        draw.line([(x + half * 0.8, body_top + 8), (x + half * 1.6, body_top - head * 1.2)],
                  fill=clothes, width=max(3, int(arm)))  # fmt: skip
    else:
        draw.line([(x + half * 0.9, body_top + 8), (x + half * 1.05, body_bottom)],
                  fill=clothes, width=max(3, int(arm)))  # fmt: skip
    draw.line([(x - half * 0.9, body_top + 8), (x - half * 1.05, body_bottom)],
              fill=clothes, width=max(3, int(arm)))  # fmt: skip
    cy = body_top - head * 0.9
    draw.ellipse([x - head, cy - head, x + head, cy + head], fill=hair if facing_away else skin)
    if not facing_away:
        draw.chord([x - head, cy - head * 1.1, x + head, cy + head * 0.3], 180, 360, fill=hair)


def _seated(draw, rnd, x, seat, height, clothes=None):
    """A person seen above a table edge: head and shoulders only."""
    skin, hair = rnd.choice(SKIN), rnd.choice(HAIR)
    clothes = clothes or rnd.choice(SHIRTS)
    half, head = height * 0.2, height * 0.16
    draw.rounded_rectangle([x - half, seat - height * 0.55, x + half, seat + 10],
                           radius=int(half * 0.7), fill=clothes)  # fmt: skip
    cy = seat - height * 0.55 - head * 0.8
    draw.ellipse([x - head, cy - head, x + head, cy + head], fill=skin)
    draw.chord([x - head, cy - head * 1.1, x + head, cy + head * 0.3], 180, 360, fill=hair)


def _tree(draw, rnd, x, foot, size):
    leaf = _shade((60, 130, 70), rnd.uniform(0.75, 1.15))
    draw.rectangle([x - size * 0.07, foot - size * 0.7, x + size * 0.07, foot], fill=(110, 80, 50))
    for dx, dy, r in ((0, -1.0, 0.42), (-0.28, -0.8, 0.3), (0.28, -0.8, 0.3)):
        cx, cy = x + dx * size, foot + dy * size
        draw.ellipse([cx - r * size, cy - r * size, cx + r * size, cy + r * size], fill=leaf)


def _flag(draw, x, foot, height):
    draw.line([(x, foot), (x, foot - height)], fill=(200, 200, 200), width=5)
    top = foot - height
    draw.rectangle([x + 3, top, x + 3 + height * 0.32, top + height * 0.1], fill=(206, 17, 38))
    draw.rectangle([x + 3, top + height * 0.1, x + 3 + height * 0.32, top + height * 0.2],
                   fill=(250, 250, 250))  # fmt: skip


def _banner(draw, rnd, box):
    colour = rnd.choice(BANNERS)
    x0, y0, x1, y1 = box
    draw.rectangle(box, fill=colour)
    draw.rectangle([x0, y1 - (y1 - y0) * 0.12, x1, y1], fill=(212, 160, 23))
    # Lines of "lettering": light bars, the way text reads from the back of a room.
    lines = 2 + rnd.randrange(2)
    for i in range(lines):
        ly = y0 + (y1 - y0) * (0.22 + i * 0.22)
        width = (x1 - x0) * rnd.uniform(0.45, 0.8) * (0.75 if i else 1)
        cx = (x0 + x1) / 2
        draw.rounded_rectangle([cx - width / 2, ly, cx + width / 2, ly + (y1 - y0) * 0.1],
                               radius=4, fill=(245, 245, 240))  # fmt: skip


def _sky_and_ground(draw, rnd, horizon):
    top, bottom, ground = rnd.choice(SKIES)
    w, h = SIZE
    _gradient(draw, (0, 0, w, horizon), top, bottom)
    _gradient(draw, (0, horizon, w, h), ground, _shade(ground, 0.75))
    for _ in range(rnd.randrange(1, 4)):
        cx, cy = rnd.randrange(w), rnd.randrange(30, max(40, horizon - 150))
        for dx in (-40, 0, 40):
            draw.ellipse([cx + dx - 45, cy - 22, cx + dx + 45, cy + 22], fill=(250, 250, 250))


def building(draw, rnd):
    """A unit's front: wall, gate, guard post, name board and a flag."""
    w, h = SIZE
    horizon = int(h * rnd.uniform(0.6, 0.68))
    _sky_and_ground(draw, rnd, horizon)
    wall = rnd.choice(WALLS)
    roof = rnd.choice([(150, 60, 40), (90, 90, 100), (40, 90, 120)])
    left = rnd.randrange(40, 160)
    right = w - rnd.randrange(40, 160)
    top = horizon - int(h * rnd.uniform(0.3, 0.4))
    draw.rectangle([left, top, right, horizon], fill=wall)
    draw.polygon([(left - 30, top), ((left + right) / 2, top - 90), (right + 30, top)], fill=roof)
    for i in range(6):
        wx = left + 40 + i * (right - left - 80) / 6
        draw.rectangle([wx, top + 30, wx + 50, top + 80], fill=(120, 160, 190))
    gate_x = left + (right - left) * rnd.uniform(0.35, 0.55)
    draw.rectangle([gate_x, horizon - 140, gate_x + 180, horizon], fill=(70, 70, 75))
    for bx in range(int(gate_x) + 12, int(gate_x) + 180, 22):
        draw.line([(bx, horizon - 140), (bx, horizon)], fill=(140, 140, 145), width=4)
    _banner(draw, rnd, (gate_x - 40, horizon - 200, gate_x + 220, horizon - 150))
    _flag(draw, rnd.choice([left - 10, right + 40]), horizon + 20, 300)
    draw.rectangle([0, horizon + 40, w, horizon + 70], fill=(150, 150, 150))
    for i in range(rnd.randrange(0, 4)):
        _person(draw, rnd, gate_x - 120 + i * 90 + rnd.randrange(30), horizon + 60, 150,
                clothes=rnd.choice(UNIFORMS))  # fmt: skip
    for x in (rnd.randrange(0, 60), w - rnd.randrange(0, 60)):
        _tree(draw, rnd, x, horizon + 10, 220)


def ceremony(draw, rnd):
    """Officers in a row before a stage banner: an opening, an award, a roll call."""
    w, h = SIZE
    back = rnd.choice(WALLS)
    _gradient(draw, (0, 0, w, h), back, _shade(back, 0.8))
    _banner(draw, rnd, (int(w * 0.12), 40, int(w * 0.88), int(h * 0.36)))
    stage = int(h * 0.78)
    draw.rectangle([0, stage, w, h], fill=rnd.choice([(120, 30, 40), (60, 60, 90), (90, 60, 40)]))
    draw.rectangle([0, stage, w, stage + 10], fill=(200, 160, 60))
    count = rnd.randrange(5, 9)
    uniform = rnd.choice(UNIFORMS)
    for i in range(count):
        x = w * (0.1 + 0.8 * (i + 0.5) / count) + rnd.randrange(-10, 10)
        _person(draw, rnd, x, stage + 5, rnd.randrange(300, 340),
                clothes=uniform if i % 3 else rnd.choice(SHIRTS), arm_up=i == count // 2)  # fmt: skip
    if rnd.random() < 0.6:
        _flag(draw, int(w * 0.05), stage, 380)
    for _ in range(rnd.randrange(2, 5)):  # backs of the audience's heads
        x = rnd.randrange(0, w)
        draw.ellipse([x - 40, h - 50, x + 40, h + 40], fill=rnd.choice(HAIR))


def classroom(draw, rnd):
    """A class or workshop: a board or screen at the front, tables, people at work."""
    w, h = SIZE
    wall = rnd.choice(WALLS)
    _gradient(draw, (0, 0, w, int(h * 0.62)), wall, _shade(wall, 0.9))
    floor = rnd.choice([(170, 140, 110), (150, 150, 150), (190, 170, 140)])
    _gradient(draw, (0, int(h * 0.62), w, h), floor, _shade(floor, 0.8))
    board = rnd.choice([(40, 80, 60), (245, 245, 245), (30, 30, 40)])
    bx = rnd.randrange(120, 380)
    draw.rectangle([bx, 70, bx + 420, 300], fill=board, outline=(120, 90, 60), width=10)
    ink = (240, 240, 240) if sum(board) < 400 else (40, 70, 140)
    for i in range(4):
        draw.line([(bx + 30, 110 + i * 42), (bx + 30 + rnd.randrange(150, 360), 110 + i * 42)],
                  fill=ink, width=6)  # fmt: skip
    _person(draw, rnd, bx + 480 if bx < 300 else bx - 60, int(h * 0.66), 300,
            clothes=rnd.choice(UNIFORMS), arm_up=True)  # fmt: skip
    table = rnd.choice([(140, 100, 60), (220, 220, 215), (110, 90, 70)])
    for row, (y, scale) in enumerate(((int(h * 0.74), 0.8), (int(h * 0.92), 1.1))):
        seats = 4 if row == 0 else 3
        for i in range(seats):
            x = w * (i + 0.5 + (0.25 if row == 0 else 0)) / (seats + 0.5)
            _seated(draw, rnd, x, y - 30 * scale, 170 * scale)
        draw.rectangle([0, y - 20 * scale, w, y + 20 * scale], fill=table)
        for _ in range(seats * 2):
            px = rnd.randrange(40, w - 80)
            draw.rectangle([px, y - 28 * scale, px + 50 * scale, y - 20 * scale],
                           fill=rnd.choice([(250, 250, 250), (90, 140, 200), (230, 190, 80)]))  # fmt: skip


def field(draw, rnd):
    """Work outdoors: rows of plants or a garden, trees, people tending them."""
    w, h = SIZE
    horizon = int(h * rnd.uniform(0.38, 0.48))
    _sky_and_ground(draw, rnd, horizon)
    for _ in range(rnd.randrange(4, 8)):
        _tree(draw, rnd, rnd.randrange(0, w), horizon + 10, rnd.randrange(120, 220))
    crop = rnd.choice([(80, 160, 60), (110, 180, 80), (60, 140, 90)])
    rows = rnd.randrange(5, 8)
    for i in range(rows):
        y = horizon + 40 + i * (h - horizon) / rows
        spread = 0.3 + i * 0.1
        draw.polygon([(w * (0.5 - spread), y), (w * (0.5 + spread), y),
                      (w * (0.5 + spread + 0.05), y + 18), (w * (0.5 - spread - 0.05), y + 18)],
                     fill=_shade((120, 90, 60), 0.9))  # fmt: skip
        for j in range(12 + i * 3):
            px = w * (0.5 - spread) + j * (2 * spread * w) / (12 + i * 3)
            size = 8 + i * 3
            draw.ellipse([px - size, y - size, px + size, y + size / 2], fill=crop)
    for _ in range(rnd.randrange(2, 5)):
        _person(draw, rnd, rnd.randrange(80, w - 80), rnd.randrange(int(h * 0.7), h - 20),
                rnd.randrange(200, 280), arm_up=rnd.random() < 0.3)  # fmt: skip


def meeting(draw, rnd):
    """A meeting table: two people shaking hands over it, others seated, a screen behind."""
    w, h = SIZE
    wall = rnd.choice(WALLS)
    _gradient(draw, (0, 0, w, h), _shade(wall, 1.02), _shade(wall, 0.78))
    screen_x = rnd.randrange(60, 300)
    draw.rectangle([screen_x, 50, screen_x + 440, 300], fill=(30, 40, 60))
    _banner(draw, rnd, (screen_x + 20, 70, screen_x + 420, 230))
    if rnd.random() < 0.7:
        _flag(draw, w - 80, int(h * 0.7), 420)
    table_y = int(h * 0.72)
    left_x, right_x = w * rnd.uniform(0.36, 0.44), w * rnd.uniform(0.56, 0.64)
    _person(draw, rnd, left_x, table_y + 140, 420, clothes=rnd.choice(UNIFORMS))
    _person(draw, rnd, right_x, table_y + 140, 410, clothes=rnd.choice(SHIRTS))
    mid = (left_x + right_x) / 2
    grip_y = table_y - 190
    draw.line([(left_x + 50, table_y - 250), (mid, grip_y)], fill=(60, 60, 70), width=18)
    draw.line([(right_x - 50, table_y - 250), (mid, grip_y)], fill=(60, 60, 70), width=18)
    skin = rnd.choice(SKIN)
    draw.ellipse([mid - 18, grip_y - 14, mid + 18, grip_y + 14], fill=skin)
    for x in (w * 0.1, w * 0.2, w * 0.8, w * 0.92):
        _seated(draw, rnd, x, table_y, 190)
    draw.rectangle(
        [0, table_y, w, h], fill=rnd.choice([(110, 80, 55), (80, 60, 45), (200, 200, 195)])
    )
    draw.rectangle([0, table_y, w, table_y + 12], fill=(60, 45, 35))
    for _i in range(rnd.randrange(3, 6)):
        px = rnd.randrange(40, w - 120)
        draw.rectangle([px, table_y + 30, px + 90, table_y + 45], fill=(245, 245, 245))


def health(draw, rnd):
    """A service tent outdoors: a health check, blood donation or visiting day."""
    w, h = SIZE
    horizon = int(h * 0.55)
    _sky_and_ground(draw, rnd, horizon)
    wall = rnd.choice(WALLS)
    draw.rectangle([0, horizon - 180, w, horizon], fill=wall)
    tent = rnd.choice([(230, 230, 230), (200, 60, 60), (40, 90, 150)])
    tx = rnd.randrange(100, 300)
    draw.polygon([(tx, horizon - 60), (tx + 600, horizon - 60), (tx + 560, horizon - 140),
                  (tx + 40, horizon - 140)], fill=tent)  # fmt: skip
    for px in (tx + 20, tx + 580):
        draw.line([(px, horizon - 60), (px, h - 60)], fill=(180, 180, 180), width=8)
    draw.rectangle([tx + 60, int(h * 0.72), tx + 540, int(h * 0.78)], fill=(240, 240, 240))
    cross = (200, 30, 40)
    cx, cy = tx + 300, horizon - 100
    draw.rectangle([cx - 30, cy - 10, cx + 30, cy + 10], fill=cross)
    draw.rectangle([cx - 10, cy - 30, cx + 10, cy + 30], fill=cross)
    _person(draw, rnd, tx + 200, int(h * 0.76), 260, clothes=(245, 245, 245))
    _person(draw, rnd, tx + 400, int(h * 0.76), 250, clothes=rnd.choice(UNIFORMS))
    queue = rnd.randrange(3, 7)
    for i in range(queue):
        _person(draw, rnd, 40 + i * (w - 80) / queue, h - 10, rnd.randrange(230, 290),
                facing_away=True)  # fmt: skip


SCENES = {
    "gedung": building,
    "upacara": ceremony,
    "kelas": classroom,
    "kebun": field,
    "rapat": meeting,
    "layanan": health,
}


def draw_scene(scene, seed):
    """JPEG bytes of `scene` (a key of SCENES) drawn from `seed`; same seed, same picture."""
    rnd = random.Random(f"{scene}:{seed}")
    image = Image.new("RGB", SIZE)
    SCENES[scene](ImageDraw.Draw(image), rnd)
    # A touch of softness, as a camera gives, so the flat shapes do not look like a diagram.
    image = image.filter(ImageFilter.GaussianBlur(0.8))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82)
    return out.getvalue()
