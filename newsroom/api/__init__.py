"""The read-only content API under /api/v1/ (django-ninja): see site.py for its parts."""
