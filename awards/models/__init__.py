"""Award models, split by concern: editions, the figures behind them, the jury, the results."""

from .editions import AwardsError, Category, Edition, EditionTransition
from .figures import CrisisCase, SocialMetric
from .jury import Criterion, JurorScope, JuryScore, Nomination
from .results import Result

__all__ = [
    "AwardsError",
    "Category",
    "CrisisCase",
    "Criterion",
    "Edition",
    "EditionTransition",
    "JurorScope",
    "JuryScore",
    "Nomination",
    "Result",
    "SocialMetric",
]
