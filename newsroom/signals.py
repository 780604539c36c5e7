"""Signals the newsroom sends; its own receivers are connected in NewsroomConfig.ready()."""

from django.dispatch import Signal

# Sent by an article's move (submit, publish, ...) right after its history row is written,
# inside the move's transaction: sender is the article's model, `record` the ArticleTransition.
# A receiver that reaches outside the database (mail) defers its work with on_commit.
transition_recorded = Signal()
