"""Bar charts drawn on the server as plain numbers for an inline SVG: no script, no service."""

from dataclasses import dataclass

BAR_HEIGHT = 22
GAP = 8
LABEL_WIDTH = 230
BAR_AREA = 330
VALUE_GAP = 6


@dataclass
class Bar:
    """One bar, every coordinate already a string so a locale never turns 12.5 into 12,5."""

    label: str
    value: str
    y: str
    text_y: str
    width: str
    value_x: str


@dataclass
class Chart:
    """A horizontal bar chart's geometry."""

    width: int
    height: int
    label_width: int
    bars: list[Bar]


def bar_chart(rows, *, limit: int = 10) -> Chart | None:
    """Geometry for the first `limit` rows with a bar (0 to 100 percent of the bar area)."""
    rows = [row for row in rows if row.bar > 0][:limit]
    if not rows:
        return None
    bars = []
    for index, row in enumerate(rows):
        top = index * (BAR_HEIGHT + GAP)
        width = max(row.bar, 0.5) * BAR_AREA / 100
        bars.append(
            Bar(
                label=row.unit.short_name,
                value=row.chart_value,
                y=f"{top:.1f}",
                text_y=f"{top + BAR_HEIGHT * 0.7:.1f}",
                width=f"{width:.1f}",
                value_x=f"{LABEL_WIDTH + width + VALUE_GAP:.1f}",
            )
        )
    return Chart(
        width=LABEL_WIDTH + BAR_AREA + 70,
        height=len(bars) * (BAR_HEIGHT + GAP),
        label_width=LABEL_WIDTH,
        bars=bars,
    )
