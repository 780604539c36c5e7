"""Bar charts drawn on the server as plain numbers for an inline SVG: no script, no service."""

from dataclasses import dataclass

from .display import number
from .standings import CategoryStandings, Standing

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


def _bars(block: CategoryStandings) -> list[tuple[Standing, float, str]]:
    """Each row with its bar (0 to 100) and the value written beside it."""
    if block.category.ranked_by_jury:
        # Jury-ranked: the bar is the mean score itself, already out of 100.
        return [
            (row, float(row.jury_score), f"{row.jury_score}")
            for row in block.rows
            if row.jury_score is not None
        ]
    top = max((row.metric for row in block.rows), default=0)
    return [(row, 100 * row.metric / top if top else 0, number(row.metric)) for row in block.rows]


def bar_chart(block: CategoryStandings, *, limit: int = 10) -> Chart | None:
    """Geometry for the first `limit` rows of the standings that have a bar."""
    rows = [(row, bar, value) for row, bar, value in _bars(block) if bar > 0][:limit]
    if not rows:
        return None
    bars = []
    for index, (row, bar, value) in enumerate(rows):
        top = index * (BAR_HEIGHT + GAP)
        width = max(bar, 0.5) * BAR_AREA / 100
        bars.append(
            Bar(
                label=row.unit.short_name,
                value=value,
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
