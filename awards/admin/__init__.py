"""The awards admin, one module per screen: editions and their standings, figures, the jury."""

from . import crises, editions, jury, metrics

__all__ = ["crises", "editions", "jury", "metrics"]
