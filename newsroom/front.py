"""The home page's blocks that other apps provide: the hook through which they appear.

newsroom knows no app above it. An app with something for the front page registers a block
from its AppConfig.ready(): a template and a function giving that template's context (awards
registers its latest winners). The home page renders every registered block in order.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class FrontBlock:
    name: str
    template: str
    context: Callable[[], dict]
    order: int = 100


_blocks = {}


def register_block(name, *, template, context, order=100):
    """Show `template`, rendered with `context()`, on the home page (again: replaced)."""
    _blocks[name] = FrontBlock(name, template, context, order)


def blocks():
    """The registered blocks, in their order."""
    return sorted(_blocks.values(), key=lambda block: (block.order, block.name))
